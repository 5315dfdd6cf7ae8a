import { describe, expect, test } from 'vitest';
import { estimatorText } from '../../src/i18n/estimator-text.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import {
	agreementOf,
	calendarOffer,
	comparePlan,
	estimate,
	placeInRange,
	planProblems,
	strongestFirst,
	type Estimate,
	type Figure,
	type TreatmentData,
} from '../../src/lib/estimator.ts';
import { kindRank } from '../../src/lib/schemas/treatment.ts';
import { readYaml, realTreatments, sourceKinds } from './helpers/content.ts';

// The data, read as an English reader sees it.
const words = useTranslations('en').islands.estimator;
const text = estimatorText('en', words);
const agreementText = (result: Parameters<typeof agreementOf>[0]) => words.agreement[agreementOf(result)];

/** content/treatments.yaml as the site reads it: for the checks that hold for any content (order, calendar rule). */
const treatments = realTreatments();

type FixtureFigure = Figure<string>;
const fixtureGoal = (
	id: string,
	label: string,
	figures: FixtureFigure[],
	extra: Partial<TreatmentData<string>> = {},
): TreatmentData<string> => ({
	id,
	label,
	article: id,
	verdict: { strength: 'weak', text: 'A fixture verdict.', sources: ['verdict-source'] },
	figures,
	caveats: [],
	maintenance: [],
	...extra,
});
/** A number clinics quote that no study supports: a figure without a source. */
const clinicClaim = (figure: Omit<FixtureFigure, 'source' | 'note'>): FixtureFigure => ({ ...figure, note: 'A clinic claim' });

/**
 * Goals shaped like the real ones (an open-ended regulator's label, studies that disagree, one source only,
 * clinic claims by grade), with figures listed strongest source first as the site sorts them. The arithmetic
 * is tested on these, so correcting a figure in content/treatments.yaml changes no test here.
 */
const goals: TreatmentData<string>[] = [
	fixtureGoal(
		'open-below',
		'Open below',
		[
			{
				source: 'label',
				sessions: { max: 6 },
				intervalDays: { min: 30 },
				note: 'Label',
				approval: { approved: true, text: 'Approved.', source: 'approval' },
			},
			{
				source: 'records',
				sessions: { min: 4, max: 4 },
				intervalDays: { min: 28, max: 28 },
				note: 'Records',
				approval: { approved: false, text: 'Not approved.', source: 'warning' },
			},
		],
		{ verdict: { strength: 'no-benefit', text: 'A fixture verdict.', sources: ['verdict-source'] } },
	),
	fixtureGoal('disagree', 'Disagree', [
		{ source: 'study-a', sessions: { min: 4, max: 4 }, intervalDays: { min: 15, max: 15 }, note: 'A' },
		{ source: 'study-b', sessions: { min: 4, max: 4 }, intervalDays: { min: 21, max: 21 }, note: 'B' },
		{ source: 'study-c', sessions: { min: 6, max: 6 }, intervalDays: { min: 14, max: 14 }, note: 'C' },
	]),
	fixtureGoal('overlap', 'Overlap', [
		{ source: 'study-d', sessions: { min: 3, max: 5 }, intervalDays: { min: 14, max: 14 }, note: 'D' },
		{ source: 'study-e', sessions: { min: 2, max: 3 }, intervalDays: { min: 42, max: 42 }, note: 'E' },
	]),
	fixtureGoal('one-source', 'One source', [
		{ source: 'website', sessions: { min: 3, max: 15 }, intervalDays: { min: 7, max: 30 }, note: 'Website' },
	]),
	fixtureGoal(
		'graded',
		'Graded',
		[
			{ source: 'website', sessions: { min: 3, max: 15 }, intervalDays: { min: 7, max: 30 }, note: 'Website' },
			clinicClaim({ sessions: { min: 3, max: 4 }, intervalDays: { min: 21, max: 28 } }),
			clinicClaim({ grades: [2], sessions: { min: 10, max: 15 } }),
			clinicClaim({ grades: [3], sessions: { min: 21 } }),
		],
		{
			grades: [
				{ id: 1, description: 'seen only when you pinch the skin' },
				{ id: 2, description: 'seen when you stand' },
				{ id: 3, description: 'seen all the time' },
			],
		},
	),
];

