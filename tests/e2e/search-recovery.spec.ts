// When search finds nothing or cannot work (issue 13, items 6 and 7): "Did you mean …?" for misspelled
// words, and a message with the article list, never "Searching…" for ever or empty results, when
// Pagefind's index is broken or half-deployed.
import type { Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n/index.ts';
import { vocabularyPath } from '../../src/lib/search.ts';
import { expect, test } from './fixtures.ts';

const SEARCH_WORDING = useTranslations('en').search;

/**
 * Misspellings the FAQ filter forgives (ux-review-2026-12.md, journey 1) that Pagefind finds nothing
 * for, and the word each means. The fourth, "infecton", Pagefind's own stemmer already takes for
 * "infection" (tested below).
 */
const MISSPELLINGS = [
	['brusing', 'bruising'],
	['swolen', 'swollen'],
	['lumb', 'lump'],
] as const;

const summary = (page: Page) => page.locator('pagefind-summary').first();
const suggestion = (page: Page) => page.getByText(SEARCH_WORDING.didYouMean);

test.describe('did you mean', () => {
	test.describe.configure({ mode: 'parallel' });
	for (const [typed, meant] of MISSPELLINGS) {
		test(`/search/: "${typed}" offers "${meant}", which finds pages`, async ({ page }) => {
			await page.goto(`/search/?q=${typed}`);
			await expect(summary(page)).toHaveText(`No pages found for “${typed}”`);
			const link = suggestion(page).getByRole('link');
			await expect(link).toHaveText(meant);
			await expect(link).toHaveAttribute('href', `/search/?q=${meant}`);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`/search/\\?q=${meant}$`));
			await expect(summary(page)).toHaveText(new RegExp(`^\\d+ pages? found for “${meant}”$`));
			await expect(page.locator('.search-result__title a').first()).toBeVisible();
			await expect(suggestion(page)).toBeHidden();
			await expect(page.getByRole('searchbox', { name: 'Search for a word or a worry' })).toBeFocused();
		});
	}

	test('the header dialog offers the corrected words for each misspelling, and following it gives results', async ({ page }) => {
		await page.goto('/articles/cellulite/');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		const input = dialog.getByRole('searchbox');
		for (const [typed, meant] of MISSPELLINGS) {
			await input.fill(typed);
			const link = dialog.getByText(SEARCH_WORDING.didYouMean).getByRole('link');
			await expect(link).toHaveText(meant);
			await link.click();
			await expect(input).toHaveValue(meant);
			await expect(input).toBeFocused();
			await expect(dialog.locator('.search-result__title a').first()).toBeVisible();
			await expect(dialog.getByText(SEARCH_WORDING.didYouMean)).toBeHidden();
		}
	});

	test('"infecton" needs no suggestion: Pagefind finds the pages "infection" finds', async ({ page }) => {
		const topResults = async (query: string) => {
			await page.goto(`/search/?q=${query}`);
			await expect(page.locator('.search-result__title a').first()).toBeVisible();
			await expect(page.locator('.search-result__excerpt mark').first()).toHaveText(/^infection/i);
			return { summary: await summary(page).innerText(), first: await page.locator('.search-result__title a').first().innerText() };
		};
		const meant = await topResults('infection');
		const typed = await topResults('infecton');
		expect(typed.summary.replace('infecton', 'infection')).toBe(meant.summary);
		expect(typed.first).toBe(meant.first);
		await expect(suggestion(page)).toBeHidden();
	});

	test('the vocabulary is fetched only when a search finds nothing, and words spelled right get no suggestion', async ({ page }) => {
		const vocabularyRequests: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === vocabularyPath('en')) vocabularyRequests.push(request.url());
		});
		await page.goto('/search/?q=bruising');
		await expect(page.locator('.search-result__title a').first()).toBeVisible();
		expect(vocabularyRequests).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search for a word or a worry' }).fill('zzqx vvbn');
		await expect(page.locator('[data-search-no-results]')).toBeVisible();
		await expect.poll(() => vocabularyRequests.length).toBe(1);
		await expect(suggestion(page)).toBeHidden();
	});
});

/** Ways a deploy can leave the index broken: Pagefind's files missing, or an entry file naming chunks that are gone. */
const BROKEN_INDEX: [name: string, files: string, answer: (route: import('@playwright/test').Route) => Promise<void>][] = [
	['the entry file is missing', '**/pagefind/pagefind-entry.json*', (route) => route.fulfill({ status: 404, body: '' })],
	['the entry file is not JSON', '**/pagefind/pagefind-entry.json*', (route) => route.fulfill({ status: 200, body: '<html>' })],
	[
		'the entry file names metadata from another deploy',
		'**/pagefind/pagefind-entry.json*',
		async (route) => {
			const entry = await (await route.fetch()).json();
			for (const language of Object.values(entry.languages) as { hash: string }[]) language.hash = `${language.hash}0ld`;
			await route.fulfill({ json: entry });
		},
	],
	['the WebAssembly is missing', '**/pagefind/*.pagefind', (route) => route.fulfill({ status: 404, body: '' })],
	['pagefind.js is missing', '**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' })],
	['the index chunks are missing', '**/pagefind/index/**', (route) => route.fulfill({ status: 404, body: '' })],
	['the result texts (fragments) are missing', '**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: '' })],
];

test.describe('a broken index', () => {
	test.describe.configure({ mode: 'parallel' });
	for (const [name, files, answer] of BROKEN_INDEX) {
		test(`${name}: /search/ says so and lists every article, with no empty result`, async ({ page }) => {
			await page.route(files, answer);
			await page.goto('/search/?q=cellulite');
			const message = page
				.locator('[data-search-status]')
				.filter({ hasText: SEARCH_WORDING.loadFailed })
				.or(page.getByRole('alert').filter({ hasText: SEARCH_WORDING.broken }));
			await expect(message).toBeVisible();
			await expect(page.getByRole('heading', { name: 'All articles' })).toBeVisible();
			await expect(page.getByText('Searching', { exact: false })).toBeHidden();
			await expect(page.locator('.search-result--loading:visible')).toHaveCount(0);
		});
	}

	test('the header dialog shows the message and a link to every article instead of empty results', async ({ page }) => {
		await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: '' }));
		await page.goto('/articles/cellulite/');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('searchbox').fill('cellulite');
		await expect(dialog.getByRole('alert')).toHaveText(new RegExp(SEARCH_WORDING.broken));
		await expect(dialog.getByRole('link', { name: SEARCH_WORDING.browseArticles })).toHaveAttribute('href', '/articles/');
		await expect(dialog.locator('.search-result--loading:visible')).toHaveCount(0);
	});

	test('a working search after a fault shows its results again', async ({ page }) => {
		let broken = true;
		await page.route('**/pagefind/index/**', (route) => (broken ? route.fulfill({ status: 404, body: '' }) : route.fallback()));
		await page.goto('/search/?q=cellulite');
		await expect(page.getByRole('alert').filter({ hasText: SEARCH_WORDING.broken })).toBeVisible();
		broken = false;
		await page.getByRole('searchbox', { name: 'Search for a word or a worry' }).fill('eye bags');
		await expect(page.locator('.search-result__title a').first()).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: SEARCH_WORDING.broken })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'All articles' })).toBeHidden();
	});
});
