// A clinician's review end to end, as an editor does it: build a copy of the site, take the page
// fingerprints from `npm run review:status`, add review files, change one sentence of a reviewed page,
// make one page overdue, then build. One build covers every path (builds are slow).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDate, useTranslations } from '../../src/i18n/index.ts';
import { root } from './helpers/content.ts';
import { buildSite, changeFiles, copySite, removeSiteCopies, runIn, type RunResult } from './helpers/fixture-site.ts';

const TODAY = '2026-12-02';
const REVIEWED = 'cellulite';
const CHANGED_AFTER_REVIEW = 'hair-loss';
const UNTOUCHED = 'what-is-mesotherapy';
const OVERDUE_SINCE = '2026-06-01';

interface StatusRow {
	page: string;
	lastReviewed: string;
	nextReviewDue: string;
	daysLeft: number;
	overdue: boolean;
	clinicalReview: 'none' | 'current' | 'stale';
	fingerprint: string;
}

const status = (dir: string, ...args: string[]) =>
	runIn(dir, join(root, 'node_modules/.bin/node'), [join(root, 'scripts/review-status.ts'), ...args], { BUILD_DATE: TODAY });
const rows = (result: RunResult): StatusRow[] => (JSON.parse(result.stdout) as { pages: StatusRow[] }).pages;
const row = (all: StatusRow[], page: string) => all.find((candidate) => candidate.page === page)!;

const reviewFile = (page: string, fingerprint: string, register = '') =>
	[
		`page: ${page}`,
		'reviewer:',
		'  name: Test Reviewer',
		'  credentials: MBBS',
		register,
		'date: 2026-12-01',
		'scope: The whole page, its warning signs and its sources',
		`fingerprint: "${fingerprint}"`,
	]
		.filter(Boolean)
		.join('\n');

/** The page's schema.org MedicalWebPage (articles put it in a graph; the FAQ page at the top level). */
function webPage(html: string): Record<string, unknown> {
	const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
	const graph = (json['@graph'] as Record<string, unknown>[] | undefined) ?? [json];
	return graph.find((node) => [node['@type']].flat().includes('MedicalWebPage'))!;
}

/** The first sentence of an article's body: the sentence the test rewrites, read from the article. */
const firstBodySentence = (mdx: string) => /^---[\s\S]*?\n---\s*\n+([^<\n]*?[.?!])(?=\s|<)/.exec(mdx)![1]!;

let dir: string;
let before: StatusRow[];
let after: RunResult;
let afterText: RunResult;
let build: RunResult;
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

beforeAll(async () => {
	dir = copySite();
	before = rows(await status(dir, '--json'));
	const register = '  register: { name: GMC, number: "0000000", url: "https://www.gmc-uk.org/registrants/0000000" }';
	changeFiles(dir, {
		[`content/reviews/${REVIEWED}.yaml`]: () => reviewFile(REVIEWED, row(before, REVIEWED).fingerprint, register),
		[`content/reviews/${CHANGED_AFTER_REVIEW}.yaml`]: () => reviewFile(CHANGED_AFTER_REVIEW, row(before, CHANGED_AFTER_REVIEW).fingerprint),
		[`content/articles/${CHANGED_AFTER_REVIEW}.mdx`]: (mdx) =>
			mdx.replace(firstBodySentence(mdx), `${firstBodySentence(mdx).slice(0, -1)}, and that is common.`),
		// An English word of the glossary, whose Spanish page records the English words it translates.
		'content/glossary.yaml': (yaml) => yaml.replace(/definition: "([^"]+)"/, 'definition: "$1 Said differently."'),
		'content/pages/estimator.yaml': (yaml) =>
			yaml.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2025-01-01').replace(/^nextReviewDue: .*$/m, `nextReviewDue: ${OVERDUE_SINCE}`),
	});
	[after, afterText] = await Promise.all([status(dir, '--json'), status(dir)]);
	build = await buildSite(dir, { BUILD_DATE: TODAY });
}, 600_000);

afterAll(removeSiteCopies);

