// The HTTP headers of the production site: one table, from which the build writes `dist/_headers`
// (Netlify, Cloudflare Pages) and the nginx configuration (`npm run serve:nginx`, real servers).
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';

/** Header name → value. */
type Headers = Readonly<Record<string, string>>;

/**
 * Directives that only an HTTP header can carry, or that belong on every response.
 *
 * Why no script-src or style-src here: Astro writes those into a <meta> CSP on every page, with the
 * hash of each inline script and style of that page. A page with two policies must satisfy both, so
 * a header script-src without those per-page hashes would block Astro's inline island runtime, and
 * adding the hashes would need one header per page. The header therefore carries only what the meta
 * tag cannot (frame-ancestors) or what is the same on every page; it sets no default-src, which
 * would fall back onto scripts and styles.
 */
const CSP_COMMON = ["object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/**
 * The directives of the per-page <meta> CSP that Astro writes (astro.config.mjs), apart from
 * script-src and style-src, which Astro fills with each page's hashes. The ones the header also
 * sends come from the same list, so the two policies cannot drift apart.
 */
export const META_CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"frame-src 'self'",
	...CSP_COMMON,
] as const;

/**
 * Who may put a page in a frame. Articles and tools: nobody (no clickjacking, no passing our pages
 * off as someone else's). The embed pages are made to be framed by clinics' sites, which we cannot
 * list in advance: any https site, plus http on the loopback addresses so a clinic (or our tests)
 * can try the widget on a local copy of their page. Plain http elsewhere is refused: a health widget
 * should not be shown inside a page that anyone on the network could have altered.
 */
const FRAME_ANCESTORS = {
	page: "frame-ancestors 'none'",
	embed: "frame-ancestors 'self' https: http://127.0.0.1:* http://localhost:*",
} as const;

const csp = (frameAncestors: string) => [frameAncestors, ...CSP_COMMON].join('; ');

/** Sent with every response, whatever the path. */
export const SITE_WIDE_HEADERS: Headers = {
	'X-Content-Type-Options': 'nosniff',
	// Other sites learn that a reader came from us, never which page (which could reveal a worry).
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// The site uses none of these; no page or embedded script may ask for them.
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
	// A page we open (a source link, a clinic's booking page) cannot reach back into our window.
	'Cross-Origin-Opener-Policy': 'same-origin',
	// Browsers ignore HSTS over plain http (the loopback), and obey it once the site is on https:
	// from then on they never ask for it over http. One year; no includeSubDomains or preload, which
	// would bind every subdomain and are hard to undo.
	'Strict-Transport-Security': 'max-age=31536000',
};

/** Cache rules. */
export const CACHE_CONTROL = {
	// Files whose name changes whenever their content does (Astro's /_astro/, Pagefind's index chunks).
	immutable: 'public, max-age=31536000, immutable',
	// Files that keep their name across deploys (pages, Pagefind's entry file and scripts): keep a copy,
	// but ask the server (a cheap 304) every time, so a reader never mixes two deploys.
	revalidate: 'public, max-age=0, must-revalidate',
	// The evergreen clinic loader keeps its name while its code changes: clinics get a fix within ten
	// minutes, without a round trip on every page view.
	short: 'public, max-age=600',
} as const;

/**
 * Pagefind's folders of index chunks. Each chunk is named by the hash of its content
 * (`fragment/en-gb_217a409.pf_fragment`), and a new index names new chunks, so they never change and
 * can be kept for a year. The files beside them keep their names: the entry file
 * (`pagefind-entry.json`, which names the index's current metadata file), the scripts and the
 * WebAssembly. They are revalidated, so a browser never pairs an old entry with new chunks.
 */
export const PAGEFIND_CHUNK_FOLDERS = ['index', 'fragment', 'filter'] as const;

interface HeaderRule {
	/** Path prefix the rule covers; '/' is everything not covered by a more specific rule. */
	prefix: string;
	headers: Headers;
	/** The page nginx answers with, status 404, for a missing path under the prefix (else the site's /404.html). */
	notFound?: string;
}

/** The headers of every page that is not made to be framed. */
const PAGE_HEADERS: Headers = { 'Content-Security-Policy': csp(FRAME_ANCESTORS.page), 'Cache-Control': CACHE_CONTROL.revalidate };

