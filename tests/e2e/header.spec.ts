// The page header on a phone: two short rows, navigation behind a "Menu" disclosure that works without
// scripts, search one tap away, and a way back to both from deep in a long article (issue 13, item 4).
import type { Page } from '@playwright/test';
import { NAVIGATION } from '../../src/lib/site.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const HEADER_WORDING = useTranslations('en').site.header;

/** One page of each kind: home, lists, an article, the tools, reference pages, and the 404 page. */
const PAGE_TYPES = [
	'/',
	'/articles/',
	'/articles/cellulite/',
	'/side-effects/',
	'/estimator/',
	'/search/',
	'/for-clinics/',
	'/glossary/',
	'/sources/',
	'/about/',
	'/no-such-page/',
];
/** The review measured 200 px at 390×844 (24% of the screen) and 199 px at 320×568 (35%). */
const MAX_HEADER_HEIGHT = 120;
const PHONE = { width: 390, height: 844 };
const PHONES = [PHONE, { width: 320, height: 568 }];

const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((header) => header.getBoundingClientRect().height);
/** The disclosure's <summary>, which browsers expose as an expandable control. */
const menuButton = (page: Page) => page.locator('header summary', { hasText: HEADER_WORDING.menu });
const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.use({ isMobile: true, hasTouch: true, viewport: PHONE });

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test(`the header is at most ${MAX_HEADER_HEIGHT} px tall on every kind of page at 390 and 320 px wide`, async ({ page }) => {
			for (const path of PAGE_TYPES) {
				await page.setViewportSize(PHONE);
				await page.goto(path);
				// The header reflows when the screen narrows; one load serves both widths.
				for (const viewport of PHONES) {
					await page.setViewportSize(viewport);
					expect(await headerHeight(page), `${path} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(MAX_HEADER_HEIGHT);
				}
			}
		});

		test('the menu opens and closes by keyboard, and search is on the first screen', async ({ page }) => {
			await page.goto('/articles/cellulite/');
			const firstLink = mainNavigation(page).getByRole('link', { name: NAVIGATION[0]!.label });
			await expect(firstLink).toBeHidden();
			// Skip link, site name, then the menu.
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(menuButton(page)).toBeFocused();
			await page.keyboard.press('Enter');
			for (const { label, href } of NAVIGATION) {
				await expect(mainNavigation(page).getByRole('link', { name: label })).toHaveAttribute('href', href);
			}
			await expect(firstLink).toBeVisible();
			await page.keyboard.press('Tab');
			await expect(firstLink).toBeFocused();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Space');
			await expect(firstLink).toBeHidden();

			// Search: the dialog's button with scripts, the plain form without; either way on the first screen.
			const search = javaScriptEnabled
				? page.getByRole('button', { name: 'Search', exact: true })
				: page.getByRole('searchbox', { name: 'Search this site' });
			await expect(search).toBeInViewport({ ratio: 1 });
		});
	});
}

test('the open menu is a list of the main pages, with the current section marked', async ({ page }) => {
	await page.goto('/articles/cellulite/');
	await menuButton(page).click();
	await expect(mainNavigation(page).getByRole('link')).toHaveText(NAVIGATION.map(({ label }) => label));
	await expect(mainNavigation(page).getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'true');
	await mainNavigation(page).getByRole('link', { name: 'Side effects' }).click();
	await expect(page).toHaveURL(/\/side-effects\/$/);
});

test.describe('on a wide screen', () => {
	test.use({ isMobile: false, hasTouch: false, viewport: { width: 1280, height: 800 } });

	test('the navigation shows in the header row without a Menu button, and Tab reaches it', async ({ page }) => {
		await page.goto('/articles/cellulite/');
		await expect(menuButton(page)).toBeHidden();
		for (const { label } of NAVIGATION) await expect(mainNavigation(page).getByRole('link', { name: label })).toBeVisible();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(mainNavigation(page).getByRole('link', { name: NAVIGATION[0]!.label })).toBeFocused();
		expect(await headerHeight(page)).toBeLessThanOrEqual(80);
	});
});

test('every section of a long article ends with a link back to the menu and search', async ({ page }) => {
	await page.goto('/articles/cellulite/');
	const sections = await page
		.locator('article h2[id]')
		.evaluateAll((headings) => headings.filter((heading) => heading.parentElement?.classList.contains('article__body')).length);
	expect(sections).toBeGreaterThan(3);
	const backLinks = page.getByRole('link', { name: HEADER_WORDING.backToTop });
	// One before each section heading but the first, and one after the last section.
	await expect(backLinks).toHaveCount(sections);
	const deepest = backLinks.last();
	await deepest.scrollIntoViewIfNeeded();
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(5000);
	// In the flow of the text, so it covers nothing.
	expect(await deepest.evaluate((link) => getComputedStyle(link.parentElement!).position)).toBe('static');
	await deepest.click();
	await expect(menuButton(page)).toBeInViewport();
	await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeInViewport();
	// Tab goes on from the header: the menu is the next stop after the site name.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(menuButton(page)).toBeFocused();
});