/** The estimate for a fixture goal, failing the test with the estimator's own message if there is none. */
function estimateFor(goal: string, grade?: number): Estimate<string> {
	const outcome = estimate(goals, { goal, grade });
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
	return outcome.value;
}

describe('estimate, on fixtures shaped like the real goals', () => {
	test('a source with only a top ("up to 6") keeps the range open below; the gaps and spans combine', () => {
		const result = estimateFor('open-below');
		expect(result.figures.map((figure) => figure.source)).toEqual(['label', 'records']);
		expect(result.sessions).toEqual({ min: undefined, max: 6 });
		expect(text.sessions(result.sessions)).toBe('up to 6 sessions');
		expect(result.intervalDays).toEqual({ min: 28, max: 30 });
		// The label's 6 sessions at its shortest gap (150 days); the records' 4 sessions 28 days apart (84 days).
		expect(result.spanDays).toEqual({ min: undefined, max: 150 });
		expect(text.weeks(result.spanDays)).toBe('up to about 21 weeks');
		expect(result.agreement).toEqual({ sessions: true, interval: false });
	});

	test('a figure "up to 6, at least 30 days apart" has no lower bound and uses its shortest gap', () => {
		const label = estimateFor('open-below').figures.find((figure) => figure.source === 'label')!;
		expect(text.sessions(label.sessions)).toBe('up to 6 sessions');
		expect(text.days(label.intervalDays!)).toBe('30 or more days');
		expect(label.spanDays).toEqual({ min: undefined, max: 150 });
		expect(text.weeks(label.spanDays!)).toBe('up to about 21 weeks');
	});

	test('three studies that disagree on both counts', () => {
		const result = estimateFor('disagree');
		expect(result.sessions).toEqual({ min: 4, max: 6 });
		expect(result.intervalDays).toEqual({ min: 14, max: 21 });
		expect(result.spanDays).toEqual({ min: 45, max: 70 });
		expect(agreementText(result)).toBe('The sources do not agree on the number of sessions or on the time between them.');
	});

	test('two studies that share a number of sessions but not the gap', () => {
		const result = estimateFor('overlap');
		expect(result.sessions).toEqual({ min: 2, max: 5 });
		expect(result.intervalDays).toEqual({ min: 14, max: 42 });
		expect(text.weeks(result.spanDays)).toBe('about 4 to 12 weeks');
		expect(agreementText(result)).toBe('The sources overlap on the number of sessions, but not on the time between them.');
	});

	test('one source only: its range, and the estimate says it cannot compare sources', () => {
		const result = estimateFor('one-source');
		expect(result.sourceCount).toBe(1);
		expect(text.sessions(result.sessions)).toBe('3 to 15 sessions');
		expect(agreementText(result)).toBe('Only one source gives numbers for this, so we cannot compare sources.');
	});

	test('grades show what clinics quote, labelled, but never change the sourced range', () => {
		const noGrade = estimateFor('graded');
		const grade3 = estimateFor('graded', 3);
		expect(grade3.sessions).toEqual(noGrade.sessions);
		expect(grade3.sessions).toEqual({ min: 3, max: 15 });
		const claims = (result: Estimate<string>) =>
			result.figures.filter((figure) => !figure.source).map((figure) => text.sessions(figure.sessions));
		expect(claims(noGrade)).toEqual(['3 to 4 sessions']);
		expect(claims(estimateFor('graded', 2))).toEqual(['3 to 4 sessions', '10 to 15 sessions']);
		expect(claims(grade3)).toEqual(['3 to 4 sessions', '21 or more sessions']);
		expect(grade3.grade).toEqual({ id: 3, description: 'seen all the time' });
		// Sourced figures come first, clinic claims after them.
		expect(grade3.figures.map((figure) => figure.source ?? 'claim')).toEqual(['website', 'claim', 'claim']);
	});

	test('every goal in content/treatments.yaml has an estimate whose range holds each sourced figure', () => {
		for (const treatment of treatments) {
			const outcome = estimate(treatments, { goal: treatment.id });
			if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
			const { min, max } = outcome.value.sessions;
			for (const figure of treatment.figures.filter((item) => item.source)) {
				if (min !== undefined && figure.sessions.min !== undefined) expect(figure.sessions.min, treatment.id).toBeGreaterThanOrEqual(min);
				if (max !== undefined && figure.sessions.max !== undefined) expect(figure.sessions.max, treatment.id).toBeLessThanOrEqual(max);
			}
		}
	});
});

