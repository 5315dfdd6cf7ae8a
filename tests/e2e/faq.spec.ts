import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { en } from '../../src/i18n/en/index.ts';
import { CARE_LEVEL_IDS, type CareLevel } from '../../src/lib/care-levels.ts';
import { expect, settle, tabTo, test, type SiteFixtures } from './fixtures.ts';

/** Every question id, from the content files (the file name is the id). */
const CONTENT = new URL('../../content/', import.meta.url);
const QUESTION_IDS = readdirSync(new URL('faq/', CONTENT))
	.filter((name) => name.endsWith('.md'))
	.map((name) => name.replace(/\.md$/, ''));
const TOTAL = QUESTION_IDS.length;
const FAQ_PAGE = '/side-effects/';
const ARTICLE = '/articles/risks-and-side-effects/';
/** The wording of a warning sign in content/red-flags.yaml, as the "Get help now" list shows it. */
const signText = (id: string) =>
	(parse(readFileSync(new URL('red-flags.yaml', CONTENT), 'utf8')) as { id: string; sign: string }[]).find((sign) => sign.id === id)!.sign;
/** The first sentence of a question's answer, from its content file. */
const firstSentence = (id: string) =>
	readFileSync(new URL(`faq/${id}.md`, CONTENT), 'utf8')
		.split('\n---\n')[1]!
		.trim()
		.split(/(?<=\.) /)[0]!;

const allQuestions = (page: Page) => page.locator('#faq-questions details.faq');
const shownQuestions = (page: Page) => page.locator('#faq-questions details.faq:not([hidden])');
const shownIds = (page: Page) => shownQuestions(page).evaluateAll((list) => list.map((details) => details.id));
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Filter the questions' });
const status = (page: Page) => page.getByRole('status');

const filterIsland = (page: Page) => page.locator('astro-island', { has: page.locator('.faq-filter') });

/**
 * Scrolls the filter into view and starts it: its server-rendered controls show at once, and it
 * hydrates on the reader's first touch (client:intent), here focus moving into the box.
 */
async function startFilter(page: Page) {
	await page.goto(FAQ_PAGE);
	await page.locator('.faq-filter').scrollIntoViewIfNeeded();
	await expect(searchbox(page)).toBeVisible();
	await searchbox(page).focus();
	await expect(filterIsland(page)).not.toHaveAttribute('ssr');
}

/** Opens the disclosure that holds the topic chips and the urgency choice (a touch that also starts the filter). */
async function openMoreFilters(page: Page) {
	await page.getByText('Filter by topic or urgency').click();
	await expect(filterIsland(page)).not.toHaveAttribute('ssr');
}

/** A question's front matter field, from its content file. */
const questionField = (id: string, field: string) =>
	(parse(readFileSync(`content/faq/${id}.md`, 'utf8').split('---\n')[1]!) as Record<string, string>)[field]!;

