import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks, localLinks } from '../../src/lib/link-check.ts';

describe('localLinks', () => {
	test('keeps same-site links and drops other sites, mailto, data and in-page anchors', () => {
		const html =
			'<a href="/articles/">a</a><a href="https://fda.gov/">b</a><a href="mailto:x@y.z">c</a>' +
			'<img src="data:image/png;base64,AA"><a href="#top">d</a><script src="/_astro/x.js?v=1"></script><a href="../b/#s">e</a>';
		expect(localLinks(html)).toEqual(['/articles/', '/_astro/x.js', '../b/']);
	});

	test('skips text inside scripts, such as the links in a search result template, but not their src', () => {
		const html =
			'<script type="text/pagefind-template"><a href="{{ url }}">x</a></script>' +
			'<script src="/_astro/search.js"></script><a href="/search/">s</a>';
		expect(localLinks(html)).toEqual(['/_astro/search.js', '/search/']);
	});
});

describe('brokenLinks', () => {
	test('reports each broken link with the page it is on, and accepts folders with an index.html', () => {
		const dist = mkdtempSync(join(tmpdir(), 'dist-'));
		mkdirSync(join(dist, 'articles', 'one'), { recursive: true });
		writeFileSync(join(dist, 'index.html'), '<a href="/articles/one/">ok</a><a href="/articles/two/">broken</a>');
		writeFileSync(join(dist, 'articles', 'one', 'index.html'), '<a href="../../">home</a><img src="missing.png">');
		expect(brokenLinks(dist).sort()).toEqual([
			'/articles/one/index.html links to missing.png, which does not exist',
			'/index.html links to /articles/two/, which does not exist',
		]);
	});
});
