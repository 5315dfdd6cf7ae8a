import { describe, expect, test } from 'vitest';
import {
	agreementText,
	comparePlan,
	DAYS,
	estimate,
	formatRange,
	formatWeeks,
	placeInRange,
	planProblems,
	SESSIONS,
	type Estimate,
	type TreatmentData,
} from '../../src/lib/estimator.ts';
import { realTreatments } from './helpers/content.ts';

const treatments = realTreatments();

/** The estimate for a goal, failing the test with the estimator's own message if there is none. */
function estimateFor(goal: string, grade?: number): Estimate<string> {
	const outcome = estimate(treatments, { goal, grade });
	if (!outcome.ok) throw new Error(outcome.problem);
	return outcome.value;
}

describe('estimate, on the real figures', () => {
	test('fat reduction: ranges across Thomas 2018, the Kybella label and Healthline', () => {
		const fat = estimateFor('fat-reduction');
		expect(fat.sessions).toEqual({ min: 3, max: 15 });
		expect(fat.intervalDays).toEqual({ min: 7, max: 30 });
		// Healthline's 3 sessions a week apart (14 days) to 15 sessions a month apart (420 days).
		expect(fat.spanDays).toEqual({ min: 14, max: 420 });
		expect(formatWeeks(fat.spanDays)).toBe('about 2 to 60 weeks');
		expect(fat.examplePlan).toEqual({ sessions: 4, intervalDays: 28, source: 'thomas-2018-injection-lipolysis' });
		expect(fat.agreement).toEqual({ sessions: true, interval: false });
	});

	test('the Kybella label ("up to 6, at least 1 month apart") has no lower bound and uses its shortest gap', () => {
		const kybella = estimateFor('fat-reduction').figures.find((figure) => figure.source === 'kybella-label')!;
		expect(formatRange(kybella.sessions, SESSIONS)).toBe('up to 6 sessions');
		expect(formatRange(kybella.intervalDays!, DAYS)).toBe('30 or more days');
		expect(kybella.spanDays).toEqual({ min: undefined, max: 150 });
		expect(formatWeeks(kybella.spanDays!)).toBe('up to about 21 weeks');
	});

	test('face: three small studies that disagree on both counts', () => {
		const face = estimateFor('facial-rejuvenation');
		expect(face.sessions).toEqual({ min: 4, max: 6 });
		expect(face.intervalDays).toEqual({ min: 14, max: 21 });
		expect(face.spanDays).toEqual({ min: 45, max: 70 });
		expect(agreementText(face)).toBe('The sources do not agree on the number of sessions or on the time between them.');
	});

	test('under-eye bags: the two open studies share 3 sessions but not the gap', () => {
		const eyes = estimateFor('under-eye-bags');
		expect(eyes.sessions).toEqual({ min: 2, max: 5 });
		expect(eyes.intervalDays).toEqual({ min: 14, max: 42 });
		expect(formatWeeks(eyes.spanDays)).toBe('about 4 to 12 weeks');
		expect(agreementText(eyes)).toBe('The sources overlap on the number of sessions, but not on the time between them.');
	});

	test('hair loss: only the general range, and the estimate says it cannot compare sources', () => {
		const hair = estimateFor('hair-loss');
		expect(hair.sourceCount).toBe(1);
		expect(formatRange(hair.sessions, SESSIONS)).toBe('3 to 15 sessions');
		expect(agreementText(hair)).toBe('Only one source gives numbers for this, so we cannot compare sources.');
	});

	test('cellulite grades show what clinics quote, labelled, but never change the sourced range', () => {
		const noGrade = estimateFor('cellulite');
		const grade3 = estimateFor('cellulite', 3);
		expect(grade3.sessions).toEqual(noGrade.sessions);
		expect(grade3.sessions).toEqual({ min: 3, max: 15 });
		const claims = (result: Estimate<string>) => result.figures.filter((figure) => !figure.source).map((figure) => formatRange(figure.sessions, SESSIONS));
		expect(claims(noGrade)).toEqual(['3 to 4 sessions']);
		expect(claims(estimateFor('cellulite', 2))).toEqual(['3 to 4 sessions', '10 to 15 sessions']);
		expect(claims(grade3)).toEqual(['3 to 4 sessions', '21 or more sessions']);
		expect(grade3.grade).toEqual({ id: 3, description: 'seen all the time, even at rest' });
		// Sourced figures come first, clinic claims after them.
		expect(grade3.figures.map((figure) => figure.source ?? 'claim')).toEqual(['healthline-mesotherapy', 'claim', 'claim']);
	});
});

