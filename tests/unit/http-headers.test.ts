import { describe, expect, test } from 'vitest';
import {
	CONTENT_TYPES,
	HEADER_RULES,
	headersFor,
	renderHeadersFile,
	renderNginxSite,
	SITE_WIDE_HEADERS,
} from '../../src/lib/http-headers.ts';

/** A build's folders as the integration lists them. */
const BUILD: Record<string, string[]> = {
	'/': [
		'_astro',
		'pagefind',
		'embed',
		'embed-loader',
		'articles',
		'search',
		'index.html',
		'404.html',
		'favicon.svg',
		'embed.js',
		'_headers',
	],
	'/pagefind/': ['fragment', 'index', 'filter', 'pagefind.js', 'pagefind-entry.json', 'pagefind.en_1a2b3c.pf_meta', 'wasm.en.pagefind'],
};
const listBuild = (folder: string) => BUILD[folder] ?? [];
const SAMPLE_PATHS = [
	'/',
	'/index.html',
	'/404.html',
	'/articles/cellulite/',
	'/search/',
	'/embed/estimator/',
	'/embed.js',
	'/embed-loader/v2.js',
	'/favicon.svg',
	'/_astro/client.abc123.js',
	'/pagefind/pagefind.js',
	'/pagefind/pagefind-entry.json',
	'/pagefind/pagefind.en_1a2b3c.pf_meta',
	'/pagefind/fragment/en_1a2b.pf_fragment',
	'/pagefind/index/en_9f8e.pf_index',
];

/** The `_headers` file as a list of [pattern, headers], as Netlify and Cloudflare read it. */
function parseHeadersFile(text: string): [string, [string, string][]][] {
	const rules: [string, [string, string][]][] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!line.startsWith(' ')) rules.push([line, []]);
		else {
			const [name, ...value] = line.trim().split(': ');
			rules.at(-1)![1].push([name!, value.join(': ')]);
		}
	}
	return rules;
}

/** What a static host sends: every matching rule applies, and a header set twice is comma-joined. */
function hostHeaders(rules: [string, [string, string][]][], path: string): Record<string, string> {
	const sent: Record<string, string> = {};
	for (const [pattern, headers] of rules) {
		const regex = new RegExp(
			`^${pattern
				.split('*')
				.map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
				.join('.*')}$`,
		);
		if (!regex.test(path)) continue;
		for (const [name, value] of headers) sent[name] = sent[name] ? `${sent[name]}, ${value}` : value;
	}
	return sent;
}

describe('headersFor', () => {
	test('every path gets nosniff, a referrer policy, a permissions policy, COOP and HSTS', () => {
		for (const path of SAMPLE_PATHS) {
			const headers = headersFor(path);
			expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
			expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['Permissions-Policy'], path).toMatch(/(^|, )camera=\(\)/);
			expect(headers['Permissions-Policy'], path).toMatch(/(^|, )geolocation=\(\)/);
			expect(headers['Permissions-Policy'], path).toMatch(/(^|, )browsing-topics=\(\)/);
			expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
			expect(headers['Strict-Transport-Security'], path).toBe('max-age=31536000');
		}
	});

	test('articles and tools may not be framed by anyone; the embed pages may be framed by https sites', () => {
		expect(headersFor('/articles/cellulite/')['Content-Security-Policy']).toMatch(/^frame-ancestors 'none';/);
		expect(headersFor('/search/')['Content-Security-Policy']).toMatch(/^frame-ancestors 'none';/);
		const embed = headersFor('/embed/estimator/')['Content-Security-Policy']!;
		expect(embed).toMatch(/^frame-ancestors 'self' https: /);
		expect(embed.split(';')[0]).not.toContain("'none'");
	});

	test('the Spanish pages get the same rules as the English ones: /es/embed/ may be framed, /es/articles/ may not', () => {
		expect(headersFor('/es/embed/estimator/')).toEqual(headersFor('/embed/estimator/'));
		expect(headersFor('/es/articles/cellulite/')).toEqual(headersFor('/articles/cellulite/'));
	});

	test('nginx answers a missing Spanish page with the Spanish 404 page (/es/404/), and a missing Spanish embed page with the framable Spanish one', () => {
		const site = renderNginxSite();
		expect(site).toMatch(/location \/es\/ \{[^}]*error_page 404 \/es\/404\/;/);
		expect(site).toMatch(/location \/es\/embed\/ \{[^}]*error_page 404 \/es\/embed\/not-found\/;/);
	});

	test('the header CSP leaves scripts and styles to the per-page meta CSP and blocks plugins and <base>', () => {
		for (const path of ['/articles/cellulite/', '/embed/estimator/']) {
			const policy = headersFor(path)['Content-Security-Policy']!;
			expect(policy).not.toMatch(/(default|script|style)-src/);
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("base-uri 'self'");
		}
	});

	test('fingerprinted assets and index chunks are immutable for a year; pages and the index entry revalidate', () => {
		const immutable = 'public, max-age=31536000, immutable';
		const revalidate = 'public, max-age=0, must-revalidate';
		expect(headersFor('/_astro/client.abc123.js')['Cache-Control']).toBe(immutable);
		for (const chunk of [
			'/pagefind/fragment/en_1a2b.pf_fragment',
			'/pagefind/index/en_9f8e.pf_index',
			'/pagefind/filter/en_77.pf_filter',
		]) {
			expect(headersFor(chunk)['Cache-Control'], chunk).toBe(immutable);
		}
		expect(headersFor('/articles/cellulite/')['Cache-Control']).toBe(revalidate);
		expect(headersFor('/embed/estimator/')['Cache-Control']).toBe(revalidate);
		// Same name in every deploy: an old copy would name chunks the new deploy no longer has.
		for (const file of [
			'/pagefind/pagefind-entry.json',
			'/pagefind/pagefind.js',
			'/pagefind/wasm.en.pagefind',
			'/pagefind/pagefind-component-ui.js',
		]) {
			expect(headersFor(file)['Cache-Control'], file).toBe(revalidate);
		}
	});

	test('the evergreen loader is short-lived; a pinned one is immutable and readable from any origin, so integrity works', () => {
		expect(headersFor('/embed.js')['Cache-Control']).toBe('public, max-age=600');
		expect(headersFor('/embed.js')['Access-Control-Allow-Origin']).toBeUndefined();
		expect(headersFor('/embed-loader/v2.js')).toMatchObject({
			'Cache-Control': 'public, max-age=31536000, immutable',
			'Access-Control-Allow-Origin': '*',
		});
	});
});

