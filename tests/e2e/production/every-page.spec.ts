// Every page of the build (the sitemap and the embed pages, never a hand-written list), opened once on a cheap
// phone over a slow connection and read from top to bottom. One page load serves every check, because the
// suite runs on two cores:
// - nothing moves under the reader (issue 13.1): layout shift as Chromium sums it, leaving out shifts the
//   reader caused, at most 0.02 (0.1 counts as "good");
// - no CSP violation (meta and header policies), console error or request to another site, and every island
//   hydrates;
// - the search and share metadata, and on articles the JSON-LD, match what the page shows;
// - accessibility, once every island has hydrated: axe (WCAG 2.2 A/AA) in light and dark on the phone, and on
//   the desktop header; a text alternative for every image; no sideways scrolling at 320 px or at 200% zoom; nothing
//   moving when the reader asks for reduced motion.
// Independent checks are soft, so one run lists every problem of a page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { useTranslations } from '../../../src/i18n/index.ts';
import { localeOfPath, localePath, pathWithoutLocale } from '../../../src/i18n/paths.ts';
import { localizedPageTitle, SHARE_IMAGE } from '../../../src/lib/site.ts';
import { COLOUR_RULES, expect, hydrateIslands, MAX_LAYOUT_SHIFT, readToTheEnd, settle, test } from './fixtures.ts';
import { missingTextAlternatives, movingElements, overflowingElements } from './page-checks.ts';
import { allPages, hasIsland, isArticle, searchBox, sitemapPaths } from './site.ts';

/** A cheap phone: 390×844 with touch; the tests slow its CPU and network (slowPhone). */
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

const inSitemap = new Set(sitemapPaths());
const SITE_HEADER = 'header.site-header';

/** Every source's title, as content/sources.yaml gives it. */
const SOURCE_TITLES = (parse(readFileSync(new URL('../../../content/sources.yaml', import.meta.url), 'utf8')) as { title: string }[]).map(
	(source) => source.title,
);

