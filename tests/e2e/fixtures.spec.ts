// The hand-made axe runner (fixtures.ts) must be able to fail: faults planted in a real page are reported, by
// rule, in the part of the page asked for.
import { COLOUR_RULES, expect, test } from './fixtures.ts';

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