/** The rules, most specific first. Each path gets exactly one rule's headers plus the site-wide ones. */
export const HEADER_RULES: readonly HeaderRule[] = [
	{ prefix: '/_astro/', headers: { 'Cache-Control': CACHE_CONTROL.immutable } },
	...PAGEFIND_CHUNK_FOLDERS.map((folder) => ({ prefix: `/pagefind/${folder}/`, headers: { 'Cache-Control': CACHE_CONTROL.immutable } })),
	{ prefix: '/pagefind/', headers: { 'Cache-Control': CACHE_CONTROL.revalidate } },
	// The evergreen clinic loader, and each released version at its own address (src/lib/embed-releases.ts):
	// never changed, so cached for good, and readable from any origin so a clinic can pin it with integrity="…".
	{ prefix: '/embed.js', headers: { 'Cache-Control': CACHE_CONTROL.short } },
	{ prefix: '/embed-loader/', headers: { 'Cache-Control': CACHE_CONTROL.immutable, 'Access-Control-Allow-Origin': '*' } },
	// The embed pages of every language may be framed; a language's other pages get its own 404 page.
	...LOCALES.flatMap((locale) => [
		{
			prefix: localePath(locale, '/embed/'),
			headers: { 'Content-Security-Policy': csp(FRAME_ANCESTORS.embed), 'Cache-Control': CACHE_CONTROL.revalidate },
			// A wrong address in a clinic's frame shows a page that may be framed, not the browser's "refused to connect".
			notFound: localePath(locale, '/embed/not-found/'),
		},
		...(locale === DEFAULT_LOCALE
			? []
			: [{ prefix: localePath(locale, '/'), headers: PAGE_HEADERS, notFound: localePath(locale, '/404/') }]),
	]),
	{ prefix: '/', headers: PAGE_HEADERS },
];

