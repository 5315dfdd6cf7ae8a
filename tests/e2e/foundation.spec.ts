import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { articlePath } from '../../src/i18n/paths.ts';
import { shownScore, type ReadingScore } from '../../src/lib/reading-level.ts';
import { expect, tabTo, test } from './fixtures.ts';
import { builtFile } from './production/site.ts';

/** Every article in the collection (content/articles/*.mdx), so a new article is tested without editing this file. */
const ARTICLE_SLUGS = readdirSync(join(import.meta.dirname, '../../content/articles'))
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.slice(0, -'.mdx'.length));

test('home → article by keyboard: skip link, then tab to a topic card and open it', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// From main, tab until the first article card has focus, then open it with Enter.
	const firstCard = page.locator('main a.card').first();
	await tabTo(page, firstCard, 20);
	await expect(firstCard).toBeFocused();
	const href = await firstCard.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const slug of ARTICLE_SLUGS) {
	test(`article ${slug}: review box, reading level, at least five sources`, async ({ page }) => {
		const response = await page.goto(`/articles/${slug}/`);
		expect(response?.status()).toBe(200);
		const review = page.getByRole('complementary', { name: 'About this page' });
		await expect(review).toContainText('Last reviewed');
		await expect(review).toContainText('Next review due');
		await expect(review).toContainText(/not yet reviewed by a clinician|Reviewed by/);
		await expect(page.locator('.reading-level')).toHaveText(/^Reading level: about grade [1-8]$/);
		// The schema asks for five sources; a source may have no address (the README allows a full reference instead).
		const sources = page.getByRole('region', { name: 'Sources' }).locator('ol > li');
		expect(await sources.count()).toBeGreaterThanOrEqual(5);
		// Every in-text citation points at an entry in this page's sources list.
		const citeTargets = await page.locator('.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(citeTargets.length).toBeGreaterThan(0);
		for (const target of new Set(citeTargets)) await expect(page.locator(target!)).toHaveCount(1);
	});
}

test('scripts/reading-grade.ts prints the score each built article shows, in every language', () => {
	const articles = LOCALES.flatMap((locale) =>
		ARTICLE_SLUGS.map((slug) => ({
			locale,
			slug,
			file: locale === DEFAULT_LOCALE ? `content/articles/${slug}.mdx` : `content/${locale}/articles/${slug}.mdx`,
		})),
	);
	const root = join(import.meta.dirname, '../..');
	const printed = execFileSync(process.execPath, ['scripts/reading-grade.ts', ...articles.map(({ file }) => file)], {
		cwd: root,
		encoding: 'utf8',
	});
	for (const { locale, slug, file } of articles) {
		const value = new RegExp(`^${file}: (?:grade|reading ease) (-?[\\d.]+) .* ok$`, 'm').exec(printed)?.[1];
		const [, scale, shown] = /class="reading-level" data-reading-scale="(grade|ease)">\D*(\d+)/.exec(builtFile(articlePath(locale, slug)))!;
		expect(value, `${file} in the script's output`).toBeDefined();
		expect(shownScore({ scale: scale as ReadingScore['scale'], value: Number(value), wordsPerSentence: 0 }), file).toBe(Number(shown));
	}
});

test('the skip link moves focus past the navigation to the main content', async ({ page }) => {
	await page.goto('/articles/cellulite/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.keyboard.press('Tab');
	const focusedInsideMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
	expect(focusedInsideMain).toBe(true);
});

test('the 404 page answers with status 404, offers a way on, and passes axe', async ({ page, axeViolations }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
	await expect(page.getByRole('link', { name: 'Search the site' })).toBeVisible();
	expect(await axeViolations()).toEqual([]);
});

test('the bibliography groups sources and lists the articles that cite each one', async ({ page }) => {
	await page.goto('/sources/');
	await expect(page.getByRole('heading', { level: 2, name: 'Regulators and government' })).toBeVisible();
	const park = page.locator('#park-2008-body-contouring');
	await expect(park).toContainText('Effectiveness of mesotherapy on body contouring');
	await expect(park.getByRole('link', { name: /fat/i }).first()).toHaveAttribute('href', /^\/articles\//);
});

// axe (WCAG 2.2 A/AA, light and dark), console errors and requests to other sites are checked on every
// page of the sitemap by tests/e2e/production/, against the production build served with its real headers.