describe('estimate, with bad requests', () => {
	test('an unknown goal names the goals there are', () => {
		expect(estimate(treatments, { goal: 'six-pack' })).toEqual({
			ok: false,
			problem: 'We have no figures for "six-pack". Choose one of: Fat reduction, Cellulite, Face (skin renewal), Under-eye bags, Hair loss.',
		});
	});

	test('an impossible grade says which grades exist', () => {
		expect(estimate(treatments, { goal: 'cellulite', grade: 7 })).toEqual({ ok: false, problem: 'Cellulite grades go from 1 to 3.' });
		expect(estimate(treatments, { goal: 'cellulite', grade: 1.5 })).toEqual({ ok: false, problem: 'Cellulite grades go from 1 to 3.' });
	});

	test('a grade for a goal without grades is refused', () => {
		expect(estimate(treatments, { goal: 'hair-loss', grade: 2 })).toEqual({ ok: false, problem: 'Hair loss has no grades. Leave the grade out.' });
	});

	test('open-ended figures keep the range open instead of inventing a top', () => {
		const open: TreatmentData<string> = {
			id: 'x',
			label: 'X',
			article: 'x',
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
		expect(outcome.ok && formatWeeks(outcome.value.spanDays)).toBe('about 1 or more weeks');
		expect(outcome.ok && outcome.value.agreement).toEqual({ sessions: false, interval: false });
	});
});

describe('wording of numbers', () => {
	test('formatRange covers exact, range, up to and open-ended values, with the right plural', () => {
		expect(formatRange({ min: 1, max: 1 }, SESSIONS)).toBe('1 session');
		expect(formatRange({ min: 4, max: 4 }, SESSIONS)).toBe('4 sessions');
		expect(formatRange({ min: 3, max: 15 }, SESSIONS)).toBe('3 to 15 sessions');
		expect(formatRange({ max: 1 }, DAYS)).toBe('up to 1 day');
		expect(formatRange({ min: 21 }, SESSIONS)).toBe('21 or more sessions');
		expect(formatRange({}, SESSIONS)).toBe('no figure');
	});

	test('weeks are rounded to the nearest whole week and said with "about"', () => {
		expect(formatWeeks({ min: 45, max: 45 })).toBe('about 6 weeks');
		expect(formatWeeks({ min: 3, max: 11 })).toBe('about 0 to 2 weeks');
	});
});

describe('a plan the reader types', () => {
	test('planProblems names each bad field, and accepts the limits themselves', () => {
		expect(planProblems({ sessions: 1, intervalDays: 120 })).toEqual({});
		expect(planProblems({ sessions: 40, intervalDays: 1 })).toEqual({});
		expect(planProblems({ sessions: 0, intervalDays: 0 })).toEqual({
			sessions: 'Enter a whole number of sessions from 1 to 40.',
			intervalDays: 'Enter a whole number of days from 1 to 120.',
		});
		expect(planProblems({ sessions: 2.5, intervalDays: Number.NaN })).toEqual({
			sessions: 'Enter a whole number of sessions from 1 to 40.',
			intervalDays: 'Enter a whole number of days from 1 to 120.',
		});
		expect(planProblems({ sessions: 41, intervalDays: 121 })).toHaveProperty('sessions');
	});

	test('comparePlan says where the plan sits against what sources report', () => {
		const fat = estimateFor('fat-reduction');
		expect(comparePlan({ sessions: 4, intervalDays: 28 }, fat)).toEqual([
			'A plan of 4 sessions is within what the sources report (3 to 15 sessions).',
			'A gap of 28 days is within what they report (7 to 30 days).',
		]);
		expect(comparePlan({ sessions: 20, intervalDays: 3 }, fat)).toEqual([
			'A plan of 20 sessions is more than what the sources report (3 to 15 sessions).',
			'A gap of 3 days is shorter than what they report (7 to 30 days).',
		]);
		expect(comparePlan({ sessions: 1, intervalDays: 60 }, fat)[0]).toBe('A plan of 1 session is fewer than what the sources report (3 to 15 sessions).');
	});

	test('placeInRange treats open ends as open', () => {
		expect(placeInRange(100, { min: 21 })).toBe('within');
		expect(placeInRange(1, { max: 6 })).toBe('within');
		expect(placeInRange(7, { max: 6 })).toBe('above');
	});
});
