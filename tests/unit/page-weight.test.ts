import { describe, expect, test } from 'vitest';
import { bytesOf, javascriptFiles, pageAssets, pageWeight, staticImports } from '../../src/lib/page-weight.ts';

const FILES: Record<string, string> = {
	'/_astro/Estimator.abc.js': 'import{j as e}from"./jsx-runtime.def.js";import"./chunk.ghi.js";export default 1;',
	'/_astro/jsx-runtime.def.js': 'export const j=1;',
	'/_astro/chunk.ghi.js': 'import{j}from"./jsx-runtime.def.js";',
	'/_astro/client.xyz.js': 'export default function(){}',
	'/_astro/site.css': 'body{margin:0}',
	'/_astro/search.js': 'const p=()=>import("/pagefind/pagefind.js");',
};
const read = (path: string) => {
	const text = FILES[path];
	if (text === undefined) throw new Error(`no file ${path}`);
	return text;
};

const ISLAND_PAGE = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><style>.a{color:red}</style>
<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>
<script type="text/pagefind-template"><li class="result"></li></script>
<script>(()=>{var a=1})();</script>
</head><body><astro-island uid="1" component-url="/_astro/Estimator.abc.js" renderer-url="/_astro/client.xyz.js" client="visible" props="{}"></astro-island></body></html>`;

describe('pageAssets', () => {
	test('finds stylesheets, inline styles and scripts, and islands; JSON-LD and templates are data, not scripts', () => {
		const assets = pageAssets(ISLAND_PAGE);
		expect(assets.stylesheets).toEqual(['/_astro/site.css']);
		expect(assets.inlineStyles).toEqual(['.a{color:red}']);
		expect(assets.inlineScripts).toEqual(['(()=>{var a=1})();']);
		expect(assets.scripts).toEqual([]);
		expect(assets.islands).toEqual([{ componentUrl: '/_astro/Estimator.abc.js', rendererUrl: '/_astro/client.xyz.js', client: 'visible' }]);
	});

	test('an article without islands or scripts has no JavaScript at all', () => {
		const article = '<html><head><script type="application/ld+json">{}</script><style>p{}</style></head><body><p>Hi</p></body></html>';
		const assets = pageAssets(article);
		expect([...assets.scripts, ...assets.inlineScripts, ...assets.islands]).toEqual([]);
		expect(pageWeight(article, read).js).toEqual({ raw: 0, gzip: 0 });
	});

	test('counts script src and modulepreload links as JavaScript files', () => {
		const assets = pageAssets(
			'<script type="module" src="/_astro/search.js"></script><link rel="modulepreload" href="/_astro/chunk.ghi.js">',
		);
		expect(assets.scripts).toEqual(['/_astro/search.js', '/_astro/chunk.ghi.js']);
	});
});

describe('javascriptFiles', () => {
	test('follows static imports from islands, once each; dynamic imports load later and are not counted', () => {
		expect(staticImports(FILES['/_astro/search.js']!)).toEqual([]);
		expect(javascriptFiles(pageAssets(ISLAND_PAGE), read).sort()).toEqual([
			'/_astro/Estimator.abc.js',
			'/_astro/chunk.ghi.js',
			'/_astro/client.xyz.js',
			'/_astro/jsx-runtime.def.js',
		]);
	});
});

describe('pageWeight', () => {
	test('adds inline and file CSS and JS, each gzipped on its own, and a total of what is downloaded', () => {
		const weight = pageWeight(ISLAND_PAGE, read);
		const gzipOf = (...texts: string[]) => texts.reduce((sum, text) => sum + bytesOf(text).gzip, 0);
		// .a{color:red} (13 bytes) inline + site.css (14 bytes), each compressed on its own.
		expect(weight.css).toEqual({ raw: 27, gzip: gzipOf('.a{color:red}', FILES['/_astro/site.css']!) });
		// The inline script (18) + Estimator (80) + jsx-runtime (17) + chunk (36) + client (28).
		const jsFiles = ['/_astro/Estimator.abc.js', '/_astro/jsx-runtime.def.js', '/_astro/chunk.ghi.js', '/_astro/client.xyz.js'];
		expect(weight.js).toEqual({ raw: 179, gzip: gzipOf('(()=>{var a=1})();', ...jsFiles.map((path) => FILES[path]!)) });
		expect(weight.html.raw).toBe(453);
		// Inline code travels inside the HTML, so the total counts it once: HTML + site.css + the four files.
		expect(weight.total).toEqual({
			raw: 453 + 14 + 161,
			gzip: weight.html.gzip + gzipOf(FILES['/_astro/site.css']!, ...jsFiles.map((path) => FILES[path]!)),
		});
	});

	test('gzips each part at the level servers use, so small text grows by the gzip wrapper', () => {
		// 18 bytes of gzip header and trailer around at most a few bytes of deflate output.
		expect(bytesOf('a').gzip).toBeGreaterThanOrEqual(20);
		expect(bytesOf('a'.repeat(10_000)).gzip).toBeLessThan(100);
	});

	test('bytesOf counts nothing for nothing', () => {
		expect(bytesOf()).toEqual({ raw: 0, gzip: 0 });
		expect(bytesOf('')).toEqual({ raw: 0, gzip: 0 });
	});
});
