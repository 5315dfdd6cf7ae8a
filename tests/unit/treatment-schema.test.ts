import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readability } from '../../src/lib/readability.ts';
import { MAX_READING_GRADE } from '../../src/lib/reading-level.ts';
import { EVIDENCE_STRENGTHS } from '../../src/lib/schemas/treatment.ts';
import { readYaml, root, treatmentSchema as schema } from './helpers/content.ts';
import { firstIssue as firstSchemaIssue } from './helpers/schema-issue.ts';

const approval = { approved: false, text: 'The FDA has not approved shots like these.', source: 'fda-lipodissolve-2010' };
const good = {
	label: 'Under-eye bags',
	article: 'under-eye-bags',
	verdict: {
		strength: 'no-benefit',
		text: 'In a fair test, observers could not tell the eyelids apart.',
		sources: ['eyelid-pc-trial-2011'],
	},
	figures: [
		{
			source: 'ablon-2004-eyelid',
			sessions: { min: 3, max: 5 },
			intervalDays: { min: 14, max: 14 },
			note: 'An open study of 13 people.',
			approval,
		},
	],
	caveats: [{ text: 'A fair test found no difference.', source: 'eyelid-pc-trial-2011' }],
	maintenance: [{ text: 'Some clinics say once or twice a year.', origin: 'clinic-claim' }],
};

const firstIssue = (data: unknown) => firstSchemaIssue(schema, data);

describe('TreatmentSchema', () => {
	test('accepts a goal with a sourced figure and a clinic claim', () => {
		expect(schema.parse(good).figures[0]!.sessions).toEqual({ min: 3, max: 5 });
	});

	test('a figure needs exactly one of a source or origin: clinic-claim', () => {
		const figure = good.figures[0]!;
		const neither = { ...good, figures: [{ ...figure, source: undefined }] };
		const both = { ...good, figures: [{ ...figure, origin: 'clinic-claim' }] };
		expect(firstIssue(neither)?.message).toMatch(/either a source id or origin: clinic-claim/);
		expect(firstIssue(both)?.message).toMatch(/not both/);
	});

	test('an unknown source id is refused, naming the place', () => {
		expect(firstIssue({ ...good, caveats: [{ text: 'A made-up source says so.', source: 'dr-nobody-2020' }] })?.path).toBe(
			'caveats.0.source',
		);
	});

	test('a range needs a min or a max, and min may not exceed max', () => {
		const withSessions = (sessions: object) => ({ ...good, figures: [{ ...good.figures[0]!, sessions }] });
		expect(firstIssue(withSessions({}))?.message).toBe('give a min or a max number of sessions');
		expect(firstIssue(withSessions({ min: 6, max: 4 }))?.message).toBe('min sessions must not be more than max sessions');
		expect(firstIssue(withSessions({ min: 0 }))?.path).toBe('figures.0.sessions.min');
	});

	test('a figure for a grade the goal does not have is refused', () => {
		const claim = { origin: 'clinic-claim', grades: [4], sessions: { min: 30 }, note: 'Some clinics quote 30 sessions.' };
		expect(firstIssue({ ...good, figures: [...good.figures, claim] })).toEqual({
			path: 'figures.1.grades',
			message: "grade 4 is not in this goal's grades",
		});
	});

	test('a goal needs a sourced figure with the time between sessions, for the example plan', () => {
		const claimOnly = { origin: 'clinic-claim', sessions: { min: 3 }, intervalDays: { min: 7, max: 7 }, note: 'Some clinics quote this.' };
		expect(firstIssue({ ...good, figures: [claimOnly] })?.message).toMatch(/the example plan/);
	});

	test('a goal without a verdict is refused', () => {
		const { verdict: _, ...noVerdict } = good;
		expect(firstIssue(noVerdict)?.path).toBe('verdict');
	});

	test('a verdict needs a known source, a known strength and at least one source', () => {
		expect(firstIssue({ ...good, verdict: { ...good.verdict, sources: ['dr-nobody-2020'] } })?.path).toBe('verdict.sources.0');
		expect(firstIssue({ ...good, verdict: { ...good.verdict, sources: [] } })?.path).toBe('verdict.sources');
		expect(firstIssue({ ...good, verdict: { ...good.verdict, strength: 'proven' } })?.path).toBe('verdict.strength');
		expect(firstIssue({ ...good, verdict: { ...good.verdict, source: 'eyelid-pc-trial-2011' } })?.path).toBe('verdict');
	});

	test('a sourced figure must say whether what was injected is approved, with a known source', () => {
		const { approval: _, ...figure } = good.figures[0]!;
		expect(firstIssue({ ...good, figures: [figure] })).toEqual({
			path: 'figures.0.approval',
			message: 'a sourced figure needs approval: whether a regulator approved what was injected',
		});
		expect(firstIssue({ ...good, figures: [{ ...figure, approval: { ...approval, source: 'dr-nobody-2020' } }] })?.path).toBe(
			'figures.0.approval.source',
		);
	});

	test('grades need the published scale they come from', () => {
		const grades = [
			{ id: 1, description: 'seen only when you pinch the skin' },
			{ id: 2, description: 'seen when you stand' },
		];
		expect(firstIssue({ ...good, grades })?.path).toBe('gradeScale');
		expect(
			firstIssue({ ...good, grades, gradeScale: { name: 'Nürnberger–Müller', sources: ['luebberding-2015-cellulite'] } }),
		).toBeUndefined();
	});

	test('two grades with one id are refused at the second, since a link (?grade=2) names a grade by its id', () => {
		const gradeScale = { name: 'Nürnberger–Müller', sources: ['luebberding-2015-cellulite'] };
		const grades = [
			{ id: 1, description: 'seen only when you pinch the skin' },
			{ id: 1, description: 'seen when you stand' },
		];
		expect(firstIssue({ ...good, grades, gradeScale })).toMatchObject({
			path: 'grades.1.id',
			message: 'grade 1 is listed twice; give each grade its own id',
		});
	});

	test('an unquoted comma in YAML, which splits a value into a new key, fails instead of losing words', () => {
		const [entry] = parse(
			"- grades: [{ id: 1, description: seen when you stand, but not when you lie down }, { id: 2, description: 'seen all the time' }]",
		) as {
			grades: unknown;
		}[];
		expect(
			firstIssue({ ...good, gradeScale: { name: 'Test', sources: ['luebberding-2015-cellulite'] }, grades: entry!.grades })?.path,
		).toBe('grades.0');
	});
});

