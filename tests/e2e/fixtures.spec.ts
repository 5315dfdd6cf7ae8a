// The hand-made helpers (fixtures.ts) must be able to fail: faults planted in a real page are reported by the axe
// runner, by rule, in the part of the page asked for; an island that never hydrates stops a read to the end.
import { COLOUR_RULES, expect, readToTheEnd, settle, test } from './fixtures.ts';

test('axeViolations reports planted faults: an image without alt, faint text, an unnamed button in the header', async ({
	page,
	axeViolations,
}) => {
	await page.goto('/about/');
	await page.evaluate(() => {
		document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/no-such.png"><p id="faint">Faint text</p>');
		// Through the CSSOM: the page's CSP refuses style attributes.
		Object.assign(document.getElementById('faint')!.style, { color: '#ccc', background: '#fff' });
		document.querySelector('header.site-header')!.insertAdjacentHTML('beforeend', '<button></button>');
	});
	const rulesOf = (violations: string[]) => [...new Set(violations.map((violation) => violation.split(':')[0]))].sort();
	expect(rulesOf(await axeViolations())).toEqual(['button-name', 'color-contrast', 'image-alt']);
	expect(rulesOf(await axeViolations(COLOUR_RULES))).toEqual(['color-contrast']);
	expect(rulesOf(await axeViolations(undefined, 'header.site-header'))).toEqual(['button-name']);
	await expect(axeViolations(undefined, 'nav.no-such-part')).rejects.toThrow('nothing on the page matches nav.no-such-part');
});

test('readToTheEnd names the island that never hydrates instead of waiting for the test to time out', async ({ page }) => {
	// The estimator's code never arrives (nor Astro's second try, which adds a query), so its island (client:visible
	// on this page) stays server-rendered.
	await page.route(/\/_astro\/SiteEstimator\.[^/?]*\.js(\?|$)/, (route) => route.abort());
	// A short screen, so that the island starts below the first one and a reader reaches it by scrolling.
	await page.setViewportSize({ width: 1280, height: 300 });
	await page.goto('/estimator/');
	await expect(page.locator('astro-island')).not.toBeInViewport();
	await settle(page);
	const read = readToTheEnd(page, 2_000);
	await expect(read).rejects.toThrow('islands still server-rendered after 2 s of reading');
	await expect(read).rejects.toThrow(/SiteEstimator/);
});
