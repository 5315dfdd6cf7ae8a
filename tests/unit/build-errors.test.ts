// Builds a small copy of the real site with one deliberately broken file (an article, a side-effect
// question, the warning-sign rulebook) and checks that the editor sees the file and the field in the
// build output, as a real build would show them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite as build, changeFiles, copySite, removeSiteCopies } from './helpers/fixture-site.ts';

const ARTICLE = 'what-is-mesotherapy';

/**
 * A copy of the site holding just one article, with `edit` applied to that article's source; or,
 * with `others`, a copy of all the content with those changes applied to other content files
 * (paths relative to the project; a missing file starts empty), so the build gets past every page that does not use them.
 */
function fixtureSite(edit: (mdx: string) => string, others?: Record<string, (text: string) => string>): string {
	const dir = copySite((path) => others !== undefined || !/content\/articles\/.+\.mdx$/.test(path) || path.endsWith(`${ARTICLE}.mdx`));
	const article = join(dir, 'content/articles', `${ARTICLE}.mdx`);
	writeFileSync(article, edit(readFileSync(article, 'utf8')));
	changeFiles(dir, others ?? {});
	return dir;
}

afterAll(removeSiteCopies);

describe.concurrent('a broken article stops the build and says where', () => {
	test('a missing title names the file and the field', async () => {
		const { failed, output } = await build(fixtureSite((mdx) => mdx.replace(/^title: .*\n/m, '')));
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx`);
		expect(output).toMatch(/title\**: .*(Required|expected string)/i);
	});

	test('a bad date names the field and the expected form', async () => {
		const { failed, output } = await build(fixtureSite((mdx) => mdx.replace(/^lastReviewed: .*$/m, 'lastReviewed: last tuesday')));
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx`);
		expect(output).toContain('lastReviewed: must be a date written as YYYY-MM-DD');
	});

	test('citing an unknown source id names the id and the file', async () => {
		const { failed, output } = await build(fixtureSite((mdx) => mdx.replace(/<Cite id="([^"]+)" \/>/, '<Cite id="no-such-source" />')));
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx: <Cite id="no-such-source"/> cites an unknown source id "no-such-source"`);
	});
});

// A review file for a page that does not exist, end to end; wrong fields are covered by the unit
// tests of ReviewRecordSchema, and the success paths (a current review, a stale one, an overdue page)
// by review-build.test.ts. One build at a time here: each takes a while on a busy machine.
test('a clinical review of a page that does not exist stops the build, naming the file and the page field', async () => {
	const file = 'content/reviews/no-such-page.yaml';
	const review = [
		'page: no-such-page',
		'reviewer: { name: Test Reviewer, credentials: MBBS }',
		'date: 2026-12-01',
		'scope: The whole page and its sources',
	];
	const { failed, output } = await build(
		fixtureSite((mdx) => mdx, { [file]: () => [...review, `fingerprint: "v1:${'0'.repeat(64)}"`].join('\n') }),
	);
	expect(failed).toBe(true);
	expect(output).toContain(`${file}: page: there is no page "no-such-page"`);
});

// The contradiction check end to end; unknown sign ids and bad levels are covered by the unit tests
// of faqProblems and RedFlagSchema (each build here takes a while).
test('a side-effect answer whose urgency contradicts its warning sign stops the build, naming the file and the rulebook entry', async () => {
	const faq = 'content/faq/lump-weeks-later.md';
	const { failed, output } = await build(
		fixtureSite((mdx) => mdx, { [faq]: (md) => md.replace(/^urgency: .*$/m, 'urgency: contact-clinic') }),
	);
	expect(failed).toBe(true);
	expect(output).toContain(
		`${faq}: urgency "contact-clinic" contradicts the warning sign "late-lump" in content/red-flags.yaml, whose level is "same-day"`,
	);
});