describe('the example plan', () => {
	/** The first sourced figure with the time between sessions, strongest source first. */
	const firstTimedSourced = (goal: string) => goals.find((t) => t.id === goal)!.figures.find((f) => f.source && f.intervalDays)!;

	test('is the first sourced figure with a gap, strongest source first, with its own numbers', () => {
		for (const goal of goals.map((treatment) => treatment.id)) {
			const { examplePlan } = estimateFor(goal);
			const figure = firstTimedSourced(goal);
			expect(examplePlan.source, goal).toBe(figure.source);
			expect(examplePlan.figure.note, goal).toBe(figure.note);
			expect(examplePlan.sessions, goal).toBe(figure.sessions.min ?? figure.sessions.max);
			expect(examplePlan.intervalDays, goal).toBe(figure.intervalDays!.min ?? figure.intervalDays!.max);
			expect(examplePlan.matchesGrade, goal).toBe(false);
		}
		expect(estimateFor('open-below').examplePlan).toMatchObject({ sessions: 6, intervalDays: 30, source: 'label' });
	});

	test('carries whether what was injected is approved, so the estimator can say so plainly', () => {
		expect(estimateFor('open-below').examplePlan.figure.approval).toMatchObject({ approved: true, source: 'approval' });
		const records = estimateFor('open-below').figures.find((figure) => figure.source === 'records')!;
		expect(records.approval).toMatchObject({ approved: false, source: 'warning' });
	});

	test('a grade no source gives a figure for: the example is the general one and says so', () => {
		const grade2 = estimateFor('graded', 2);
		expect(grade2.examplePlan).toMatchObject({ source: 'website', sessions: 3, intervalDays: 7, matchesGrade: false });
		// The grade's own numbers are clinic claims: shown beside it, never used for the example.
		expect(grade2.figures.filter((figure) => figure.grades?.includes(2)).map((figure) => figure.source)).toEqual([undefined]);
	});

	const graded: TreatmentData<string> = {
		id: 'g',
		label: 'G',
		article: 'g',
		verdict: { strength: 'weak', text: 'A fixture verdict.', sources: ['t'] },
		grades: [
			{ id: 1, description: 'one' },
			{ id: 2, description: 'two' },
		],
		figures: [
			{ source: 'general', sessions: { min: 3, max: 3 }, intervalDays: { min: 7, max: 7 }, note: 'General' },
			{ source: 'grade-2', grades: [2], sessions: { min: 8, max: 10 }, intervalDays: { min: 14, max: 21 }, note: 'Grade 2' },
			{ source: 'grade-2-untimed', grades: [2], sessions: { min: 12 }, note: 'Grade 2, no gap' },
		],
		caveats: [],
		maintenance: [],
	};
	const exampleFor = (grade?: number) => {
		const outcome = estimate([graded], { goal: 'g', grade });
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
		return outcome.value.examplePlan;
	};

	test('a grade with its own sourced figure takes its example from that figure, even when a general one is listed first', () => {
		expect(exampleFor(2)).toMatchObject({ source: 'grade-2', sessions: 8, intervalDays: 14, matchesGrade: true });
	});

	test('a grade without its own figure, or no grade, takes the general example and says it is not for the grade', () => {
		expect(exampleFor(1)).toMatchObject({ source: 'general', sessions: 3, intervalDays: 7, matchesGrade: false });
		expect(exampleFor()).toMatchObject({ source: 'general', matchesGrade: false });
	});
});