describe('npm run review:status', () => {
	test('lists every article, the side-effect page and the estimator, with a full fingerprint each', () => {
		const slugs = readdirSync(join(root, 'content/articles')).map((file) => file.replace(/\.mdx$/, ''));
		expect(before.map((r) => r.page).sort()).toEqual([...slugs, 'side-effects', 'estimator'].sort());
		for (const r of before) expect(r.fingerprint).toMatch(/^v1:[0-9a-f]{64}$/);
		expect(before.every((r) => r.clinicalReview === 'none')).toBe(true);
	});

	test('a review with the printed fingerprint is current; one sentence changed afterwards makes it stale', () => {
		expect(row(rows(after), REVIEWED).clinicalReview).toBe('current');
		expect(row(rows(after), CHANGED_AFTER_REVIEW).clinicalReview).toBe('stale');
		expect(row(rows(after), CHANGED_AFTER_REVIEW).fingerprint).not.toBe(row(before, CHANGED_AFTER_REVIEW).fingerprint);
		expect(row(rows(after), UNTOUCHED)).toEqual(row(before, UNTOUCHED));
	});

	test('an overdue page shows negative days left, and the command exits non-zero (JSON and table alike)', () => {
		const expectedDays = (Date.parse(`${OVERDUE_SINCE}T00:00:00Z`) - Date.parse(`${TODAY}T00:00:00Z`)) / 86_400_000;
		expect(row(rows(after), 'estimator')).toMatchObject({ overdue: true, daysLeft: expectedDays, nextReviewDue: OVERDUE_SINCE });
		expect(before.some((r) => r.overdue)).toBe(false);
		expect(after.code).toBe(1);
		expect(afterText.code).toBe(1);
		expect(afterText.stdout).toMatch(new RegExp(`^estimator +2025-01-01 +${OVERDUE_SINCE} +${expectedDays} +none +v1:[0-9a-f]{64}$`, 'm'));
		expect(afterText.stdout).toMatch(new RegExp(`^${REVIEWED} +.* current +${row(rows(after), REVIEWED).fingerprint}$`, 'm'));
	});
});

describe('the build with review files and an overdue page', () => {
	test('succeeds, and warns about the overdue page', () => {
		expect(build.failed, build.output).toBe(false);
		expect(build.output).toContain(
			`/estimator/: review overdue by ${-row(rows(after), 'estimator').daysLeft} days (nextReviewDue ${OVERDUE_SINCE})`,
		);
	});

	test('every page carries the fingerprint the status command prints', () => {
		for (const r of rows(after)) {
			const path = ['side-effects', 'estimator'].includes(r.page) ? r.page : `articles/${r.page}`;
			expect(/data-fingerprint="([^"]+)"/.exec(page(path))?.[1], r.page).toBe(r.fingerprint);
		}
	});

	test('a current review names the reviewer with the register link, and JSON-LD carries reviewedBy', () => {
		const html = page(`articles/${REVIEWED}`);
		expect(html).toContain('Clinically reviewed by Test Reviewer, MBBS, on 1 December 2026.');
		expect(html).toContain('<a href="https://www.gmc-uk.org/registrants/0000000">GMC number 0000000</a>');
		expect(webPage(html)['reviewedBy']).toMatchObject({ '@type': 'Person', name: 'Test Reviewer', hasCredential: { name: 'MBBS' } });
	});

	test('a page changed since its review says so and drops reviewedBy', () => {
		const html = page(`articles/${CHANGED_AFTER_REVIEW}`);
		expect(html).toContain('Changed since its clinical review on 1 December 2026.');
		expect(html).not.toContain('Clinically reviewed by');
		expect(webPage(html)).not.toHaveProperty('reviewedBy');
	});

	test('the overdue page tells readers near the top; other pages do not', () => {
		const estimator = page('estimator');
		expect(estimator).toContain('This page is due for review.');
		expect(estimator.indexOf('This page is due for review.')).toBeLessThan(estimator.indexOf('id="every-goal"'));
		expect(page(`articles/${UNTOUCHED}`)).not.toContain('This page is due for review.');
		expect(page(`articles/${UNTOUCHED}`)).toContain('not yet reviewed by a clinician');
	});

	test('the Spanish twin of the changed page says its English page changed since, on the day of its last change', () => {
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, `content/articles/${CHANGED_AFTER_REVIEW}.mdx`), 'utf8'))![1]!;
		const changes = (parse(frontmatter) as { changes: { date: string }[] }).changes;
		const lastChange = new Date(
			changes
				.map(({ date }) => String(date))
				.sort()
				.at(-1)!,
		);
		const words = useTranslations('es').site.translation;
		const stale = page(`es/articles/${CHANGED_AFTER_REVIEW}`);
		expect(stale).toContain('data-translation-stale');
		expect(stale).toContain(words.stale(formatDate('es', lastChange)));
		const current = page(`es/articles/${UNTOUCHED}`);
		expect(current).toContain('data-translation-status');
		expect(current).not.toContain('data-translation-stale');
	});

	test('a page translated from a data file says so once its English words change, without a day; an untouched one does not', () => {
		const words = useTranslations('es').site.translation;
		const glossary = page('es/glossary');
		expect(glossary).toContain('data-translation-stale');
		expect(glossary).toContain(words.staleUndated);
		for (const untouched of ['es/about', 'es/for-clinics', 'es/sources']) {
			expect(page(untouched), untouched).toContain('data-translation-status');
			expect(page(untouched), untouched).not.toContain('data-translation-stale');
		}
	});
});
