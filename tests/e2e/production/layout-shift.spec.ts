// Nothing jumps for a reader who arrives by a deep link (issue 13.1): on a throttled phone, the side-effect
// questions and an article's estimator are reached with an island on the first screen, and the page must not
// move under the reader (at most 0.02). Every page read from top to bottom is in every-page.spec.ts.
import { expect, MAX_LAYOUT_SHIFT, settle, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** Arrivals with an island on the first screen: a link to one question, a shared estimator plan. */
const DEEP_LINKS = [
	'/side-effects/#lump-weeks-later',
	'/side-effects/#group-infection',
	'/articles/cellulite/?goal=cellulite&grade=3#estimator',
];

for (const link of DEEP_LINKS) {
	test(`${link}: nothing moves for a reader who arrives by a deep link on a slow phone`, async ({ page, layoutShift, slowPhone }) => {
		await slowPhone.start();
		await page.goto(link);
		const target = page.locator(new URL(link, 'http://site').hash);
		await settle(page);
		await expect(target).toBeInViewport();
		// An address with the estimator's state hydrates it at once; wait for that before measuring.
		if (link.includes('?')) await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
		const shift = await layoutShift();
		expect(shift.score, `layout shift; moved: ${[...new Set(shift.moved)].join(', ') || 'nothing'}`).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
		await expect(target, 'the linked part is still on screen').toBeInViewport();
	});
}
