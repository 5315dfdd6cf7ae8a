// Keyboard use: visible focus on every control of each kind of page, and journeys through the islands by keyboard
// only. Axe, reflow, text alternatives and reduced motion run on every page in every-page.spec.ts; axe on the
// islands' other states (a result shown, questions open, results listed) in the islands' own specs.
import type { Page } from '@playwright/test';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { localePath } from '../../../src/i18n/paths.ts';
import { expect, hydrateIslands, tabTo, test } from './fixtures.ts';
import { SEARCH_RESULT_LINKS, searchBox } from './site.ts';

/**
 * What the focused element is, and whether it shows a focus indicator: an outline at least 2 px wide, or a
 * box shadow that the same element does not have without focus (a decorative shadow is no focus ring).
 */
const focusState = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return { what: 'the page itself', atBody: true, visible: false, last: false };
		const tabbable = [
			...document.querySelectorAll<HTMLElement>(
				'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])',
			),
		].filter((candidate) => candidate.tabIndex >= 0 && candidate.checkVisibility());
		const last = el === tabbable.at(-1);
		// Focus inside a frame (the clinic widget preview) is drawn by the framed page, tested on its own.
		if (el.tagName === 'IFRAME') return { what: 'a frame', atBody: false, visible: true, last };
		// Known gap, to check by eye: Chromium focuses a date field's inner parts and highlights the part
		// itself, so the field's own computed style shows no focus ring.
		if (el instanceof HTMLInputElement && el.type === 'date') return { what: 'a date field', atBody: false, visible: true, last };
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		const twin = el.cloneNode(false) as HTMLElement;
		twin.style.position = 'absolute';
		el.parentElement!.append(twin);
		const unfocusedShadow = getComputedStyle(twin).boxShadow;
		twin.remove();
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== unfocusedShadow;
		return { what: el.outerHTML.slice(0, 80), atBody: false, visible: outline || shadow, last };
	});

// One page of each kind, in every language.
const KINDS_OF_PAGE = ['/', '/articles/cellulite/', '/estimator/', '/side-effects/', '/search/', '/for-clinics/'];
for (const path of LOCALES.flatMap((locale) => KINDS_OF_PAGE.map((kind) => localePath(locale, kind)))) {
	test(`${path}: every control reached by Tab shows where the focus is`, async ({ page }) => {
		await page.goto(path);
		await hydrateIslands(page);
		await page.evaluate(() => window.scrollTo(0, 0));
		// Tab through the whole page, to its last control; focus never rests on the page itself on the way.
		for (let presses = 0; ; presses++) {
			expect(presses, 'Tab never reached the last control of the page').toBeLessThan(1000);
			await page.keyboard.press('Tab');
			const focus = await focusState(page);
			expect(focus.atBody, `Tab press ${presses + 1} left focus on no control`).toBe(false);
			expect(focus.visible, `no visible focus on ${focus.what}`).toBe(true);
			if (focus.last) break;
		}
	});
}

test.describe('keyboard-only journeys through the islands', () => {
	test('estimator: choose a goal with the keyboard and hear the result', async ({ page }) => {
		await page.goto('/estimator/');
		await hydrateIslands(page);
		const island = page.locator('astro-island').first();
		const firstGoal = island.getByRole('radio').first();
		await tabTo(page, firstGoal);
		// Space checks the focused radio button.
		await page.keyboard.press('Space');
		await expect(island.getByRole('radio', { checked: true }).first()).toBeFocused();
		await expect(island.getByRole('status')).not.toBeEmpty();
	});

	test('side-effect FAQ: open and close a question with the keyboard', async ({ page }) => {
		await page.goto('/side-effects/');
		await hydrateIslands(page);
		const details = page.locator('main details').first();
		await tabTo(page, details.locator('summary'));
		const wasOpen = await details.evaluate((el) => (el as HTMLDetailsElement).open);
		await page.keyboard.press('Enter');
		await expect(details).toHaveJSProperty('open', !wasOpen);
		await page.keyboard.press('Enter');
		await expect(details).toHaveJSProperty('open', wasOpen);
	});

	test('search: type a query and open a result with the keyboard, with no CSP violation or console error', async ({
		page,
		cspMessages,
		pageProblems,
	}) => {
		await page.goto('/search/');
		const box = searchBox(page);
		await tabTo(page, box);
		await page.keyboard.type('cellulite');
		const result = page.locator(`${SEARCH_RESULT_LINKS}[href^="/articles/cellulite/"]`).first();
		await expect(result).toBeVisible({ timeout: 10_000 });
		expect(cspMessages).toEqual([]);
		expect(pageProblems.consoleErrors).toEqual([]);
		await tabTo(page, result);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/articles\/cellulite\//);
	});
});
