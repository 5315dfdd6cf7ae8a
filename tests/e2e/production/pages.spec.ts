// Every page of the production build, served by nginx with the real headers: loads cleanly under
// both CSPs (meta and header), hydrates its islands, carries its SEO metadata, and frames only
// where clinics are meant to frame it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { useTranslations } from '../../../src/i18n/index.ts';
import { localeOfPath, localePath } from '../../../src/i18n/paths.ts';
import { localizedPageTitle, SHARE_IMAGE } from '../../../src/lib/site.ts';
import { expect, hydrateIslands, settle, test } from './fixtures.ts';
import { pathWithoutLocale } from '../../../src/i18n/paths.ts';
import { allPages, embedPaths, hasIsland, isArticle, SEARCH_RESULT_LINKS, searchBox, sitemapPaths } from './site.ts';

/**
 * Most layout shift a page may show while it loads on a phone. Lighthouse counts up to 0.1 as good;
 * a page that reserves room for what its scripts add shows none.
 */
const LAYOUT_SHIFT_BUDGET = 0.02;

for (const path of allPages()) {
	test(`${path} loads on a phone without jumping, with no CSP violation, console error or request to another site`, async ({
		page,
		pageProblems,
		cspMessages,
		layoutShift,
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await settle(page);
		// The search page's box is drawn by Pagefind's script after the page has loaded.
		if (pathWithoutLocale(path) === '/search/') await expect(searchBox(page)).toBeVisible();
		// Scripts have run and islands in view have hydrated: nothing they added may have pushed the page.
		const shift = await layoutShift();
		expect(shift.score, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(LAYOUT_SHIFT_BUDGET);
		// Scrolls to each island and waits for it to hydrate; there are some exactly when the HTML has some.
		expect((await hydrateIslands(page)) > 0).toBe(hasIsland(path));
		expect(cspMessages).toEqual([]);
		expect(pageProblems.consoleErrors).toEqual([]);
		expect(pageProblems.foreignRequests).toEqual([]);
	});
}

test('the 404 page answers unknown addresses with status 404, the real page and no CSP violation', async ({
	page,
	cspMessages,
	pageProblems,
}) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	expect(cspMessages).toEqual([]);
	// The only error is the browser's note that the document itself answered 404.
	expect(pageProblems.consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
});

test("Pagefind's index loads and answers under the production headers (WebAssembly, worker, binary types)", async ({
	page,
	cspMessages,
	pageProblems,
}) => {
	await page.goto('/search/');
	const first = await page.evaluate(async () => {
		const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		await pagefind.init();
		const search = await pagefind.search('cellulite');
		const result = await search.results[0]?.data();
		return { count: search.results.length as number, url: result?.url as string | undefined };
	});
	expect(first.count).toBeGreaterThan(0);
	expect(first.url).toMatch(/^\/articles\/[a-z-]+\/$/);
	expect(cspMessages).toEqual([]);
	expect(pageProblems.consoleErrors).toEqual([]);
});

test('a shared search link opens on its results without the page jumping', async ({ page, layoutShift }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/search/?q=cellulite');
	await expect(page.locator(`${SEARCH_RESULT_LINKS}[href^="/articles/cellulite/"]`).first()).toBeVisible({ timeout: 10_000 });
	await expect(page.getByRole('heading', { name: 'All articles' })).toBeHidden();
	const shift = await layoutShift();
	expect(shift.score, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(LAYOUT_SHIFT_BUDGET);
	// Clearing the words brings the article list back, straight under the box.
	await searchBox(page).fill('');
	const list = page.getByRole('heading', { name: 'All articles' });
	await expect(list).toBeVisible();
	expect((await list.boundingBox())!.y).toBeLessThan(740);
});

for (const path of sitemapPaths()) {
	test(`${path}: canonical address, Open Graph and Twitter card tags`, async ({ page, request }) => {
		const locale = localeOfPath(path);
		const { meta: words } = useTranslations(locale).site;
		const isHome = path === localePath(locale, '/');
		await page.goto(path);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical && new URL(canonical).pathname).toBe(path);
		const meta = async (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
		expect(await meta('og:url')).toBe(canonical);
		expect(await meta('og:type')).toBe(isArticle(path) ? 'article' : 'website');
		// The page's own title: the document title without the site's name (the home page uses the site's name).
		const ogTitle = await meta('og:title');
		expect(ogTitle).toBeTruthy();
		expect(isHome ? ogTitle : localizedPageTitle(locale, ogTitle!)).toBe(isHome ? words.name : await page.title());
		expect(await meta('og:description')).toBe(await meta('description'));
		expect(await meta('twitter:card')).toBe('summary_large_image');
		const image = await meta('og:image');
		expect(image && new URL(image).origin).toBe(new URL(canonical!).origin);
		expect(await meta('og:image:alt')).toBe(words.shareImageAlt);
		// The share image is a PNG of the size the tags promise (social sites refuse SVG).
		const png = await (await request.get(new URL(image!).pathname)).body();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
	});
}

test('the embed page sends search engines to the estimator page and starts on its first goal without scripts', async ({ page }) => {
	await page.goto('/embed/estimator/');
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(canonical && new URL(canonical).pathname).toBe('/estimator/');
	await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
	expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/sessions/);
	// The server's HTML already shows the first goal's figures, so nothing grows when the island starts.
	const html = await (await page.request.get('/embed/estimator/')).text();
	expect(html).toMatch(/<input[^>]*type="radio"[^>]*checked/);
	expect(html).toContain('estimator__summary');
});

/** The parts of the JSON-LD graph the test reads. */
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

for (const path of sitemapPaths().filter(isArticle)) {
	test(`${path}: JSON-LD MedicalWebPage and BreadcrumbList match what the page shows`, async ({ page, cspMessages }) => {
		await page.goto(path);
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
		// Each citation is the source the list shows at the same place, by its title.
		const shown = await sources.allTextContents();
		webPage.citation.forEach((citation, index) => {
			expect(citation.name.length, `citation ${index + 1}`).toBeGreaterThan(3);
			expect(shown[index], `citation ${index + 1}`).toContain(citation.name);
		});

		const crumbs = await page.getByRole('navigation', { name: words.breadcrumbs.label }).getByRole('link').allTextContents();
		expect(trail.itemListElement.map((item) => item.name)).toEqual(crumbs.map((c) => c.trim()));
		expect(trail.itemListElement.at(-1)?.item).toBe(webPage.url);
		// A JSON-LD block is data, not script: the page's CSP must not report it.
		expect(cspMessages).toEqual([]);
	});
}

test('robots.txt allows crawling and points at the sitemap, which lists no embed page', async ({ page, request }) => {
	const robots = await request.get('/robots.txt');
	expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
	await page.goto('/');
	const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
	expect(await robots.text()).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	expect(sitemapPaths()).toContain('/');
	expect(sitemapPaths().filter((path) => path.startsWith('/embed/'))).toEqual([]);
});

test.describe('framing from another site', () => {
	let clinic: Server;
	let clinicOrigin: string;

	test.beforeAll(async ({ baseURL }) => {
		// A stand-in for a clinic's page on another origin (another port), framing the pages named in ?src=.
		clinic = createServer((request, response) => {
			const sources = new URL(request.url!, 'http://clinic').searchParams.getAll('src');
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			response.end(
				`<!doctype html><title>Clinic</title>${sources.map((src, i) => `<iframe id="f${i}" title="frame ${i}" src="${baseURL}${src}"></iframe>`).join('')}`,
			);
		});
		await new Promise<void>((resolve) => clinic.listen(0, '127.0.0.1', resolve));
		clinicOrigin = `http://127.0.0.1:${(clinic.address() as AddressInfo).port}`;
	});

	test.afterAll(() => new Promise<void>((resolve) => clinic.close(() => resolve())));

	/** Opens the clinic page framing `path`; returns where the frame ended up and its visible text. */
	async function framed(page: Page, path: string) {
		await page.goto(`${clinicOrigin}/?src=${encodeURIComponent(path)}`);
		await page.waitForLoadState('load');
		const frame = await (await page.locator('#f0').elementHandle())!.contentFrame();
		// A refused frame shows the browser's own error page instead (a chrome-error: address).
		return { url: frame!.url(), text: await frame!.locator('body').innerText() };
	}

	test('an article cannot be framed by another site (frame-ancestors none)', async ({ page, cspMessages }) => {
		const { url } = await framed(page, '/articles/cellulite/');
		expect(url).toMatch(/^chrome-error:/);
		expect(cspMessages.join('\n')).toMatch(/frame-ancestors 'none'/);
	});

	test('an embed page can be framed by another site', async ({ page, cspMessages }) => {
		const [embed] = embedPaths();
		expect(embed).toBeDefined();
		const { url, text } = await framed(page, embed!);
		expect(new URL(url).pathname).toBe(embed);
		expect(text.trim().length).toBeGreaterThan(20);
		expect(cspMessages).toEqual([]);
	});

	test('a missing embed page is a 404 that another site may frame, with a way on', async ({ page, request, cspMessages }) => {
		const response = await request.get('/embed/no-such-widget/');
		expect(response.status()).toBe(404);
		expect(response.headers()['content-security-policy']).toMatch(/^frame-ancestors 'self' https: /);
		const { url, text } = await framed(page, '/embed/no-such-widget/');
		expect(new URL(url).pathname).toBe('/embed/no-such-widget/');
		expect(text).toContain('This part of the estimator was not found');
		await expect(page.frameLocator('#f0').getByRole('link', { name: 'Open the session estimator on our site' })).toHaveAttribute(
			'href',
			'/estimator/',
		);
		expect(cspMessages).toEqual([]);
	});
});
