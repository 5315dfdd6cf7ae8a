import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** axe-core's browser build, put into each frame by the test (evaluated by the browser, so no CSP applies). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, the level the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The axe rules a change of colour scheme can break: run in the dark scheme, the rest see the same markup. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface SiteFixtures {
	/**
	 * Runs axe (WCAG 2.2 A/AA) on the page as it is now and returns the violations as short readable strings;
	 * `rules` limits it to those rules, `selector` to that part of the page (and of no frame).
	 */
	axeViolations: (rules?: string[], selector?: string) => Promise<string[]>;
	/**
	 * axe on the page as it is now in the light colour scheme, then its colour rules in the dark one (the markup is
	 * the same); the page is left light. Expect `{ light: [], dark: [] }`.
	 */
	axeViolationsInBothSchemes: () => Promise<{ light: string[]; dark: string[] }>;
	/** Console errors and requests to other origins seen on the page so far. */
	pageProblems: { consoleErrors: string[]; foreignRequests: string[] };
	/**
	 * Makes the tab a cheap phone: `start()` slows its CPU four times and, unless `{ network: false }`, its
	 * connection to Chrome DevTools' "Fast 3G" (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trips).
	 * `fullSpeed()` brings full speed back; the fixture also does after the test, because the tab is reused.
	 */
	slowPhone: { start: (options?: { network?: boolean }) => Promise<void>; fullSpeed: () => Promise<void> };
}

export const test = base.extend<SiteFixtures>({
	axeViolations: async ({ page }, use) => {
		// axe runs inside each frame on its own and reports violations only. (@axe-core/playwright's analyze()
		// finishes every run in a new page and gathers the passing nodes too: three to six times slower.)
		await use(async (rules, selector) => {
			const options: RunOptions = {
				runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS },
				resultTypes: ['violations'],
				iframes: false,
			};
			const violations: string[] = [];
			for (const frame of selector ? [page.mainFrame()] : page.frames()) {
				const where = frame === page.mainFrame() ? '' : ` in the frame ${frame.url()}`;
				if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
				const results = await frame.evaluate(
					({ runOptions, part }) => {
						const context = part ? document.querySelector(part) : document;
						if (!context) throw new Error(`axe: nothing on the page matches ${part}`);
						const { axe } = window as unknown as { axe: { run: (context: Node, options: RunOptions) => Promise<AxeResults> } };
						return axe.run(context, runOptions);
					},
					{ runOptions: options, part: selector },
				);
				for (const v of results.violations) {
					const targets = v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(', ');
					violations.push(`${v.id}: ${v.help} (${targets})${where}`);
				}
			}
			return violations;
		});
	},
	axeViolationsInBothSchemes: async ({ page, axeViolations }, use) => {
		await use(async () => {
			await page.emulateMedia({ colorScheme: 'light' });
			const light = await axeViolations();
			await page.emulateMedia({ colorScheme: 'dark' });
			const dark = await axeViolations(COLOUR_RULES);
			await page.emulateMedia({ colorScheme: 'light' });
			return { light, dark };
		});
	},
	slowPhone: async ({ page }, use) => {
		let devtools: CDPSession | undefined;
		let slowNetwork = false;
		const fullSpeed = async () => {
			if (!devtools) return;
			await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			if (slowNetwork) {
				await devtools.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: 0,
					downloadThroughput: -1,
					uploadThroughput: -1,
				});
			}
			slowNetwork = false;
		};
		await use({
			start: async ({ network = true } = {}) => {
				devtools ??= await page.context().newCDPSession(page);
				await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
				if (!network) return;
				await devtools.send('Network.enable');
				await devtools.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: 150,
					downloadThroughput: (1.6 * 1024 * 1024) / 8,
					uploadThroughput: (750 * 1024) / 8,
				});
				slowNetwork = true;
			},
			fullSpeed,
		});
		// The tab is reused by the next test (reuseContext), and Playwright's reset leaves DevTools emulation alone.
		await fullSpeed();
		await devtools?.detach();
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

/** In the page: whether every island on screen that hydrates by itself (not client:intent) has hydrated. */
function islandsOnScreenHydrated(): boolean {
	return [...document.querySelectorAll('astro-island[ssr]:not([client="intent"])')].every((island) => {
		const box = (island.firstElementChild ?? island).getBoundingClientRect();
		return box.bottom <= 0 || box.top >= innerHeight;
	});
}

/**
 * Waits until the page has loaded and every island on the first screen has hydrated: the state a reader
 * who does not scroll ends up in. Islands with client:intent wait for the reader's first touch, so they
 * stay server-rendered here. Waits for the state itself, not for the network to go quiet.
 */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	await page.waitForFunction(islandsOnScreenHydrated);
}

/** How long reading a page to its end may wait for islands to hydrate, well inside a test's 90 s. */
const READ_LIMIT_MS = 45_000;

/**
 * Reads a settled page to its end the way a reader does: one screen at a time, each time waiting until the
 * islands that came into view have hydrated. The loop runs inside the page: a round trip to the browser for
 * every screen of a long page costs seconds on a throttled phone. Fails naming the islands still server-rendered
 * if they have not hydrated within `limitMs`.
 */
export async function readToTheEnd(page: Page, limitMs = READ_LIMIT_MS): Promise<void> {
	const stuck: string[] = await page.evaluate(`(async () => {
		const hydrated = ${islandsOnScreenHydrated.toString()};
		const deadline = Date.now() + ${limitMs};
		while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
			scrollBy(0, innerHeight);
			do await new Promise((drawn) => requestAnimationFrame(drawn));
			while (!hydrated() && Date.now() < deadline);
			if (!hydrated()) {
				return [...document.querySelectorAll('astro-island[ssr]:not([client="intent"])')].map((island) => island.getAttribute('component-url'));
			}
		}
		return [];
	})()`);
	expect(stuck, `islands still server-rendered after ${limitMs / 1000} s of reading`).toEqual([]);
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