describe('figures, strongest source first (audit A17)', () => {
	const figure = (source: string | undefined): Figure<string> => ({ source, sessions: { min: 1 }, note: source ?? 'claim' });
	const rank: Record<string, number> = { regulator: 0, 'trial-a': 4, 'trial-b': 4, consumer: 8 };

	test('orders by rank, keeps the file order for equal ranks and puts clinic claims last', () => {
		const sorted = strongestFirst(
			[figure('consumer'), figure(undefined), figure('trial-a'), figure('regulator'), figure('trial-b')],
			(id) => rank[id]!,
		);
		expect(sorted.map((item) => item.note)).toEqual(['regulator', 'trial-a', 'trial-b', 'consumer', 'claim']);
	});

	test("kindRank follows the bibliography's order of kinds: regulators first, consumer websites last", () => {
		expect(kindRank('regulator')).toBe(0);
		expect(kindRank('systematic-review')).toBeLessThan(kindRank('trial'));
		expect(kindRank('trial')).toBeLessThan(kindRank('consumer'));
		expect(kindRank('consumer')).toBe(8);
	});

	test('in every goal, no sourced figure comes after a weaker one, and a consumer website is never first when a stronger source exists', () => {
		const rawGoals = readYaml('content/treatments.yaml');
		for (const treatment of treatments) {
			const ranks = treatment.figures.flatMap((item) => (item.source ? [kindRank(sourceKinds.get(item.source)!)] : []));
			expect(ranks, treatment.id).toEqual([...ranks].sort((a, b) => a - b));
			const kinds = treatment.figures.flatMap((item) => (item.source ? [sourceKinds.get(item.source)] : []));
			if (kinds.some((kind) => kind !== 'consumer')) expect(kinds[0], treatment.id).not.toBe('consumer');
			// Sorting loses no figure.
			expect(treatment.figures, treatment.id).toHaveLength(
				(rawGoals.find((goal) => goal.id === treatment.id)!['figures'] as unknown[]).length,
			);
		}
	});
});

describe('calendar files (audit A16)', () => {
	test('never for a goal whose best fair test found no benefit, even for numbers the reader typed', () => {
		const noBenefit = goals.find((t) => t.verdict.strength === 'no-benefit')!;
		expect(calendarOffer(noBenefit, 'own')).toEqual({ offered: false, reason: 'no-benefit' });
		expect(calendarOffer(noBenefit, 'example')).toEqual({ offered: false, reason: 'no-benefit' });
	});

	test("otherwise only for the reader's own numbers, never for the example", () => {
		const weak = goals.find((t) => t.verdict.strength === 'weak')!;
		expect(calendarOffer(weak, 'example')).toEqual({ offered: false, reason: 'example-plan' });
		expect(calendarOffer(weak, 'own')).toEqual({ offered: true });
	});
});

describe('estimate, with bad requests', () => {
	test('an unknown goal names the goals there are', () => {
		expect(estimate(goals, { goal: 'six-pack' })).toEqual({
			ok: false,
			problem: { code: 'unknown-goal', goal: 'six-pack', goals: goals.map(({ label }) => label) },
		});
	});

	test('an impossible grade says which grades exist', () => {
		const outOfRange = { ok: false, problem: { code: 'grade-out-of-range', goal: 'Graded', from: 1, to: 3 } };
		expect(estimate(goals, { goal: 'graded', grade: 7 })).toEqual(outOfRange);
		expect(estimate(goals, { goal: 'graded', grade: 1.5 })).toEqual(outOfRange);
	});

	test('a grade for a goal without grades is refused', () => {
		expect(estimate(goals, { goal: 'one-source', grade: 2 })).toEqual({ ok: false, problem: { code: 'no-grades', goal: 'One source' } });
	});

	test('open-ended figures keep the range open instead of inventing a top', () => {
		const open: TreatmentData<string> = {
			id: 'x',
			label: 'X',
			article: 'x',
			verdict: { strength: 'weak', text: 'A fixture verdict.', sources: ['a'] },
			figures: [
				{ source: 'a', sessions: { min: 2, max: 4 }, intervalDays: { min: 7, max: 7 }, note: 'A' },
				{ source: 'b', sessions: { min: 5 }, intervalDays: { min: 14, max: 21 }, note: 'B' },
			],
			caveats: [],
			maintenance: [],
		};
		const outcome = estimate([open], { goal: 'x' });
		expect(outcome.ok && outcome.value.sessions).toEqual({ min: 2, max: undefined });
		expect(outcome.ok && outcome.value.spanDays).toEqual({ min: 7, max: undefined });
		expect(outcome.ok && text.weeks(outcome.value.spanDays)).toBe('about 1 or more weeks');
		expect(outcome.ok && outcome.value.agreement).toEqual({ sessions: false, interval: false });
	});
});