describe('content/treatments.yaml', () => {
	const entries = readYaml('content/treatments.yaml');

	test('holds the five goals the articles use, each valid', () => {
		expect(entries.map((entry) => entry.id)).toEqual(['fat-reduction', 'cellulite', 'facial-rejuvenation', 'under-eye-bags', 'hair-loss']);
		for (const { id, ...data } of entries) expect(firstIssue(data), id).toBeUndefined();
	});

	test('every goal links to its own article, which exists', () => {
		for (const { id, ...data } of entries) {
			const { article } = schema.parse(data);
			expect(article).toBe(id);
			expect(() => readFileSync(resolve(root, `content/articles/${article}.mdx`))).not.toThrow();
		}
	});

	test('every goal has a verdict in plain words (reading grade 8 or below) with a strength the estimator knows', () => {
		for (const { id, ...data } of entries) {
			const { verdict } = schema.parse(data);
			expect(EVIDENCE_STRENGTHS, id).toContain(verdict.strength);
			expect(readability(verdict.text).grade, `${id}: ${verdict.text}`).toBeLessThanOrEqual(MAX_READING_GRADE);
		}
	});

	test('the goals whose fair tests found no benefit are marked so (audit A16)', () => {
		const strengths = Object.fromEntries(entries.map(({ id, ...data }) => [id, schema.parse(data).verdict]));
		expect(strengths['under-eye-bags']).toMatchObject({ strength: 'no-benefit', sources: ['eyelid-pc-trial-2011'] });
		expect(strengths['fat-reduction']).toMatchObject({
			strength: 'no-benefit',
			sources: ['park-2008-body-contouring', 'refine-1-2016', 'refine-2-2016'],
		});
		expect(strengths['cellulite']!.sources).toEqual(['luebberding-2015-cellulite']);
		expect(strengths['hair-loss']).toMatchObject({ strength: 'weak', sources: ['gupta-2023-hair', 'marzban-2017-hair'] });
	});

	test('the popular "once or twice a year" top-up is always marked as a clinic claim, never given a source', () => {
		for (const { id, ...data } of entries) {
			const topUps = schema.parse(data).maintenance.filter((statement) => /twice a year/.test(statement.text));
			expect(topUps, id).toHaveLength(1);
			expect(topUps[0]!.origin).toBe('clinic-claim');
			expect(topUps[0]!.source).toBeUndefined();
		}
	});
});
