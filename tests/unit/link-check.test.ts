import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorsIn, brokenLinks, fragmentFound, localLinks, pageLinks } from '../../src/lib/link-check.ts';

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

describe('brokenLinks with the project', () => {
	test('a missing id in an article names its file and line first, and says what to do', () => {
		const project = mkdtempSync(join(tmpdir(), 'project-'));
		const dist = join(project, 'dist');
		mkdirSync(join(dist, 'articles', 'one'), { recursive: true });
		mkdirSync(join(dist, 'articles', 'two'), { recursive: true });
		mkdirSync(join(project, 'content', 'articles'), { recursive: true });
		writeFileSync(join(dist, 'articles', 'one', 'index.html'), '<a href="/articles/two/#no-such-heading">two</a>');
		writeFileSync(join(dist, 'articles', 'two', 'index.html'), '<h2 id="risks">Risks</h2>');
		writeFileSync(join(project, 'content', 'articles', 'one.mdx'), '---\ntitle: One\n---\n\nSee [two](/articles/two/#no-such-heading).\n');
		expect(brokenLinks(dist, project)).toEqual([
			'content/articles/one.mdx:5: /articles/one/index.html links to /articles/two/#no-such-heading, but /articles/two/index.html has no element with id "no-such-heading": link to an id it has (a heading\'s, shown in its "On this page" list, or a source\'s) or leave out the #part',
		]);
	});
});

describe('pageLinks', () => {
	test('splits path and fragment, keeps in-page links, and decodes character references', () => {
		const html = '<a href="/sources/#kybella-label">a</a><a href="#main">b</a><a href="#">c</a><a href="/x/?a=1&amp;b=2#s">d</a>';
		expect(pageLinks(html)).toEqual([
			{ href: '/sources/#kybella-label', path: '/sources/', fragment: 'kybella-label' },
			{ href: '#main', path: '', fragment: 'main' },
			{ href: '#', path: '', fragment: '' },
			{ href: '/x/?a=1&b=2#s', path: '/x/', fragment: 's' },
		]);
	});
});

describe('anchorsIn', () => {
	test('collects every id and the name of every <a>, in any quoting, but not ids inside scripts or comments', () => {
		const html =
			'<h2 id="risks">R</h2><p id=\'single\'>s</p><li id=bare>b</li><a name="old-anchor"></a><meta name="description">' +
			'<span data-id="not-an-id" id="a&amp;b">x</span><!-- <p id="commented"> -->' +
			'<script type="text/pagefind-template"><li id="template-only"></li></script>';
		expect([...anchorsIn(html)].sort()).toEqual(['a&b', 'bare', 'old-anchor', 'risks', 'single']);
	});
});

describe('fragmentFound', () => {
	const anchors = new Set(['risks', 'café-au-lait', 'a b']);
	test('finds an id as written or percent-decoded', () => {
		expect(fragmentFound('risks', anchors)).toBe(true);
		expect(fragmentFound('caf%C3%A9-au-lait', anchors)).toBe(true);
		expect(fragmentFound('a%20b', anchors)).toBe(true);
	});
	test('accepts the top of the page ("#" alone or "#top") and ignores a text fragment', () => {
		expect(fragmentFound('', anchors)).toBe(true);
		expect(fragmentFound('top', anchors)).toBe(true);
		expect(fragmentFound(':~:text=swelling', anchors)).toBe(true);
		expect(fragmentFound('risks:~:text=swelling', anchors)).toBe(true);
	});
	test('rejects a missing id, a differently cased id and a malformed escape', () => {
		expect(fragmentFound('benefits', anchors)).toBe(false);
		expect(fragmentFound('Risks', anchors)).toBe(false);
		expect(fragmentFound('%E0%A4%A', anchors)).toBe(false);
	});
});

describe('brokenLinks with fragments', () => {
	test('names the page and the link when the target page, or the page itself, has no such id', () => {
		const dist = mkdtempSync(join(tmpdir(), 'dist-'));
		mkdirSync(join(dist, 'sources'));
		writeFileSync(join(dist, 'sources', 'index.html'), '<ol><li id="kybella-label">K</li><li id="caf\u00e9">C</li></ol>');
		writeFileSync(
			join(dist, 'index.html'),
			'<a href="#main">skip</a><main id="main"><a href="/sources/#kybella-label">ok</a><a href="/sources/#caf%C3%A9">encoded</a>' +
				'<a href="#">top</a><a href="/sources/#gone">missing</a><a href="#nowhere">missing here</a>' +
				'<a href="sources/#kybella-label">relative</a><a href="/sources/index.html#gone-too">file</a></main>',
		);
		expect(
			brokenLinks(dist)
				.map((problem) => problem.split(':')[0])
				.sort(),
		).toEqual([
			'/index.html links to #nowhere, but the page itself has no element with id "nowhere"',
			'/index.html links to /sources/#gone, but /sources/index.html has no element with id "gone"',
			'/index.html links to /sources/index.html#gone-too, but /sources/index.html has no element with id "gone-too"',
		]);
	});

	test('does not look for fragments in files that are not pages', () => {
		const dist = mkdtempSync(join(tmpdir(), 'dist-'));
		writeFileSync(join(dist, 'guide.pdf'), '%PDF');
		writeFileSync(join(dist, 'index.html'), '<a href="/guide.pdf#page=2">guide</a>');
		expect(brokenLinks(dist)).toEqual([]);
	});
});
