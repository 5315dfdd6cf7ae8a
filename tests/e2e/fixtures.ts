import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, the level the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Fixtures {
	/**
	 * Runs axe (WCAG 2.2 A/AA) on the page as it is now and returns the violations as short readable strings;
	 * `rules` limits it to those rules.
	 */
	axeViolations: (rules?: string[]) => Promise<string[]>;
	/** Console errors and requests to other origins seen on the page so far. */
	pageProblems: { consoleErrors: string[]; foreignRequests: string[] };
}

export const test = base.extend<Fixtures>({
	axeViolations: async ({ page }, use) => {
		await use(async (rules) => {
			const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
			const results = await (rules ? axe.withRules(rules) : axe).analyze();
			return results.violations.map(
				(v) =>
					`${v.id}: ${v.help} (${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(', ')})`,
			);
		});
	},
	pageProblems: async ({ page, baseURL }, use) => {
		const problems = { consoleErrors: [] as string[], foreignRequests: [] as string[] };
		const origin = new URL(baseURL!).origin;
		page.on('console', (message) => {
			if (message.type() === 'error') problems.consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreignRequests.push(request.url());
		});
		await use(problems);
	},
});

export { expect };

/**
 * Waits until the page has loaded and every island on the first screen has hydrated: the state a reader
 * who does not scroll ends up in. Islands with client:intent wait for the reader's first touch, so they
 * stay server-rendered here. Waits for the state itself, not for the network to go quiet.
 */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	await page.waitForFunction(() =>
		[...document.querySelectorAll('astro-island[ssr]:not([client="intent"])')].every((island) => {
			const box = (island.firstElementChild ?? island).getBoundingClientRect();
			return box.bottom <= 0 || box.top >= innerHeight;
		}),
	);
}

/**
 * Scrolls every island into view and waits until Astro has hydrated it (it drops the `ssr` attribute).
 * An island with client:intent is then touched the way a mouse reader does: the pointer moves onto it.
 */
export async function hydrateIslands(page: Page): Promise<number> {
	const islands = page.locator('astro-island:not(astro-island astro-island)');
	const count = await islands.count();
	for (let i = 0; i < count; i++) {
		const island = islands.nth(i);
		// An island is display: contents; client:visible watches its children, so scroll to those.
		await island.evaluate((element) => (element.firstElementChild ?? element).scrollIntoView());
		if ((await island.getAttribute('client')) === 'intent') await island.locator(':scope > *').first().hover();
		await expect(island, `island ${i + 1} of ${count} hydrates`).not.toHaveAttribute('ssr', { timeout: 10_000 });
	}
	return count;
}

/** Presses Tab until `target` (or something inside it) has focus, at most `max` times; fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}