describe('wording of numbers', () => {
	test('formatRange covers exact, range, up to and open-ended values, with the right plural', () => {
		expect(text.sessions({ min: 1, max: 1 })).toBe('1 session');
		expect(text.sessions({ min: 4, max: 4 })).toBe('4 sessions');
		expect(text.sessions({ min: 3, max: 15 })).toBe('3 to 15 sessions');
		expect(text.days({ max: 1 })).toBe('up to 1 day');
		expect(text.sessions({ min: 21 })).toBe('21 or more sessions');
		expect(text.sessions({})).toBe('no figure');
	});

	test('weeks are rounded to the nearest whole week and said with "about"', () => {
		expect(text.weeks({ min: 45, max: 45 })).toBe('about 6 weeks');
		// 3 days is under half a week: no "about 0 weeks" for a reader.
		expect(text.weeks({ min: 3, max: 11 })).toBe('up to about 2 weeks');
	});
});

describe('a plan the reader types', () => {
	test('planProblems names each bad field, and accepts the limits themselves', () => {
		expect(planProblems({ sessions: 1, intervalDays: 120 })).toEqual({});
		expect(planProblems({ sessions: 40, intervalDays: 1 })).toEqual({});
		const limits = { sessions: { min: 1, max: 40 }, intervalDays: { min: 1, max: 120 } };
		expect(planProblems({ sessions: 0, intervalDays: 0 })).toEqual(limits);
		expect(planProblems({ sessions: 2.5, intervalDays: Number.NaN })).toEqual(limits);
		expect(text.planProblem('sessions', limits.sessions)).toBe('Enter a whole number of sessions from 1 to 40.');
		expect(text.planProblem('intervalDays', limits.intervalDays)).toBe('Enter a whole number of days from 1 to 120.');
		expect(planProblems({ sessions: 41, intervalDays: 121 })).toHaveProperty('sessions');
	});

	test('comparePlan says where the plan sits against what sources report', () => {
		const range = { sessions: { min: 3, max: 15 }, intervalDays: { min: 7, max: 30 } };
		expect(comparePlan({ sessions: 20, intervalDays: 3 }, range)).toEqual({ sessions: 'above', interval: 'below' });
		expect(text.comparison({ sessions: 4, intervalDays: 28 }, range)).toEqual([
			'A plan of 4 sessions is within what the sources report (3 to 15 sessions).',
			'A gap of 28 days is within what they report (7 to 30 days).',
		]);
		expect(text.comparison({ sessions: 20, intervalDays: 3 }, range)).toEqual([
			'A plan of 20 sessions is more than what the sources report (3 to 15 sessions).',
			'A gap of 3 days is shorter than what they report (7 to 30 days).',
		]);
		expect(text.comparison({ sessions: 1, intervalDays: 60 }, range)[0]).toBe(
			'A plan of 1 session is fewer than what the sources report (3 to 15 sessions).',
		);
		expect(text.comparison({ sessions: 1, intervalDays: 28 }, estimateFor('open-below'))[0]).toBe(
			'A plan of 1 session is within what the sources report (up to 6 sessions).',
		);
	});

	test('placeInRange treats open ends as open', () => {
		expect(placeInRange(100, { min: 21 })).toBe('within');
		expect(placeInRange(1, { max: 6 })).toBe('within');
		expect(placeInRange(7, { max: 6 })).toBe('above');
	});
});
