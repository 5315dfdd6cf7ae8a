// What nginx really sends, checked against the one table the headers come from.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { CONTENT_TYPES, headersFor } from '../../../src/lib/http-headers.ts';
import { pageAssets } from '../../../src/lib/page-weight.ts';
import { vocabularyPath } from '../../../src/lib/search.ts';
import { expect, test } from './fixtures.ts';
import { allPages, builtFile, DIST, embedPaths, sitemapPaths } from './site.ts';

const firstFile = (folder: string, extension: string) => {
	const name = readdirSync(join(DIST, folder)).find((file) => file.endsWith(`.${extension}`));
	if (!name) throw new Error(`No .${extension} file in dist/${folder}`);
	return `/${folder}/${name}`;
};

const SAMPLES = [
	...sitemapPaths(),
	...embedPaths(),
	'/robots.txt',
	'/sitemap-index.xml',
	'/share.png',
	firstFile('_astro', 'css'),
	'/pagefind/pagefind.js',
	'/pagefind/pagefind-component-ui.js',
	'/pagefind/pagefind-worker.js',
	'/pagefind/pagefind-entry.json',
	...LOCALES.map(vocabularyPath),
	firstFile('pagefind', 'pf_meta'),
	firstFile('pagefind', 'pagefind'),
	firstFile('pagefind/index', 'pf_index'),
	firstFile('pagefind/fragment', 'pf_fragment'),
];

test('every response carries every header src/lib/http-headers.ts gives its path', async ({ request }) => {
	for (const path of SAMPLES) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const sent = response.headers();
		for (const [name, value] of Object.entries(headersFor(path))) {
			expect(sent[name.toLowerCase()], `${name} on ${path}`).toBe(value);
		}
	}
});

test('pages may not be framed, scripts and styles stay with the meta CSP, assets are cached for a year', async ({ request }) => {
	const article = (await request.get('/articles/cellulite/')).headers();
	expect(article['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(article['content-security-policy']).not.toMatch(/script-src|style-src|default-src/);
	expect(article['cache-control']).toBe('public, max-age=0, must-revalidate');
	expect(article['x-content-type-options']).toBe('nosniff');
	expect(article['cross-origin-opener-policy']).toBe('same-origin');
	expect(article['strict-transport-security']).toBe('max-age=31536000');
	const asset = (await request.get(firstFile('_astro', 'css'))).headers();
	expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
});

test("Pagefind's index stays consistent across a deploy: hashed chunks kept a year, the files naming them revalidated", async ({
	request,
}) => {
	const revalidate = 'public, max-age=0, must-revalidate';
	const entryResponse = await request.get('/pagefind/pagefind-entry.json');
	expect(entryResponse.headers()['cache-control']).toBe(revalidate);
	// The metadata file the entry names exists in the same build.
	const entry = (await entryResponse.json()) as { languages: Record<string, { hash: string }> };
	for (const { hash } of Object.values(entry.languages)) {
		const meta = await request.get(`/pagefind/pagefind.${hash}.pf_meta`);
		expect(meta.status(), hash).toBe(200);
	}
	for (const path of [
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-worker.js',
		'/pagefind/wasm.en-gb.pagefind',
		...LOCALES.map(vocabularyPath),
	]) {
		expect((await request.get(path)).headers()['cache-control'], path).toBe(revalidate);
	}
	for (const path of [firstFile('pagefind/index', 'pf_index'), firstFile('pagefind/fragment', 'pf_fragment')]) {
		expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
	}
});

test('content types: pages, scripts, WebAssembly and Pagefind index files (binary, never re-compressed)', async ({ request }) => {
	const typeOf = async (path: string) => (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
	expect((await typeOf('/'))['content-type']).toBe('text/html; charset=utf-8');
	expect((await typeOf('/pagefind/pagefind.js'))['content-type']).toBe(CONTENT_TYPES['js']);
	expect((await typeOf('/robots.txt'))['content-type']).toBe(CONTENT_TYPES['txt']);
	expect((await typeOf('/share.png'))['content-type']).toBe('image/png');
	for (const extension of ['pf_meta', 'pagefind']) {
		const sent = await typeOf(firstFile('pagefind', extension));
		expect(sent['content-type'], extension).toBe('application/octet-stream');
		expect(sent['content-encoding'], extension).toBeUndefined();
	}
	// The HTML itself is compressed on the way.
	expect((await typeOf('/articles/cellulite/'))['content-encoding']).toBe('gzip');
});

test('an unknown address gets the 404 page with status 404 and the page headers', async ({ request }) => {
	const response = await request.get('/articles/no-such-article/');
	expect(response.status()).toBe(404);
	expect(await response.text()).toContain('We could not find that page');
	expect(response.headers()['content-security-policy']).toBe(headersFor('/404.html')['Content-Security-Policy']);
});

test('the _headers file for static hosts is not served; a folder without its slash redirects to it', async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
	const redirect = await request.get('/articles/cellulite', { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expect(redirect.headers()['location']).toBe('/articles/cellulite/');
});

test("every page's meta CSP hashes each inline script and style, and allows no 'unsafe-inline' or eval", () => {
	const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	for (const path of allPages()) {
		const html = builtFile(path);
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(policy, `${path} has a CSP meta tag`).toBeTruthy();
		const directive = (name: string) =>
			policy!
				.split(';')
				.map((d) => d.trim())
				.find((d) => d.startsWith(`${name} `)) ?? '';
		const scriptSrc = directive('script-src');
		expect(scriptSrc, path).toContain("'self'");
		expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(directive('style-src'), path).not.toContain("'unsafe-inline'");
		const { inlineScripts, inlineStyles } = pageAssets(html);
		for (const script of inlineScripts) expect(scriptSrc, `${path}: inline script ${script.slice(0, 40)}`).toContain(sha256(script));
		for (const style of inlineStyles)
			expect(directive('style-src'), `${path}: inline style ${style.slice(0, 40)}`).toContain(sha256(style));
	}
});