/** The rule that covers a path (the longest matching prefix). */
function ruleFor(pathname: string): HeaderRule {
	const rule = HEADER_RULES.filter(({ prefix }) => pathname.startsWith(prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
	if (!rule) throw new Error(`No header rule covers ${pathname}; the rules must include the prefix '/'`);
	return rule;
}

/** Every header the site sends for a path. */
export function headersFor(pathname: string): Headers {
	return { ...SITE_WIDE_HEADERS, ...ruleFor(pathname).headers };
}

/**
 * Content types by file extension. Pagefind's index files (.pf_meta, .pf_index, .pf_fragment) and
 * its WebAssembly (.pagefind) are gzip data that Pagefind unpacks itself: binary, never compressed
 * again.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	html: 'text/html; charset=utf-8',
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	json: 'application/json',
	xml: 'application/xml',
	txt: 'text/plain; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	ico: 'image/x-icon',
	webmanifest: 'application/manifest+json',
	ics: 'text/calendar; charset=utf-8',
	wasm: 'application/wasm',
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
};

/** The content type of a file by its name, as the production servers send it. */
export function contentTypeOf(fileName: string): string {
	const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
	return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** Pagefind's own files, which hosts cannot type by themselves. */
const PAGEFIND_BINARY = ['wasm', 'pagefind', 'pf_meta', 'pf_index', 'pf_fragment'];

/** Types worth compressing on the fly; images and Pagefind's pre-compressed files are not. */
const COMPRESSIBLE = ['html', 'css', 'js', 'json', 'xml', 'txt', 'svg', 'wasm', 'ics'];

/** Files in the build that must never be served. */
const PRIVATE_FILES = ['/_headers'];

const headerLines = (headers: Headers) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);

/** The names of the files and folders in a folder of the build, by its URL path ('/', '/pagefind/'). */
export type BuildListing = (folder: string) => readonly string[];

/**
 * The `_headers` patterns a rule is written under. A rule with no more specific rule inside its folder
 * takes the whole folder (`/_astro/*`). Otherwise each entry of its folder that no more specific rule
 * covers gets its own pattern (`/pagefind/pagefind.js`, `/articles/*`): hosts apply every matching
 * pattern, and two rules for one path would join their values.
 */
function headerPatterns(rule: HeaderRule, list: BuildListing): string[] {
	const hasNestedRule = HEADER_RULES.some((other) => other !== rule && other.prefix.startsWith(rule.prefix));
	if (!hasNestedRule) return [`${rule.prefix}*`];
	const entries = [...list(rule.prefix)]
		.sort()
		.filter((name) => ruleFor(`${rule.prefix}${name}/`) === rule && !PRIVATE_FILES.includes(`${rule.prefix}${name}`))
		.map((name) => (name.includes('.') ? `${rule.prefix}${name}` : `${rule.prefix}${name}/*`));
	return [rule.prefix, ...entries];
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both apply every rule whose pattern matches and join
 * the values of a header set twice with a comma, which would turn the embed page's CSP into two
 * policies (and 'none' would win) or give an index chunk two cache lifetimes. So the headers that
 * differ by path are never given to overlapping patterns (see headerPatterns): the page rule, which
 * in nginx is "everything else", is written out once per top-level file and folder of the build, and
 * the rule for Pagefind's own files once per file beside its chunk folders. Only the site-wide
 * headers use `/*`.
 */
export function renderHeadersFile(list: BuildListing): string {
	const blocks: string[][] = [['/*', ...headerLines(SITE_WIDE_HEADERS)]];
	for (const rule of HEADER_RULES) {
		for (const pattern of headerPatterns(rule, list)) blocks.push([pattern, ...headerLines(rule.headers)]);
	}
	for (const [extension, type] of Object.entries(CONTENT_TYPES)) {
		// Hosts guess types from a list that knows neither .wasm everywhere nor Pagefind's own extensions.
		if (PAGEFIND_BINARY.includes(extension)) blocks.push([`/pagefind/*.${extension}`, `  Content-Type: ${type}`]);
	}
	return (
		[
			'# Generated by the build from src/lib/http-headers.ts: edit that file, not this one.',
			...blocks.map((block) => block.join('\n')),
		].join('\n\n') + '\n'
	);
}

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** nginx `add_header` lines; `always` so error responses (the 404 page) carry them too. */
const nginxHeaders = (headers: Headers, indent: string) =>
	Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/**
 * The part of an nginx `server {}` block that serves the built site: types, compression, the 404
 * page and one `location` per rule. A real deployment includes it in its own server block (which
 * sets `listen`, `root` and TLS); `npm run serve:nginx` does the same on the loopback.
 * nginx forgets a server's add_header lines inside any location that has its own, so every
 * location repeats the site-wide headers.
 */
export function renderNginxSite(): string {
	const mimeOnly = (types: string[]) => [...new Set(types.map((type) => type.split(';')[0]))];
	const types = Object.entries(CONTENT_TYPES)
		.map(([extension, type]) => `\t${type.split(';')[0]} ${extension};`)
		.join('\n');
	// text/html is always compressed once gzip is on.
	const gzipTypes = mimeOnly(COMPRESSIBLE.map((extension) => CONTENT_TYPES[extension]!))
		.filter((type) => type !== 'text/html')
		.join(' ');
	// nginx adds "; charset=utf-8" to these (text/html always gets it).
	const charsetTypes = mimeOnly(Object.values(CONTENT_TYPES).filter((type) => type.endsWith('charset=utf-8')))
		.filter((type) => type !== 'text/html')
		.join(' ');
	const locations = HEADER_RULES.map((rule) =>
		[
			`location ${rule.prefix} {`,
			...nginxHeaders({ ...SITE_WIDE_HEADERS, ...rule.headers }, '\t'),
			...(rule.notFound ? [`\terror_page 404 ${rule.notFound};`] : []),
			'}',
		].join('\n'),
	);
	return [
		'# Generated by the build from src/lib/http-headers.ts: edit that file, not this one.',
		'# Include it inside a server {} block that sets listen, root (the dist/ folder) and TLS. Add no',
		'# add_header in that block: nginx drops it in every location below, which all have their own.',
		'types {',
		types,
		'}',
		'default_type application/octet-stream;',
		'charset utf-8;',
		`charset_types ${charsetTypes};`,
		'server_tokens off;',
		"# Missing files are the 404 page's business, not the error log's.",
		'log_not_found off;',
		'# Relative redirects (/articles → /articles/) keep whatever host and port the reader used.',
		'absolute_redirect off;',
		'index index.html;',
		'gzip on;',
		'gzip_vary on;',
		`gzip_types ${gzipTypes};`,
		'error_page 404 /404.html;',
		...PRIVATE_FILES.map((path) => `location = ${path} { return 404; }`),
		...locations,
		'',
	].join('\n');
}