/** Holds the filter island's code back until `release()`, so what the reader does surely comes before hydration. */
async function holdFilterCode(page: Page) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/FaqFilter\.[^/]*\.js$/, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** The count shown and announced must equal the questions really shown. */
async function expectCountMatchesShown(page: Page) {
	const shown = await shownQuestions(page).count();
	await expect(status(page)).toHaveText(new RegExp(`^Showing ${shown} of ${TOTAL} questions\\.`));
	return shown;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every question and answer is on the page as a working <details>', async ({ page }) => {
		await page.goto(FAQ_PAGE);
		expect(await allQuestions(page).evaluateAll((list) => list.map((d) => d.id).sort())).toEqual([...QUESTION_IDS].sort());
		await expect(shownQuestions(page)).toHaveCount(TOTAL);
		await expect(page.locator('#faq-questions details[open]')).toHaveCount(0);
		// The filter controls need JavaScript, so they stay hidden; the count is still true.
		await expect(searchbox(page)).toBeHidden();
		await expect(page.locator('.faq-filter__status')).toHaveText(`Showing ${TOTAL} of ${TOTAL} questions.`);

		const bruising = page.locator('#bruising');
		await expect(bruising.locator('summary')).toContainText('I have bruises where the needles went in');
		await expect(bruising.locator('summary')).toContainText('Expected');
		await expect(bruising.getByText('about 72 in 100 people')).toBeHidden();
		await bruising.locator('summary').click();
		await expect(bruising).toHaveAttribute('open', '');
		await expect(bruising.getByText('about 72 in 100 people')).toBeVisible();
		await expect(bruising.getByRole('link', { name: 'Kybella label' })).toHaveAttribute('href', '/sources/#kybella-label');
		await expect(bruising.getByRole('link', { name: 'Link to this question' })).toHaveAttribute('href', '/side-effects/#bruising');
	});

	test('printed, every answer shows, open or not', async ({ page }) => {
		await page.goto(FAQ_PAGE);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('#bruising').getByText('about 72 in 100 people')).toBeVisible();
		await expect(page.locator('#bruising')).not.toHaveAttribute('open');
	});

	test('urgency shows in words and an icon, with what to do', async ({ page }) => {
		await page.goto(FAQ_PAGE);
		const allergy = page.locator('#severe-allergic-reaction');
		await expect(allergy.locator('summary')).toContainText('Emergency');
		await expect(allergy.locator('summary svg')).toHaveCount(1);
		await allergy.locator('summary').click();
		await expect(allergy.locator('.care')).toContainText('Emergency: Call 999 (UK), 911 (US) or 112 (EU)');
	});

	test('the red-flag summary lists the signs that need help now, linked to their questions', async ({ page }) => {
		await page.goto(FAQ_PAGE);
		const redFlags = page.getByRole('region', { name: 'Get help now if you have these signs' });
		await expect(redFlags).toContainText('Call 999 (UK), 911 (US) or 112 (EU)');
		await expect(redFlags).toContainText('See a doctor today');
		const targets = await redFlags.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(targets.length).toBeGreaterThanOrEqual(5);
		for (const target of targets) await expect(page.locator(`details${target}`)).toHaveCount(1);
	});

	test('the risks article ends with the questions of its categories', async ({ page }) => {
		await page.goto(ARTICLE);
		await expect(page.locator('#faq-lump-weeks-later summary')).toContainText('weeks after my treatment');
		await expect(page.locator('#faq-severe-allergic-reaction')).toHaveCount(1);
		// Its links to a question point at the full list, where the id has no prefix.
		await expect(page.locator('#faq-bruising').getByRole('link', { name: 'Link to this question', includeHidden: true })).toHaveAttribute(
			'href',
			'/side-effects/#bruising',
		);
		// Hair is not one of the article's categories.
		await expect(page.locator('#faq-hair-loss-after-scalp-injections')).toHaveCount(0);
		await expect(page.getByRole('link', { name: `See all ${TOTAL} questions about side effects` })).toHaveAttribute('href', FAQ_PAGE);
	});
});

