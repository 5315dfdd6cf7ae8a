// The warning signs on the built site: every article's "When to get help" box and the FAQ page's
// "Get help now" list show the signs of content/red-flags.yaml at their level, and no sign sits under
// two levels anywhere on the site. Expected values come from the content files, not the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DIST } from './production/site.ts';
import { expect, test } from './fixtures.ts';

interface Sign {
	id: string;
	level: 'emergency' | 'same-day' | 'contact-clinic';
	areas: string[];
	sign: string;
	sources: string[];
}
const SIGNS = parse(readFileSync('content/red-flags.yaml', 'utf8')) as Sign[];
const LEVELS = ['emergency', 'same-day', 'contact-clinic'] as const;
const ARTICLES = readdirSync('content/articles')
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => name.replace(/\.mdx$/, ''));
/** The sign each question links (`sign:` in its frontmatter), by question id. */
const QUESTION_SIGNS = Object.fromEntries(
	readdirSync('content/faq')
		.filter((name) => name.endsWith('.md'))
		.map((name) => [name.replace(/\.md$/, ''), /^sign: (\S+)$/m.exec(readFileSync(`content/faq/${name}`, 'utf8'))?.[1]]),
);

const signsIn = (areas: string[]) => SIGNS.filter((sign) => sign.areas.some((area) => areas.includes(area)));
const ids = (signs: Sign[]) => signs.map((sign) => sign.id).sort();

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const slug of ARTICLES) {
		test(`${slug}: the help box shows every "any" sign, each under its level, citing sources the page lists`, async ({ page }) => {
			await page.goto(`/articles/${slug}/`);
			const box = page.getByRole('region', { name: 'When to get help' });
			for (const sign of signsIn(['any'])) {
				const item = box.locator(`.care--${sign.level} li[data-sign="${sign.id}"]`);
				await expect(item).toHaveCount(1);
				await expect(item).toContainText(sign.sign);
			}
			// Levels in order, most urgent first, and a way to the full list.
			const levels = await box
				.locator('section.care')
				.evaluateAll((sections) => sections.map((s) => s.className.replace(/^care care--/, '')));
			expect(levels).toEqual(LEVELS.filter((level) => levels.includes(level)));
			await expect(box.getByRole('link', { name: 'See every warning sign and its question' })).toHaveAttribute(
				'href',
				'/side-effects/#get-help-now',
			);
			// Every citation in the box points at an entry of the page's own source list.
			for (const href of await box.locator('.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
				await expect(page.locator(`.sources-list ${href}`)).toHaveCount(1);
			}
		});
	}

	test('the chin fat page shows the chin signs and not the scalp ones; the hair page the reverse', async ({ page }) => {
		await page.goto('/articles/fat-reduction/');
		let shown = await page
			.locator('.when-to-get-help li[data-sign]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-sign')));
		expect(ids(signsIn(['chin'])).filter((id) => !shown.includes(id))).toEqual([]);
		expect(shown.filter((id) => ids(signsIn(['scalp'])).includes(id!) && !ids(signsIn(['any', 'chin', 'body'])).includes(id!))).toEqual([]);

		await page.goto('/articles/hair-loss/');
		shown = await page.locator('.when-to-get-help li[data-sign]').evaluateAll((items) => items.map((li) => li.getAttribute('data-sign')));
		expect(shown.sort()).toEqual(ids(signsIn(['any', 'scalp'])));
	});

	test('a general page shows every sign', async ({ page }) => {
		await page.goto('/articles/risks-and-side-effects/');
		const shown = await page
			.locator('.when-to-get-help li[data-sign]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-sign')));
		expect(shown.sort()).toEqual(ids(SIGNS));
	});

	test('"Get help now" on the FAQ page lists the emergency and same-day signs, linked to the question that links each', async ({
		page,
	}) => {
		await page.goto('/side-effects/');
		const list = page.getByRole('region', { name: 'Get help now if you have these signs' });
		const urgent = SIGNS.filter((sign) => sign.level !== 'contact-clinic');
		const shown = await list.locator('li[data-sign]').evaluateAll((items) => items.map((li) => li.getAttribute('data-sign')));
		expect([...shown].sort()).toEqual(ids(urgent));
		for (const sign of urgent) {
			const item = list.locator(`.care--${sign.level} li[data-sign="${sign.id}"]`);
			await expect(item).toContainText(sign.sign);
			const linking = Object.keys(QUESTION_SIGNS).filter((question) => QUESTION_SIGNS[question] === sign.id);
			if (linking.length === 0) {
				await expect(item.locator('a')).toHaveCount(0);
			} else {
				const href = await item.locator('a').getAttribute('href');
				expect(linking.map((question) => `#${question}`)).toContain(href);
				// The question it opens has the same urgency as the sign.
				await expect(page.locator(`details${href}`)).toHaveAttribute('data-faq-urgency', sign.level);
			}
		}
	});
});

/** Every built page, as its path and its HTML with the entities that sign texts may contain decoded. */
function builtPages(dir = DIST): { path: string; html: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return builtPages(full);
		if (!entry.name.endsWith('.html')) return [];
		const html = readFileSync(full, 'utf8')
			.replace(/&#39;|&#x27;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&');
		return [{ path: `/${relative(DIST, full)}`, html }];
	});
}

test('no sign appears under two levels anywhere on the built site', () => {
	const found: Record<string, Set<string>> = {};
	let occurrences = 0;
	for (const { path, html } of builtPages()) {
		for (const sign of SIGNS) {
			for (let at = html.indexOf(sign.sign); at !== -1; at = html.indexOf(sign.sign, at + 1)) {
				// The care level the text sits under: the last level block opened before it and not yet closed.
				const before = html.slice(0, at);
				const open = [...before.matchAll(/<(section|p) class="care care--([a-z-]+)"/g)].at(-1);
				if (!open || before.lastIndexOf(`</${open[1]}>`) > open.index) continue; // prose outside any level
				(found[sign.id] ??= new Set()).add(open[2]!);
				occurrences += 1;
				expect(open[2], `${path}: "${sign.id}" sits under ${open[2]}, but its level is ${sign.level}`).toBe(sign.level);
			}
		}
	}
	// Every sign was found at least once (on the general pages), so the scan really looked.
	expect(Object.keys(found).sort()).toEqual(ids(SIGNS));
	expect(occurrences).toBeGreaterThan(SIGNS.length);
});
