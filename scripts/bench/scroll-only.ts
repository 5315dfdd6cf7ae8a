// JavaScript a reader downloads who only scrolls (issue 15.6): the page is opened on a phone-sized
// screen and read from top to bottom, one screen at a time, touching nothing. Islands that hydrate
// when seen (client:visible) load their code on the way; islands that wait for intent (client:intent)
// do not. Counts the bytes of every script file as sent (gzip from nginx), not the inline scripts.
// Run on its own against a server that is already up: `node scripts/bench/scroll-only.ts <origin>`.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Pages with an island a reader may never touch: the side-effect questions' filter and an article's estimator. */
export const SCROLL_ONLY_PAGES = ['/side-effects/', '/articles/cellulite/'];

export interface ScrollOnlyJavascript {
	/** Script files fetched, and their bytes as sent. */
	files: number;
	bytes: number;
}

export async function scrollOnlyJavascript(origin: string, paths: readonly string[]): Promise<Record<string, ScrollOnlyJavascript>> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	const results: Record<string, ScrollOnlyJavascript> = {};
	try {
		for (const path of paths) {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
			const scripts: Promise<number>[] = [];
			page.on('requestfinished', (request) => {
				if (request.resourceType() === 'script') scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
			});
			await page.goto(`${origin}${path}`, { waitUntil: 'load' });
			const islandsOnScreenHydrated = () =>
				page.waitForFunction(() =>
					[...document.querySelectorAll('astro-island[ssr]:not([client="intent"])')].every((island) => {
						const box = (island.firstElementChild ?? island).getBoundingClientRect();
						return box.bottom <= 0 || box.top >= innerHeight;
					}),
				);
			await islandsOnScreenHydrated();
			while (await page.evaluate(() => scrollY + innerHeight < document.documentElement.scrollHeight - 1)) {
				await page.evaluate(() => scrollBy(0, innerHeight));
				await islandsOnScreenHydrated();
			}
			const sizes = await Promise.all(scripts);
			results[path] = { files: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const origin = process.argv[2];
	if (!origin) throw new Error('Usage: node scripts/bench/scroll-only.ts http://127.0.0.1:8099');
	console.log(JSON.stringify(await scrollOnlyJavascript(origin, SCROLL_ONLY_PAGES), null, '\t'));
}