test('filtering by a word narrows the questions and announces the count', async ({ page }) => {
	await startFilter(page);
	await expect(status(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} questions.`);
	await searchbox(page).fill('bruise');
	await expect.poll(() => shownIds(page)).toContain('bruising');
	const ids = await shownIds(page);
	expect(ids).toContain('how-long-bruising-lasts');
	expect(ids).not.toContain('lump-weeks-later');
	const shown = await expectCountMatchesShown(page);
	expect(shown).toBeLessThan(TOTAL);
	// Groups with nothing left to show are hidden too.
	await expect(page.locator('[data-faq-group="hair"]')).toBeHidden();
});

test('a misspelled word still finds its question', async ({ page }) => {
	await startFilter(page);
	await searchbox(page).fill('bruisng');
	await expect.poll(() => shownIds(page)).toContain('bruising');
	expect(await shownIds(page)).toContain('how-long-bruising-lasts');
	expect(await shownIds(page)).not.toContain('lump-weeks-later');
	await expectCountMatchesShown(page);
	await searchbox(page).fill('itchey');
	await expect.poll(() => shownIds(page)).toContain('itching');
	expect(await shownIds(page)).not.toContain('bruising');
});

test.describe('on a phone with the keyboard up (390 px wide, 450 px left above the keyboard)', () => {
	test.use({ viewport: { width: 390, height: 450 }, isMobile: true, hasTouch: true });

	test('the count and the first matches show right under the box, the most urgent first', async ({ page }) => {
		await startFilter(page);
		await page.keyboard.type('lumps weeks later');
		const best = page.locator('.faq-filter__best li');
		await expect(best.first().getByRole('link')).toHaveText(questionField('lump-weeks-later', 'question'));
		await expect(best.first()).toContainText(en.care[questionField('lump-weeks-later', 'urgency') as CareLevel].label);
		await expect(searchbox(page)).toBeInViewport();
		await expect(status(page)).toBeInViewport();
		await expect(best.first(), 'the first match is on screen next to the box').toBeInViewport();
		// Small bumps are expected; they come after the urgent lumps, though the page lists them first.
		const urgencies = await best.evaluateAll((items) => items.map((item) => item.querySelector('a')!.getAttribute('href')!.slice(1)));
		const rank = (id: string) => CARE_LEVEL_IDS.indexOf(questionField(id, 'urgency') as CareLevel);
		expect(urgencies.map(rank)).toEqual([...urgencies.map(rank)].sort((a, b) => a - b));

		// The best match opens its answer.
		await best.first().getByRole('link').click();
		await expect(page.locator('#lump-weeks-later')).toHaveAttribute('open', '');
		await expect(page.locator('#lump-weeks-later summary')).toBeInViewport();
	});
});

test.describe('before the filter hydrates', () => {
	test('words typed into the box are kept when it hydrates, and filter the questions', async ({ page }) => {
		const release = await holdFilterCode(page);
		await page.goto(FAQ_PAGE);
		await searchbox(page).click();
		await page.keyboard.type('bruise');
		await expect(filterIsland(page)).toHaveAttribute('ssr');
		release();
		await expect(filterIsland(page)).not.toHaveAttribute('ssr');
		await expect(searchbox(page)).toHaveValue('bruise');
		await expect.poll(() => shownIds(page)).toContain('bruising');
		expect(await shownIds(page)).not.toContain('lump-weeks-later');
		await expectCountMatchesShown(page);
	});

	test('Enter sends the words in the address, and the filter starts with them', async ({ page }) => {
		await holdFilterCode(page);
		await page.goto(FAQ_PAGE);
		await searchbox(page).click();
		await page.keyboard.type('lump');
		// The code never arrives on this page: the form itself carries the words to the next.
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/side-effects\/\?q=lump$/);
		await expect(filterIsland(page), 'an address with words hydrates the filter at once').not.toHaveAttribute('ssr');
		await expect(searchbox(page)).toHaveValue('lump');
		await expect.poll(() => shownIds(page)).toContain('lump-weeks-later');
		expect(await expectCountMatchesShown(page)).toBeLessThan(TOTAL);
	});
});

test('topic chips are toggle buttons that narrow to their category', async ({ page }) => {
	await startFilter(page);
	await openMoreFilters(page);
	const hair = page.getByRole('button', { name: 'Hair', exact: true });
	await expect(hair).toHaveAttribute('aria-pressed', 'false');
	await hair.click();
	await expect(hair).toHaveAttribute('aria-pressed', 'true');
	await expect
		.poll(() => shownQuestions(page).evaluateAll((list) => [...new Set(list.map((d) => (d as HTMLElement).dataset['faqCategory']))]))
		.toEqual(['hair']);
	expect(await expectCountMatchesShown(page)).toBeGreaterThan(0);
	// A second chip adds its category.
	await page.getByRole('button', { name: 'Weeks later' }).click();
	await expect
		.poll(() => shownQuestions(page).evaluateAll((list) => [...new Set(list.map((d) => (d as HTMLElement).dataset['faqCategory']))]))
		.toEqual(['weeks-later', 'hair']);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(shownQuestions(page)).toHaveCount(TOTAL);
	await expect(hair).toHaveAttribute('aria-pressed', 'false');
});

test('the urgency filter shows only questions of that care level', async ({ page }) => {
	await startFilter(page);
	const emergencies = await page.locator('#faq-questions details[data-faq-urgency="emergency"]').count();
	expect(emergencies).toBeGreaterThan(0);
	await openMoreFilters(page);
	await page.getByLabel('How urgent').selectOption('emergency');
	await expect(shownQuestions(page)).toHaveCount(emergencies);
	expect(
		await shownQuestions(page).evaluateAll((list) => list.every((d) => (d as HTMLElement).dataset['faqUrgency'] === 'emergency')),
	).toBe(true);
	await expectCountMatchesShown(page);
});

test('no match says so, and Clear filters brings every question back', async ({ page }) => {
	await startFilter(page);
	await searchbox(page).fill('zzqx');
	await expect(status(page)).toHaveText(new RegExp(`^Showing 0 of ${TOTAL} questions\\. Check the spelling`));
	await expect(shownQuestions(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(shownQuestions(page)).toHaveCount(TOTAL);
	await expect(searchbox(page)).toBeFocused();
	await expect(searchbox(page)).toHaveValue('');
});

test('open all and close all act on the questions shown', async ({ page }) => {
	await startFilter(page);
	await page.getByRole('button', { name: 'Open all answers' }).click();
	await expect(page.locator('#faq-questions details[open]')).toHaveCount(TOTAL);
	await page.getByRole('button', { name: 'Close all answers' }).click();
	await expect(page.locator('#faq-questions details[open]')).toHaveCount(0);

	await searchbox(page).fill('lump');
	const shown = await expectCountMatchesShown(page);
	await page.getByRole('button', { name: 'Open all answers' }).click();
	await expect(page.locator('#faq-questions details[open]')).toHaveCount(shown);
	await expect(page.locator('#faq-questions details[open][hidden]')).toHaveCount(0);
});

test('a link to a question opens it and scrolls to it', async ({ page }) => {
	await page.goto(`${FAQ_PAGE}#lump-weeks-later`);
	const question = page.locator('#lump-weeks-later');
	await expect(question).toHaveAttribute('open', '');
	await expect(question.locator('summary')).toBeInViewport();
	await expect(question.getByText(firstSentence('lump-weeks-later'))).toBeVisible();

	// The same works for the questions at the end of an article.
	await page.goto(`${ARTICLE}#faq-lump-weeks-later`);
	await expect(page.locator('#faq-lump-weeks-later')).toHaveAttribute('open', '');
	await expect(page.locator('#faq-lump-weeks-later summary')).toBeInViewport();
});

test('red-flag links open their question, even after it was closed or filtered out', async ({ page }) => {
	await page.goto(FAQ_PAGE);
	const redFlags = page.getByRole('region', { name: 'Get help now if you have these signs' });
	const lump = page.locator('#lump-weeks-later');
	const lumpSign = redFlags.getByRole('link', { name: signText('late-lump') });
	await lumpSign.click();
	await expect(lump).toHaveAttribute('open', '');
	await expect(lump.locator('summary')).toBeInViewport();
	await expect(lump.locator('summary')).toBeFocused();

	// Closed again, the same link (same hash, so no hashchange) opens it again.
	await lump.locator('summary').click();
	await expect(lump).not.toHaveAttribute('open');
	await lumpSign.click();
	await expect(lump).toHaveAttribute('open', '');

	// A filter that hides the question is cleared first.
	await page.locator('.faq-filter').scrollIntoViewIfNeeded();
	await searchbox(page).fill('bruise');
	const allergy = page.locator('#severe-allergic-reaction');
	await expect(allergy).toBeHidden();
	await redFlags.getByRole('link', { name: signText('severe-allergic-reaction') }).click();
	await expect(allergy).toHaveAttribute('open', '');
	await expect(allergy.locator('summary')).toBeInViewport();
	await expect(searchbox(page)).toHaveValue('');
	await expect(status(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} questions.`);
});

test('everything works by keyboard: filter, chips and questions', async ({ page }) => {
	await startFilter(page);
	await searchbox(page).focus();
	await page.keyboard.type('itchy');
	await expect.poll(() => shownIds(page)).toContain('itching');

	// The first Tab reaches the best match, listed right under the box (the most urgent of the matches).
	await page.keyboard.press('Tab');
	await expect(page.locator('.faq-filter__best a').first()).toBeFocused();

	// Tab on to the disclosure, open it with Enter, then toggle a topic chip with Space, and off with Enter.
	const more = page.getByText('Filter by topic or urgency');
	await tabTo(page, more, 10);
	await page.keyboard.press('Enter');
	const firstChip = page.getByRole('button', { name: 'During the treatment' });
	await page.keyboard.press('Tab');
	await expect(firstChip).toBeFocused();
	await page.keyboard.press('Space');
	await expect(firstChip).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Enter');
	await expect(firstChip).toHaveAttribute('aria-pressed', 'false');

	// Tab on to the shown question and open it with Enter.
	const itching = page.locator('#itching');
	await tabTo(page, itching.locator('summary'), 40);
	await expect(itching.locator('summary')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(itching).toHaveAttribute('open', '');
});

test('structured data: FAQPage and MedicalWebPage JSON-LD with one Question per entry, no CSP violation', async ({
	page,
	pageProblems,
}) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
	});
	await page.goto(FAQ_PAGE);
	await settle(page);
	const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
	expect(scripts).toHaveLength(1);
	const data = JSON.parse(scripts[0]!) as { '@type': string[]; mainEntity: { '@type': string; acceptedAnswer: { text: string } }[] };
	expect(data['@type']).toEqual(['MedicalWebPage', 'FAQPage']);
	expect(data.mainEntity).toHaveLength(TOTAL);
	for (const question of data.mainEntity) {
		expect(question['@type']).toBe('Question');
		expect(question.acceptedAnswer.text).not.toMatch(/[<>]/);
	}
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect(pageProblems.consoleErrors).toEqual([]);
});

/**
 * Checks the page as loaded and with every question open (in light and dark): no WCAG 2.2 A/AA violation,
 * and each question and group heading id used once on the page, by nothing else.
 */
async function expectAccessibleClosedAndOpen(
	page: Page,
	{ axeViolations, axeViolationsInBothSchemes }: Pick<SiteFixtures, 'axeViolations' | 'axeViolationsInBothSchemes'>,
) {
	await settle(page);
	const clashes = await page
		.locator('details.faq, [data-faq-group] > h3')
		.evaluateAll((elements) =>
			elements.map((element) => element.id).filter((id) => document.querySelectorAll(`[id="${id}"]`).length !== 1),
		);
	expect(clashes).toEqual([]);
	expect(await axeViolations()).toEqual([]);

	await page.locator('details.faq').evaluateAll((list) => list.forEach((details) => ((details as HTMLDetailsElement).open = true)));
	expect(await axeViolationsInBothSchemes()).toEqual({ light: [], dark: [] });
}

test(`${FAQ_PAGE}: no WCAG 2.2 A/AA violations with the questions closed, open and filtered to none; no clashing ids`, async ({
	page,
	axeViolations,
	axeViolationsInBothSchemes,
	pageProblems,
}) => {
	test.slow(); // three full axe scans of a long page
	await page.goto(FAQ_PAGE);
	await expectAccessibleClosedAndOpen(page, { axeViolations, axeViolationsInBothSchemes });

	await page.locator('.faq-filter').scrollIntoViewIfNeeded();
	await openMoreFilters(page);
	await page.getByRole('button', { name: 'Infection', exact: true }).click();
	await searchbox(page).fill('zzqx');
	await expect(shownQuestions(page)).toHaveCount(0);
	expect(await axeViolations()).toEqual([]);
	expect(pageProblems.consoleErrors).toEqual([]);
	expect(pageProblems.foreignRequests).toEqual([]);
});

// The article shows a part of the questions, without the filter.
test(`${ARTICLE}: no WCAG 2.2 A/AA violations with its questions closed and open; no clashing ids`, async ({
	page,
	axeViolations,
	axeViolationsInBothSchemes,
	pageProblems,
}) => {
	test.slow(); // two full axe scans of a long page
	await page.goto(ARTICLE);
	await expect(page.locator('details.faq').first()).toBeAttached();
	await expectAccessibleClosedAndOpen(page, { axeViolations, axeViolationsInBothSchemes });
	expect(pageProblems.consoleErrors).toEqual([]);
	expect(pageProblems.foreignRequests).toEqual([]);
});
