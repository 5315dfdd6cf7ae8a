import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readYaml, root, treatmentSchema as schema } from './helpers/content.ts';
import { firstIssue as firstSchemaIssue } from './helpers/schema-issue.ts';

const good = {
	label: 'Under-eye bags',
	article: 'under-eye-bags',
	figures: [{ source: 'ablon-2004-eyelid', sessions: { min: 3, max: 5 }, intervalDays: { min: 14, max: 14 }, note: 'An open study of 13 people.' }],
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
		expect(firstIssue({ ...good, caveats: [{ text: 'A made-up source says so.', source: 'dr-nobody-2020' }] })?.path).toBe('caveats.0.source');
	});

	test('a range needs a min or a max, and min may not exceed max', () => {
		const withSessions = (sessions: object) => ({ ...good, figures: [{ ...good.figures[0]!, sessions }] });
		expect(firstIssue(withSessions({}))?.message).toBe('give a min or a max number of sessions');
		expect(firstIssue(withSessions({ min: 6, max: 4 }))?.message).toBe('min sessions must not be more than max sessions');
		expect(firstIssue(withSessions({ min: 0 }))?.path).toBe('figures.0.sessions.min');
	});

	test('a figure for a grade the goal does not have is refused', () => {
		const claim = { origin: 'clinic-claim', grades: [4], sessions: { min: 30 }, note: 'Some clinics quote 30 sessions.' };
		expect(firstIssue({ ...good, figures: [...good.figures, claim] })).toEqual({ path: 'figures.1.grades', message: "grade 4 is not in this goal's grades" });
	});

	test('a goal needs a sourced figure with the time between sessions, for the example plan', () => {
		const claimOnly = { origin: 'clinic-claim', sessions: { min: 3 }, intervalDays: { min: 7, max: 7 }, note: 'Some clinics quote this.' };
		expect(firstIssue({ ...good, figures: [claimOnly] })?.message).toMatch(/the example plan/);
	});

	test('an unquoted comma in YAML, which splits a value into a new key, fails instead of losing words', () => {
		const [entry] = parse("- grades: [{ id: 1, description: seen when you stand, but not when you lie down }, { id: 2, description: 'seen all the time' }]") as {
			grades: unknown;
		}[];
		expect(firstIssue({ ...good, grades: entry!.grades })?.path).toBe('grades.0');
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

	test('the popular "once or twice a year" top-up is always marked as a clinic claim, never given a source', () => {
		for (const { id, ...data } of entries) {
			const topUps = schema.parse(data).maintenance.filter((statement) => /twice a year/.test(statement.text));
			expect(topUps, id).toHaveLength(1);
			expect(topUps[0]!.origin).toBe('clinic-claim');
			expect(topUps[0]!.source).toBeUndefined();
		}
	});
});
