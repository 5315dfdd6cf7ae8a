// Byte budgets of the built pages (bytes, never time): what each page makes a reader download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesOf, EMBED_PAGE_JS_BUDGET, javascriptFiles, pageAssets, pageWeight } from '../../../src/lib/page-weight.ts';
import { MAX_LOADER_GZIP_BYTES } from '../../../src/integrations/embed-loader.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { localePath } from '../../../src/i18n/paths.ts';
import { expect, test } from './fixtures.ts';
import { pathWithoutLocale } from '../../../src/i18n/paths.ts';
import { allPages, builtFile, DIST, hasIsland, isArticle, sitemapPaths } from './site.ts';

/** CSS per page, gzipped: one small stylesheet, system fonts, no font files. */
const CSS_BUDGET = 6 * 1024;
/**
 * JavaScript that every page loads, gzipped: the header search's shortcut keys ("/", Ctrl+K), which
 * the search issue asks for on every page. The dialog and Pagefind load only when a reader searches.
 * It is the one exception to "an article without islands ships no JavaScript", and it must stay small.
 */
const SHARED_JS_BUDGET = 2 * 1024;
/**
 * Inline JavaScript an article without islands may carry, gzipped: a small enhancement of something
 * already rendered on the server (the side-effect questions open when a link names one), never a
 * framework, never a file to fetch.
 */
const ARTICLE_INLINE_JS_BUDGET = 1024;

const readText = (path: string) => readFileSync(join(DIST, path), 'utf8');
const pages = allPages();
const jsFilesOf = (path: string) => javascriptFiles(pageAssets(builtFile(path)), readText);
const pagesWithoutIslands = pages.filter((path) => !hasIsland(path));
/** JS files that every page without an island loads: the header search script (the embed pages have no header). */
const sharedJsFiles = sitemapPaths()
	.filter((path) => !hasIsland(path))
	.map(jsFilesOf)
	.reduce((shared, files) => shared.filter((file) => files.includes(file)));

for (const path of pages) {
	test(`${path}: CSS at most 6 KB gzip`, () => {
		const { css, cssFiles } = pageWeight(builtFile(path), readText);
		expect(css.gzip, `CSS files: ${cssFiles.join(', ') || 'none'}`).toBeLessThanOrEqual(CSS_BUDGET);
	});
}

test('the header search script is found on every page without islands', () => {
	// Guards the tests below: an empty list would let them weigh nothing.
	expect(sharedJsFiles.length).toBeGreaterThan(0);
	expect(pagesWithoutIslands.filter(isArticle).length, 'articles without islands').toBeGreaterThan(0);
});

/** The search page runs Pagefind's UI on top of the header script: its own, larger budget. */
const SEARCH_PAGE_JS_BUDGET = 4 * 1024;

for (const path of pagesWithoutIslands) {
	const budget = pathWithoutLocale(path) === '/search/' ? SEARCH_PAGE_JS_BUDGET : SHARED_JS_BUDGET;
	test(`${path}: a page without islands loads at most ${budget / 1024} KB gzip of JavaScript`, () => {
		const files = jsFilesOf(path);
		expect(bytesOf(...files.map(readText)).gzip, files.join(', ')).toBeLessThanOrEqual(budget);
	});
}

for (const path of pagesWithoutIslands.filter(isArticle)) {
	test(`${path}: an article without islands loads no JavaScript of its own, and at most 1 KB gzip inline`, () => {
		expect(jsFilesOf(path).filter((file) => !sharedJsFiles.includes(file))).toEqual([]);
		const { inlineScripts } = pageAssets(builtFile(path));
		expect(bytesOf(...inlineScripts).gzip, inlineScripts.join('\n')).toBeLessThanOrEqual(ARTICLE_INLINE_JS_BUDGET);
	});
}

