// Accessibility of every page: axe (WCAG 2.2 A/AA) in light and dark, islands in the states readers
// see, reflow at 320 px and 200% zoom, reduced motion, text alternatives, visible focus, keyboard use.
import type { Page } from '@playwright/test';
import { expect, hydrateIslands, tabTo, test } from './fixtures.ts';
import { allPages, SEARCH_RESULT_LINKS, searchBox } from './site.ts';

const SCHEMES = ['light', 'dark'] as const;
/**
 * Every rule in the light scheme; in the dark one only the rules a colour change can break (the rest see the
 * same markup), because a full axe run on a long page costs seconds on a busy machine.
 */
const SCHEME_RULES: Record<(typeof SCHEMES)[number], string[] | undefined> = {
	light: undefined,
	dark: ['color-contrast', 'link-in-text-block'],
};

/** Images without alt text and SVGs that are neither named images nor hidden from screen readers. */
const missingTextAlternatives = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const hidden = (el: Element) => Boolean(el.closest('[aria-hidden="true"]'));
		const nameOf = (el: Element) =>
			(
				el.getAttribute('aria-label') ??
				(el.getAttribute('aria-labelledby') ?? '')
					.split(/\s+/)
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			).trim() ||
			el.querySelector(':scope > title')?.textContent?.trim() ||
			'';
		const images = [...document.querySelectorAll('img')].filter((img) => !hidden(img));
		const svgs = [...document.querySelectorAll('svg')].filter((svg) => !hidden(svg) && !svg.parentElement?.closest('svg'));
		return [
			...images
				.filter((img) => img.getAttribute('alt') === null || (img.alt.trim() === '' && img.getAttribute('role') !== 'presentation'))
				.map((img) => `img ${img.getAttribute('src')}: no alt text`),
			...svgs
				.filter((svg) => svg.getAttribute('role') !== 'img' || nameOf(svg) === '')
				.map((svg) => `svg ${svg.outerHTML.slice(0, 80)}: neither role="img" with a name nor aria-hidden`),
		];
	});

/** Island states worth scanning: each opens its page and puts the island in that state. */
const ISLAND_STATES: { name: string; open: (page: Page) => Promise<void> }[] = [
	{
		name: 'estimator with a result shown',
		open: async (page) => {
			await page.goto('/estimator/');
			await hydrateIslands(page);
			const island = page.locator('astro-island').first();
			await island.getByRole('radio').first().check();
			await expect(island.getByRole('status')).not.toBeEmpty();
		},
	},
	{
		name: 'side-effect FAQ with every question open',
		open: async (page) => {
			await page.goto('/side-effects/');
			await hydrateIslands(page);
			// Open every question at once (clicking dozens one by one only tests the clicking).
			await page.locator('main details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
			await expect(page.locator('main details:not([open])')).toHaveCount(0);
		},
	},
	{
		name: 'search with results shown',
		open: async (page) => {
			await page.goto('/search/?q=bruising');
			const box = searchBox(page);
			await expect(box).toBeVisible();
			await expect(box).toHaveValue('bruising');
			await expect(page.locator(SEARCH_RESULT_LINKS).first()).toBeVisible({ timeout: 10_000 });
		},
	},
];

for (const state of ISLAND_STATES) {
	test(`${state.name}: no WCAG 2.2 A/AA violations in light and dark`, async ({ page, axeViolations }) => {
		await state.open(page);
		for (const colorScheme of SCHEMES) {
			await page.emulateMedia({ colorScheme });
			expect(await axeViolations(SCHEME_RULES[colorScheme]), `${colorScheme} scheme`).toEqual([]);
		}
	});
}

/** Elements that stick out past the right edge of the viewport, widest first. */
async function overflowingElements(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
			.filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
			.filter((el) => !el.closest('.visually-hidden, .skip-link'))
			.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
			.slice(0, 3)
			.map(
				(el) =>
					`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`,
			);
		return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
	});
}

/** Transitions, animations and smooth scrolling still on the page (at most five). */
const movingElements = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
		return [document.documentElement, ...document.querySelectorAll('*')]
			.flatMap((el) => {
				const style = getComputedStyle(el);
				const problems = [];
				if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) problems.push(`animation ${style.animationName}`);
				if (seconds(style.transitionDuration) > 0.01) problems.push(`transition ${style.transitionProperty}`);
				if (style.scrollBehavior === 'smooth') problems.push('smooth scrolling');
				return problems.map((problem) => `${el.tagName.toLowerCase()}: ${problem}`);
			})
			.slice(0, 5);
	});

for (const path of allPages()) {
	// One page load for every check (the suite runs on two cores): axe in each scheme, switched live, the text
	// alternatives, then reflow: the layout reflows without a reload, and zoom only changes the CSS viewport.
	test(`${path}: no WCAG 2.2 A/AA violations in light and dark, a text alternative for every image, no horizontal scrolling at 320 px or 200% zoom, nothing moving when motion is reduced`, async ({
		page,
		axeViolations,
	}) => {
		// axe on the longest pages takes tens of seconds when other jobs share the two cores.
		test.slow();
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		await hydrateIslands(page);
		for (const colorScheme of SCHEMES) {
			await page.emulateMedia({ colorScheme });
			expect(await axeViolations(SCHEME_RULES[colorScheme]), `${colorScheme} scheme`).toEqual([]);
		}
		expect(await missingTextAlternatives(page)).toEqual([]);
		// WCAG 1.4.10: 320 CSS px wide.
		await page.setViewportSize({ width: 320, height: 640 });
		let { scrollWidth, width, culprits } = await overflowingElements(page);
		expect(scrollWidth, `at 320 px, wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(width);
		// A 1280 × 800 window at 200% zoom lays out like a 640 × 400 one.
		await page.setViewportSize({ width: 640, height: 400 });
		({ scrollWidth, width, culprits } = await overflowingElements(page));
		expect(scrollWidth, `at 200% zoom, wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(width);
		expect(await movingElements(page), 'with prefers-reduced-motion: reduce').toEqual([]);
	});
}

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

for (const path of ['/', '/articles/cellulite/', '/estimator/', '/side-effects/', '/search/', '/for-clinics/']) {
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