describe('renderHeadersFile', () => {
	const rules = parseHeadersFile(renderHeadersFile(listBuild));

	test('a static host that merges overlapping rules sends exactly the headers of the table', () => {
		for (const path of SAMPLE_PATHS.filter((p) => !/\.(pf_\w+|pagefind)$/.test(p))) {
			expect(hostHeaders(rules, path), path).toEqual(headersFor(path));
		}
		for (const path of SAMPLE_PATHS.filter((p) => /\.(pf_\w+|pagefind)$/.test(p))) {
			expect(hostHeaders(rules, path), path).toEqual({ ...headersFor(path), 'Content-Type': 'application/octet-stream' });
		}
	});

	test('the _headers file itself gets no page rule (it is never served)', () => {
		expect(rules.map(([pattern]) => pattern)).not.toContain('/_headers');
	});

	test('no two overlapping patterns set the same header (a host would comma-join them)', () => {
		for (const path of SAMPLE_PATHS) {
			expect(hostHeaders(rules, path)['Content-Security-Policy'] ?? '', path).not.toContain(', frame-ancestors');
			expect(hostHeaders(rules, path)['Cache-Control'] ?? '', path).not.toMatch(/max-age=\d+.*max-age/);
		}
	});

	test('gives Pagefind files and WebAssembly their types', () => {
		expect(hostHeaders(rules, '/pagefind/wasm.en.pagefind')['Content-Type']).toBe('application/octet-stream');
		expect(hostHeaders(rules, '/pagefind/x.wasm')['Content-Type']).toBe('application/wasm');
	});
});

describe('renderNginxSite', () => {
	const conf = renderNginxSite();

	test('has one location per rule, each repeating every site-wide header (nginx does not inherit them)', () => {
		for (const rule of HEADER_RULES) {
			const block = conf.split(`location ${rule.prefix} {`)[1]!.split('}')[0]!;
			for (const [name, value] of Object.entries({ ...SITE_WIDE_HEADERS, ...rule.headers })) {
				expect(block).toContain(`add_header ${name} "${value}" always;`);
			}
		}
	});

	test('serves the 404 page with status 404, hides _headers, and types Pagefind files as binary', () => {
		expect(conf).toContain('error_page 404 /404.html;');
		// A missing embed page gets a 404 page that clinics may frame, inside the embed pages' own location.
		expect(conf.split('location /embed/ {')[1]!.split('}')[0]).toContain('error_page 404 /embed/not-found/;');
		expect(conf).toContain('location = /_headers { return 404; }');
		expect(conf).toContain('application/wasm wasm;');
		for (const extension of ['pf_meta', 'pf_index', 'pf_fragment', 'pagefind']) {
			expect(conf).toContain(`application/octet-stream ${extension};`);
			expect(CONTENT_TYPES[extension]).toBe('application/octet-stream');
		}
		// Pagefind's files are already gzip: compressing them again would waste time for nothing.
		expect(conf.match(/gzip_types (.*);/)![1]).not.toContain('octet-stream');
	});
});
