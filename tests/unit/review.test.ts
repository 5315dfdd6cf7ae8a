import { describe, expect, test } from 'vitest';
import { canonicalJson, fingerprint, FINGERPRINT_PATTERN } from '../../src/lib/review/fingerprint.ts';
import { articleContent, withPlainIds, type ContentLibrary } from '../../src/lib/review/page-content.ts';
import { clinicalState, daysBetween, pageStatuses, sitePages, type PageInput } from '../../src/lib/review/status.ts';
import { buildDay } from '../../src/lib/review/today.ts';
import { pageHistory, siteChanges } from '../../src/lib/review/updates.ts';
import { PageRecordSchema } from '../../src/lib/schemas/page-history.ts';
import { ReviewRecordSchema } from '../../src/lib/schemas/review.ts';
import { firstIssue } from './helpers/schema-issue.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const library: ContentLibrary = {
	signs: [
		{ id: 'anaphylaxis', level: 'emergency', order: 1, areas: ['any'], sign: 'Trouble breathing', detail: 'Call 999.', sources: ['nhs'] },
		{ id: 'vision', level: 'emergency', order: 2, areas: ['eye'], sign: 'Changes in your sight', sources: ['fda'] },
		{ id: 'late-lump', level: 'same-day', order: 1, areas: ['any'], sign: 'A new lump weeks later', sources: ['ntm'] },
	],
	faq: [
		{
			id: 'bruising',
			question: 'Is bruising normal?',
			category: 'first-days',
			order: 1,
			urgency: 'expected',
			sources: ['nhs'],
			answer: 'Yes.\nIt fades.',
		},
		{ id: 'itching', question: 'Is itching normal?', category: 'allergic-reaction', order: 1, sources: ['nhs'], answer: 'Often.' },
	],
	treatments: new Map([['cellulite', { label: 'Cellulite', figures: [{ source: 'trial', sessions: { min: 4, max: 4 } }] }]]),
	glossary: new Map([['dermis', { term: 'Dermis', definition: 'The thick middle layer of the skin.' }]]),
	comparison: [{ id: 'liposuction', name: 'Liposuction' }],
};

const article = {
	title: 'Mesotherapy for cellulite',
	description: 'What studies found.',
	keyPoints: ['Cellulite is common.'],
	sources: ['trial'],
	body: 'Cellulite is common.<Cite id="trial" />\n\nIt sits in the <Term id="dermis">skin</Term>.\n\n<WhenToGetHelp areas={["body"]} />\n\n<SideEffectFaq categories={["first-days"]} />\n\n<Estimator goal="cellulite" />\n',
};

describe('fingerprint', () => {
	test('is versioned SHA-256 and the same for the same content, whatever the key order', () => {
		const a = fingerprint({ body: 'Text', sources: ['a'] });
		expect(a).toMatch(FINGERPRINT_PATTERN);
		expect(a).toBe(fingerprint({ sources: ['a'], body: 'Text' }));
		expect(canonicalJson({ b: 1, a: { d: undefined, c: day('2026-12-02') } })).toBe('{"a":{"c":"2026-12-02"},"b":1}');
	});

	test('an article: re-wrapping lines changes nothing; one changed sentence, key point or source changes it', () => {
		const base = fingerprint(articleContent(article, library));
		expect(fingerprint(articleContent({ ...article, body: article.body.replace('\n\nIt sits', '\n\n  It   sits') }, library))).toBe(base);
		expect(fingerprint(articleContent({ ...article, body: article.body.replace('common.', 'very common.') }, library))).not.toBe(base);
		expect(fingerprint(articleContent({ ...article, keyPoints: ['Cellulite is very common.'] }, library))).not.toBe(base);
		expect(fingerprint(articleContent({ ...article, sources: ['trial', 'other'] }, library))).not.toBe(base);
	});

	test('an article: the signs, answers, figures and definitions it shows are part of it; those it does not show are not', () => {
		const base = fingerprint(articleContent(article, library));
		const changed = (change: Partial<ContentLibrary>) => fingerprint(articleContent(article, { ...library, ...change }));
		const [anaphylaxis, vision, lump] = library.signs;
		expect(changed({ signs: [{ ...anaphylaxis!, sign: 'Trouble breathing or swallowing' }, vision!, lump!] })).not.toBe(base);
		expect(changed({ signs: [anaphylaxis!, { ...vision!, sign: 'Blurred sight' }, lump!] })).toBe(base); // an eye sign; the page is about the body
		expect(changed({ faq: [{ ...library.faq[0]!, answer: 'Yes. It fades in 2 weeks.' }, library.faq[1]!] })).not.toBe(base);
		expect(changed({ faq: [library.faq[0]!, { ...library.faq[1]!, answer: 'Sometimes.' }] })).toBe(base); // a category the page leaves out
		expect(changed({ treatments: new Map([['cellulite', { label: 'Cellulite', figures: [] }]]) })).not.toBe(base);
		expect(changed({ glossary: new Map([['dermis', { term: 'Dermis', definition: 'The middle layer of skin.' }]]) })).not.toBe(base);
		expect(changed({ comparison: [] })).toBe(base); // no <ComparisonTable /> on this page
	});

	test("Astro's references and plain ids give the same content", () => {
		expect(withPlainIds({ sources: [{ id: 'a', collection: 'sources' }], note: { id: 'x', text: 'kept' } })).toEqual({
			sources: ['a'],
			note: { id: 'x', text: 'kept' },
		});
	});
});