// The widget in every language (/embed/estimator/, /es/embed/estimator/): its words are in the page, not its JavaScript.
for (const path of LOCALES.map((locale) => localePath(locale, '/embed/estimator/'))) {
	test(`${path}: the clinic widget loads at most ${EMBED_PAGE_JS_BUDGET / 1024} KB gzip of JavaScript, and no zod`, () => {
		const { js, jsFiles } = pageWeight(builtFile(path), readText);
		expect(js.gzip, jsFiles.join(', ')).toBeLessThanOrEqual(EMBED_PAGE_JS_BUDGET);
		for (const file of jsFiles) expect(readText(file), file).not.toMatch(/ZodError|zod/i);
	});
}

test("/embed/estimator/: the clinic widget loads none of the site estimator's own code (its address bar)", () => {
	const [siteIsland] = pageAssets(builtFile('/estimator/')).islands;
	expect(siteIsland?.componentUrl, 'the site estimator island on /estimator/').toBeTruthy();
	expect(jsFilesOf('/embed/estimator/')).not.toContain(siteIsland!.componentUrl);
});

/**
 * Islands hydrate when seen (client:visible) or on the reader's first touch (client:intent), never on page load;
 * except the embed page, which is the widget itself, inside a frame the loader creates only near the viewport and
 * keeps hidden until the island reports: it hydrates at once (waiting to be visible would keep it hidden for good).
 */
const LAZY_DIRECTIVES = ['visible', 'intent'];
const hydratesAtOnce = (path: string) => LOCALES.some((locale) => path.startsWith(localePath(locale, '/embed/')));

test('island JavaScript loads only on pages with islands, and every island waits until it is visible or touched', () => {
	const islandPages = pages.filter(hasIsland);
	const islandModules = new Set(
		islandPages.flatMap((path) => pageAssets(builtFile(path)).islands.flatMap((i) => [i.componentUrl, i.rendererUrl])),
	);
	for (const path of pages.filter((path) => !hasIsland(path))) {
		expect(
			jsFilesOf(path).filter((file) => islandModules.has(file)),
			`${path} loads island code`,
		).toEqual([]);
	}
	for (const path of islandPages.filter((path) => !hydratesAtOnce(path))) {
		const eager = pageAssets(builtFile(path)).islands.filter((island) => !LAZY_DIRECTIVES.includes(island.client));
		expect(
			eager.map((island) => `${island.componentUrl} is client:${island.client}`),
			path,
		).toEqual([]);
	}
});

test('the embed loader /embed.js is at most 2.5 KB gzip', () => {
	const loader = join(DIST, 'embed.js');
	// Measured as the build measures it, against the build's own budget.
	expect(bytesOf(readFileSync(loader, 'utf8')).gzip).toBeLessThanOrEqual(MAX_LOADER_GZIP_BYTES);
});

// Articles place their island (the estimator, the side-effect questions) far below the fold on a phone.
// One that hydrates on intent (the estimator) waits, once in view, for the reader's first touch.
for (const path of pages.filter((path) => isArticle(path) && hasIsland(path))) {
	test(`${path}: the island below the fold loads its code only once it is scrolled into view, or touched`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 640 });
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(path);
		// Once Astro's island element is defined, a visible island would start loading at once.
		await page.waitForFunction(() => customElements.get('astro-island') !== undefined);
		const island = page.locator('astro-island').first();
		const top = await island.evaluate((el) => (el.firstElementChild ?? el).getBoundingClientRect().top / innerHeight);
		expect(top, 'screens between the top of the page and the island').toBeGreaterThan(2);
		const { componentUrl, client } = pageAssets(builtFile(path)).islands[0]!;
		await expect(island).toHaveAttribute('ssr');
		expect(requested, `${path} loaded ${componentUrl} before it was visible`).not.toContain(componentUrl);
		await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
		if (client === 'intent') {
			// Seen but not touched: still nothing loaded (the server-rendered controls are on screen).
			await expect(island.locator(':scope > *').first()).toBeInViewport();
			expect(requested, `${path} loaded ${componentUrl} before it was touched`).not.toContain(componentUrl);
			await island.locator(':scope > *').first().hover();
		}
		await expect.poll(() => requested, { message: `${path} never loaded ${componentUrl}` }).toContain(componentUrl);
		await expect(island).not.toHaveAttribute('ssr');
	});
}