for (const path of allPages()) {
	test(`${path}: on a slow phone nothing moves, nothing breaks the CSP or reaches another site, the metadata is right, and axe, reflow and reduced motion pass`, async ({
		page,
		pageProblems,
		cspMessages,
		layoutShift,
		axeViolations,
		slowPhone,
	}) => {
		await slowPhone.start();
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await settle(page);
		// The search page's box is drawn by Pagefind's script after the page has loaded.
		if (pathWithoutLocale(path) === '/search/') await expect(searchBox(page)).toBeVisible();
		await readToTheEnd(page);
		const shift = await layoutShift();
		test.info().annotations.push({ type: 'layout shift', description: shift.score.toFixed(4) });
		expect
			.soft(shift.score, `layout shift; moved: ${[...new Set(shift.moved)].join(', ') || 'nothing'}`)
			.toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);

		// The reader's part is measured: the rest runs at full speed.
		await slowPhone.fullSpeed();
		// Touches each island that waits for the reader; there are some exactly when the HTML has some.
		expect((await hydrateIslands(page)) > 0).toBe(hasIsland(path));
		if (inSitemap.has(path)) await expectShareTags(page, path);
		if (isArticle(path)) await expectArticleStructuredData(page, path);

		// On the phone in each colour scheme (only the colour rules in the dark one: the markup is the same), then
		// the header on a desktop screen, where the navigation moves into the header row.
		expect.soft(await axeViolations(), 'axe, phone, light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect.soft(await axeViolations(COLOUR_RULES), 'axe, phone, dark').toEqual([]);
		await page.setViewportSize({ width: 1280, height: 720 });
		// Embed pages have no site header.
		if ((await page.locator(SITE_HEADER).count()) > 0) {
			expect.soft(await axeViolations(COLOUR_RULES, SITE_HEADER), 'axe, desktop header, dark').toEqual([]);
			await page.emulateMedia({ colorScheme: 'light' });
			expect.soft(await axeViolations(undefined, SITE_HEADER), 'axe, desktop header, light').toEqual([]);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		expect.soft(await missingTextAlternatives(page), 'images without a text alternative').toEqual([]);
		// WCAG 1.4.10: 320 CSS px wide; and a 1280 × 800 window at 200% zoom lays out like a 640 × 400 one. The
		// layout reflows without a reload.
		for (const [size, what] of [
			[{ width: 320, height: 640 }, 'at 320 px'],
			[{ width: 640, height: 400 }, 'at 200% zoom'],
		] as const) {
			await page.setViewportSize(size);
			const { scrollWidth, width, culprits } = await overflowingElements(page);
			expect.soft(scrollWidth, `${what}, wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(width);
		}
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect.soft(await movingElements(page), 'with prefers-reduced-motion: reduce').toEqual([]);

		// Last, so that everything above has had its chance to log.
		expect(cspMessages).toEqual([]);
		expect(pageProblems.consoleErrors).toEqual([]);
		expect(pageProblems.foreignRequests).toEqual([]);
	});
}

/** The canonical address, Open Graph and Twitter card tags. */
async function expectShareTags(page: Page, path: string): Promise<void> {
	const locale = localeOfPath(path);
	const { meta: words } = useTranslations(locale).site;
	const isHome = path === localePath(locale, '/');
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(canonical && new URL(canonical).pathname).toBe(path);
	const meta = async (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
	expect(await meta('og:url')).toBe(canonical);
	expect(await meta('og:type')).toBe(isArticle(path) ? 'article' : 'website');
	// The page's own title: the document title without the site's name (the home page uses the site's name).
	const ogTitle = await meta('og:title');
	expect(isHome ? ogTitle : localizedPageTitle(locale, ogTitle ?? '')).toBe(isHome ? words.name : await page.title());
	expect(await meta('og:description')).toBe(await meta('description'));
	expect(await meta('twitter:card')).toBe('summary_large_image');
	const image = await meta('og:image');
	expect(image && new URL(image).origin).toBe(new URL(canonical!).origin);
	expect(await meta('og:image:alt')).toBe(words.shareImageAlt);
	// The share image is a PNG of the size the tags promise (social sites refuse SVG).
	const png = await (await page.request.get(new URL(image!).pathname)).body();
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
}

type JsonLdNode = { '@type': string } & Record<string, unknown>;
interface MedicalWebPageNode extends JsonLdNode {
	url: string;
	name: string;
	lastReviewed: string;
	dateModified: string;
	about: unknown;
	citation: { name: string }[];
}
interface BreadcrumbNode extends JsonLdNode {
	itemListElement: { name: string; item: string }[];
}

/** An article's JSON-LD MedicalWebPage and BreadcrumbList say what the page shows. */
async function expectArticleStructuredData(page: Page, path: string): Promise<void> {
	const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
	expect(blocks).toHaveLength(1);
	const graph: JsonLdNode[] = JSON.parse(blocks[0]!)['@graph'];
	const webPage = graph.find((node) => node['@type'] === 'MedicalWebPage') as MedicalWebPageNode;
	const trail = graph.find((node) => node['@type'] === 'BreadcrumbList') as BreadcrumbNode;
	const { site: words } = useTranslations(localeOfPath(path));
	const review = page.getByRole('complementary', { name: words.review.box.title });

	expect(webPage.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
	expect(webPage.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
	expect(webPage.lastReviewed).toBe(await review.locator('time').first().getAttribute('datetime'));
	expect(webPage.about).toMatchObject({ '@type': 'MedicalProcedure', name: 'Mesotherapy' });
	// The newest entry of "Page history" is the page's dateModified.
	const changeDays = await page
		.getByRole('region', { name: words.review.history.title })
		.locator('li time')
		.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
	expect(webPage.dateModified).toBe([...changeDays].sort().at(-1));
	// reviewedBy only while a clinician's review applies to the page as it is (see the review box).
	const clinicallyReviewed = (await review.locator('[data-clinical-review="current"]').count()) > 0;
	expect('reviewedBy' in webPage).toBe(clinicallyReviewed);
	const sources = page.getByRole('region', { name: words.sources.heading, exact: true }).locator('ol > li');
	expect(webPage.citation).toHaveLength(await sources.count());
	// Each citation is a source's title in content/sources.yaml, and the one the list shows at the same place.
	const shown = await sources.allTextContents();
	webPage.citation.forEach((citation, index) => {
		expect(SOURCE_TITLES, `citation ${index + 1}`).toContain(citation.name);
		expect(shown[index], `citation ${index + 1}`).toContain(citation.name);
	});

	const crumbs = await page.getByRole('navigation', { name: words.breadcrumbs.label }).getByRole('link').allTextContents();
	expect(trail.itemListElement.map((item) => item.name)).toEqual(crumbs.map((c) => c.trim()));
	expect(trail.itemListElement.at(-1)?.item).toBe(webPage.url);
}
