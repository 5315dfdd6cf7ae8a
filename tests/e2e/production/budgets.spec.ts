// Byte budgets of the built pages (bytes, never time): what each page makes a reader download.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesOf, javascriptFiles, pageAssets, pageWeight } from '../../../src/lib/page-weight.ts';
import { expect, test } from './fixtures.ts';
import { allPages, builtFile, DIST, hasIsland, isArticle } from './site.ts';

/** CSS per page, gzipped: one small stylesheet, system fonts, no font files. */
const CSS_BUDGET = 6 * 1024;
/** The clinic embed loader, gzipped. */
const EMBED_LOADER_BUDGET = 2 * 1024;

const readText = (path: string) => readFileSync(join(DIST, path), 'utf8');
const pages = allPages();

for (const path of pages) {
	test(`${path}: CSS at most 6 KB gzip`, () => {
		const { css, cssFiles } = pageWeight(builtFile(path), readText);
		expect(css.gzip, `CSS files: ${cssFiles.join(', ') || 'none'}`).toBeLessThanOrEqual(CSS_BUDGET);
	});
}

for (const path of pages.filter((path) => isArticle(path) && !hasIsland(path))) {
	test(`${path}: an article without islands ships no JavaScript`, () => {
		const { js, jsFiles } = pageWeight(builtFile(path), readText);
		expect({ bytes: js.raw, files: jsFiles }).toEqual({ bytes: 0, files: [] });
	});
}

test('island JavaScript loads only on pages with islands, and every island waits until it is visible', () => {
	const islandPages = pages.filter(hasIsland);
	const islandModules = new Set(
		islandPages.flatMap((path) => pageAssets(builtFile(path)).islands.flatMap((i) => [i.componentUrl, i.rendererUrl])),
	);
	for (const path of pages.filter((path) => !hasIsland(path))) {
		const files = javascriptFiles(pageAssets(builtFile(path)), readText);
		expect(files.filter((file) => islandModules.has(file)), `${path} loads island code`).toEqual([]);
	}
	for (const path of islandPages) {
		const eager = pageAssets(builtFile(path)).islands.filter((island) => island.client !== 'visible');
		expect(eager.map((island) => `${island.componentUrl} is client:${island.client}`), path).toEqual([]);
	}
});

test('the embed loader /embed.js is at most 2 KB gzip', () => {
	const loader = join(DIST, 'embed.js');
	test.skip(!existsSync(loader), 'This build has no /embed.js yet (the clinic embed is not merged).');
	expect(bytesOf(readFileSync(loader)).gzip).toBeLessThanOrEqual(EMBED_LOADER_BUDGET);
});

test('an island below the fold loads its code only once it is scrolled into view', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	let checked = 0;
	for (const path of pages.filter(hasIsland)) {
		requested.length = 0;
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const island = page.locator('astro-island').first();
		const belowFold = await island.evaluate((el) => (el.firstElementChild ?? el).getBoundingClientRect().top > innerHeight * 2);
		if (!belowFold) continue;
		const { componentUrl } = pageAssets(builtFile(path)).islands[0]!;
		expect(requested, `${path} loaded ${componentUrl} before it was visible`).not.toContain(componentUrl);
		await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
		await expect.poll(() => requested, { message: `${path} never loaded ${componentUrl}` }).toContain(componentUrl);
		checked++;
	}
	test.skip(checked === 0, 'No page of this build has an island below the fold yet (the islands are not merged).');
});