describe('review status', () => {
	test('clinical state: none without a review, current when the fingerprint matches, stale when not', () => {
		expect(clinicalState(undefined, 'v1:a')).toBe('none');
		expect(clinicalState({ fingerprint: 'v1:a' }, 'v1:a')).toBe('current');
		expect(clinicalState({ fingerprint: 'v1:a' }, 'v1:b')).toBe('stale');
	});

	test('days left count whole UTC days, negative when overdue', () => {
		expect(daysBetween(day('2026-12-02'), day('2027-12-02'))).toBe(365);
		expect(daysBetween(day('2026-12-02'), day('2026-12-02'))).toBe(0);
		expect(daysBetween(day('2026-12-02'), day('2026-11-30'))).toBe(-2);
	});

	const page: PageInput = {
		id: 'cellulite',
		path: '/articles/cellulite/',
		title: 'Cellulite',
		lastReviewed: day('2026-11-25'),
		nextReviewDue: day('2026-12-01'),
		changes: [
			{ date: day('2026-11-25'), kind: 'new', summary: 'First published.' },
			{ date: day('2026-12-02'), kind: 'correction', summary: 'A figure was wrong.' },
		],
		content: { body: 'Text' },
	};
	const review = (page: string, fp: string) => ({
		page,
		reviewer: { name: 'Test Reviewer', credentials: 'MBBS' },
		date: day('2026-12-01'),
		scope: 'The whole page',
		fingerprint: fp,
	});

	test('a page past its next review date is overdue; its newest change is its modified date', () => {
		const [status] = pageStatuses([page], [], day('2026-12-02')).statuses;
		expect(status).toMatchObject({ overdue: true, daysLeft: -1, clinical: 'none', modified: day('2026-12-02') });
		expect(pageStatuses([page], [], day('2026-12-01')).statuses[0]).toMatchObject({ overdue: false, daysLeft: 0 });
	});

	test('a review of the current content is current; a review of a page that does not exist, or filed under another name, is a problem', () => {
		const current = fingerprint(page.content);
		const { statuses, problems } = pageStatuses(
			[page],
			[
				{ file: 'content/reviews/cellulite.yaml', id: 'cellulite', record: review('cellulite', current) },
				{ file: 'content/reviews/nope.yaml', id: 'nope', record: review('nope', current) },
				{ file: 'content/reviews/other.yaml', id: 'other', record: review('cellulite', current) },
			],
			day('2026-11-30'),
		);
		expect(statuses[0]).toMatchObject({ clinical: 'current', fingerprint: current });
		expect(problems).toEqual([
			'content/reviews/nope.yaml: page: there is no page "nope"; use an article slug, side-effects or estimator',
			'content/reviews/other.yaml: page: "cellulite" differs from the file name; name the file content/reviews/cellulite.yaml',
		]);
	});

	test('the side-effect page and the estimator need their page files; unknown page files are a problem', () => {
		const dates = { lastReviewed: day('2026-11-25'), nextReviewDue: day('2027-11-25'), changes: page.changes };
		const { pages, problems } = sitePages(
			[],
			new Map([
				['estimator', dates],
				['glossary', dates],
			]),
			library,
		);
		expect(pages.map((p) => p.id)).toEqual(['estimator']);
		expect(problems).toEqual([
			expect.stringMatching(/^content\/pages\/glossary\.yaml: there is no page "glossary"/),
			expect.stringMatching(/^content\/pages\/side-effects\.yaml: missing/),
		]);
	});

	test('BUILD_DATE sets today; a malformed one is refused; without it, today is the real UTC day', () => {
		expect(buildDay({ BUILD_DATE: '2026-06-01' })).toEqual(day('2026-06-01'));
		expect(() => buildDay({ BUILD_DATE: '2026-02-30' })).toThrow(/BUILD_DATE must be a real day/);
		expect(buildDay({}, new Date('2026-12-02T23:59:00Z'))).toEqual(day('2026-12-02'));
	});
});

