import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits for the search page's results for `query` (the summary, in any language, starts with the count and
 * quotes the words, “…” or «…») and returns the paths of the first three.
 */
export async function topThree(page: Page, query: string): Promise<string[]> {
	const summary = page.locator('pagefind-summary');
	await expect(summary).toHaveText(new RegExp(`^\\d+ .*[“«]${escapeRegExp(query)}[”»]`, 'i'));
	const found = Number(/^(\d+)/.exec(await summary.innerText())?.[1] ?? 0);
	// Pagefind fills each result in as it scrolls into view (a tall viewport shows the first three): read
	// them in one go, once each of the first three has its link.
	let top: (string | null)[] = [];
	await expect
		.poll(async () => {
			top = await page
				.locator('pagefind-results li.pf-result')
				.evaluateAll((results) =>
					results.slice(0, 3).map((result) => result.querySelector<HTMLAnchorElement>('.search-result__title a')?.pathname ?? null),
				);
			return top.length === Math.min(found, 3) && !top.includes(null);
		})
		.toBe(true);
	return top as string[];
}

/**
 * Types each query into the search page's box in turn, as a reader retries (a page load per query would cost
 * more than the searches), and returns each query's first three paths.
 */
export async function searchEach(page: Page, searchPage: string, queries: string[]): Promise<Map<string, string[]>> {
	const found = new Map<string, string[]>();
	await page.goto(`${searchPage}?q=${encodeURIComponent(queries[0]!)}`);
	for (const [index, query] of queries.entries()) {
		if (index > 0) await page.locator('pagefind-input input').fill(query);
		found.set(query, await topThree(page, query));
	}
	return found;
}
