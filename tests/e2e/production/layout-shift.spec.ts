// Nothing jumps (issue 13.1): on a throttled phone, no page moves under the reader. Every page of the
// build (the sitemap and the embed pages, not a hand-written list) is read from top to bottom, and the
// side-effect questions and an article's estimator are reached by deep link, arriving with an island on
// screen. Layout shift is summed as Chromium reports it, leaving out shifts the reader caused (a tap or
// a key press in the last 500 ms), and must stay at most 0.02 (0.1 counts as "good").
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { allPages } from './site.ts';

const MAX_LAYOUT_SHIFT = 0.02;

/** A cheap phone: 390×844, a CPU four times slower, and a slow mobile connection. */
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

async function throttle(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Network.enable');
	// 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip: Chrome DevTools' "Fast 3G", in bytes per second.
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: (1.6 * 1024 * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8,
	});
}

/** Sums every layout shift the page reports from its first paint on, with the elements that moved. */
async function recordLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const record = { total: 0, moved: [] as string[] };
		Object.assign(window, { __layoutShift: record });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				record.total += entry.value;
				for (const { node } of entry.sources) {
					const element = node instanceof Element ? node : node?.parentElement;
					if (element) record.moved.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}`);
				}
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * Waits until every island on screen that hydrates by itself has hydrated. Islands with
 * client:intent wait for the reader's first touch, so they are part of the page as it stays.
 */
async function islandsOnScreenHydrated(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('astro-island[ssr]:not([client="intent"])')].every((island) => {
			const box = (island.firstElementChild ?? island).getBoundingClientRect();
			return box.bottom <= 0 || box.top >= innerHeight;
		}),
	);
}

/** The layout shift so far, once two more frames have been drawn (shifts are reported after the frame). */
async function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
	return page.evaluate(async () => {
		for (let i = 0; i < 2; i++) await new Promise((frame) => requestAnimationFrame(frame));
		return (window as unknown as { __layoutShift: { total: number; moved: string[] } }).__layoutShift;
	});
}

async function expectStill(page: Page): Promise<void> {
	const { total, moved } = await layoutShift(page);
	test.info().annotations.push({ type: 'layout shift', description: total.toFixed(4) });
	expect(total, `layout shift; moved: ${[...new Set(moved)].join(', ') || 'nothing'}`).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
}

test.beforeEach(async ({ page }) => {
	await recordLayoutShift(page);
	await throttle(page);
});

for (const path of allPages()) {
	test(`${path}: nothing moves while a reader on a slow phone reads it from top to bottom`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('load');
		await islandsOnScreenHydrated(page);
		// One screen at a time, letting each island that comes into view hydrate while the reader looks at it.
		while (await page.evaluate(() => scrollY + innerHeight < document.documentElement.scrollHeight - 1)) {
			await page.evaluate(() => scrollBy(0, innerHeight));
			await islandsOnScreenHydrated(page);
		}
		await expectStill(page);
	});
}

/** Arrivals with an island on the first screen: a link to one question, a shared estimator plan. */
const DEEP_LINKS = [
	'/side-effects/#lump-weeks-later',
	'/side-effects/#group-infection',
	'/articles/cellulite/?goal=cellulite&grade=3#estimator',
];

for (const link of DEEP_LINKS) {
	test(`${link}: nothing moves for a reader who arrives by a deep link on a slow phone`, async ({ page }) => {
		await page.goto(link);
		await page.waitForLoadState('load');
		const target = page.locator(new URL(link, 'http://site').hash);
		await expect(target).toBeInViewport();
		await islandsOnScreenHydrated(page);
		// An address with the estimator's state hydrates it at once; wait for that before measuring.
		if (link.includes('?')) await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
		await expectStill(page);
		await expect(target, 'the linked part is still on screen').toBeInViewport();
	});
}