describe('page history and site updates', () => {
	const changes = [
		{ date: day('2026-11-25'), kind: 'new' as const, summary: 'First published.' },
		{ date: day('2026-12-02'), kind: 'update' as const, summary: 'Added a section.' },
		{ date: day('2026-12-02'), kind: 'correction' as const, summary: 'A figure was wrong.' },
	];

	test('a page history is newest first, with anchors that count a day’s changes in file order', () => {
		expect(pageHistory(changes).map((c) => [c.anchor, c.kind])).toEqual([
			['change-2026-12-02', 'update'],
			['change-2026-12-02-2', 'correction'],
			['change-2026-11-25', 'new'],
		]);
	});

	test('site updates are newest first, corrections first on a day, then by page title', () => {
		const all = siteChanges([
			{ id: 'b', path: '/b/', title: 'B page', changes },
			{ id: 'a', path: '/a/', title: 'A page', changes: [{ date: day('2026-12-02'), kind: 'update', summary: 'Added.' }] },
		]);
		expect(all.map((c) => `${c.page.id} ${c.kind}`)).toEqual(['b correction', 'a update', 'b update', 'b new']);
	});
});

describe('review and page files', () => {
	const good = {
		page: 'cellulite',
		reviewer: { name: 'Test Reviewer', credentials: 'MBBS', register: { name: 'GMC', number: '0000000', url: 'https://www.gmc-uk.org/' } },
		date: '2026-12-01',
		scope: 'The whole page and its sources',
		fingerprint: `v1:${'a'.repeat(64)}`,
	};

	test('a complete review file is accepted; the register is optional', () => {
		expect(ReviewRecordSchema.parse(good).date).toEqual(day('2026-12-01'));
		expect(ReviewRecordSchema.safeParse({ ...good, reviewer: { name: 'Test Reviewer', credentials: 'MBBS' } }).success).toBe(true);
	});

	test('wrong fields name the field: no credentials, a short fingerprint, an http register, a misspelt field', () => {
		expect(firstIssue(ReviewRecordSchema, { ...good, reviewer: { name: 'Test Reviewer' } })?.path).toBe('reviewer.credentials');
		expect(firstIssue(ReviewRecordSchema, { ...good, fingerprint: 'v1:abc' })?.message).toMatch(
			/copied in full from `npm run review:status`/,
		);
		expect(
			firstIssue(ReviewRecordSchema, {
				...good,
				reviewer: { ...good.reviewer, register: { ...good.reviewer.register, url: 'http://www.gmc-uk.org/' } },
			})?.path,
		).toBe('reviewer.register.url');
		expect(firstIssue(ReviewRecordSchema, { ...good, scoop: 'x' })?.message).toMatch(/scoop/);
	});

	test('a page file needs review dates in order and a history', () => {
		const record = {
			lastReviewed: '2026-11-25',
			nextReviewDue: '2027-11-25',
			changes: [{ date: '2026-11-25', kind: 'new', summary: 'First published.' }],
		};
		expect(PageRecordSchema.safeParse(record).success).toBe(true);
		expect(firstIssue(PageRecordSchema, { ...record, nextReviewDue: '2026-11-01' })?.path).toBe('nextReviewDue');
		expect(firstIssue(PageRecordSchema, { ...record, changes: undefined })?.path).toBe('changes');
	});
});
