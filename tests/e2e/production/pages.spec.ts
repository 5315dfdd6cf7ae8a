// Pages of the production build served by nginx with the real headers, beyond what every-page.spec.ts checks on
// each page: the 404 page, search under the production headers, robots.txt and the sitemap, and framing only
// where clinics are meant to frame.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { useTranslations } from '../../../src/i18n/index.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { localePath } from '../../../src/i18n/paths.ts';
import { expect, MAX_LAYOUT_SHIFT, test } from './fixtures.ts';
import { embedPaths, SEARCH_RESULT_LINKS, searchBox, sitemapPaths } from './site.ts';

for (const locale of LOCALES) {
	test(`the ${locale} 404 page answers unknown addresses with status 404, the real page in that language and no CSP violation`, async ({
		page,
		cspMessages,
		pageProblems,
	}) => {
		const response = await page.goto(localePath(locale, '/no-such-page/'));
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(useTranslations(locale).site.notFound.heading);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		expect(cspMessages).toEqual([]);
		// The only error is the browser's note that the document itself answered 404.
		expect(pageProblems.consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
	});
}

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
	expect(shift.score, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
	// Clearing the words brings the article list back, straight under the box.
	await searchBox(page).fill('');
	const list = page.getByRole('heading', { name: 'All articles' });
	await expect(list).toBeVisible();
	expect((await list.boundingBox())!.y).toBeLessThan(740);
});

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

	for (const locale of LOCALES) {
		test(`a missing ${locale} embed page is a 404 in that language that another site may frame, with a way on`, async ({
			page,
			request,
			cspMessages,
		}) => {
			const missing = localePath(locale, '/embed/no-such-widget/');
			const words = useTranslations(locale).islands.embedPage.notFound;
			const response = await request.get(missing);
			expect(response.status()).toBe(404);
			expect(response.headers()['content-security-policy']).toMatch(/^frame-ancestors 'self' https: /);
			const { url, text } = await framed(page, missing);
			expect(new URL(url).pathname).toBe(missing);
			expect(text).toContain(words.heading);
			await expect(page.frameLocator('#f0').getByRole('link', { name: words.link })).toHaveAttribute(
				'href',
				localePath(locale, '/estimator/'),
			);
			expect(cspMessages).toEqual([]);
		});
	}
});
