/**
 * The estimator's state in the address bar (`?goal=cellulite&grade=2&start=2027-01-10&sessions=4&every=28#estimator`),
 * so a plan can be shared and a reload or a shared link rebuilds the same view, opened at the estimator.
 * The goal is always written, even an article's own, so the grade that depends on it is never dropped.
 * Bad values are dropped, each with a note the reader sees (as data here; the words are the dictionary's).
 */
import { PLAN_LIMITS, withinPlanLimits, type TreatmentData } from './estimator.ts';
import { parseStartDate } from './schedule.ts';

export interface EstimatorState {
	goal?: string | undefined;
	grade?: number | undefined;
	/** First session, YYYY-MM-DD. */
	start?: string | undefined;
	/** The reader's own plan; the example plan is used when these are missing. */
	sessions?: number | undefined;
	every?: number | undefined;
}

/** What the address needs to know of a goal. */
export type GoalOption = Pick<TreatmentData<unknown>, 'id' | 'label' | 'grades'>;

/** The query keys, in the order they are written. An address with any of them opens the estimator at once. */
export const ESTIMATOR_PARAMS = ['goal', 'grade', 'start', 'sessions', 'every'] as const;

/** A part of a link the estimator could not use: which, the value (quoted with quoteValue), why, and what the reason names. */
export interface LinkNote {
	part: (typeof ESTIMATOR_PARAMS)[number];
	value: string;
	reason: 'unknown-goal' | 'grade-not-applicable' | 'grade-needs-goal' | 'unknown-grade' | 'bad-date' | 'bad-number';
	/** The goal a grade was checked against. */
	goal?: string | undefined;
	/** The limits a value had to be within: a goal's first and last grade, or a plan field's. */
	min?: number | undefined;
	max?: number | undefined;
}

/** The estimator's element id: shared links end in `#estimator`, so they open at it, not at the top of a long article. */
export const ESTIMATOR_FRAGMENT = 'estimator';

/** A value from the address bar, made safe and short enough to quote back in a note. */
export function quoteValue(value: string): string {
	// Drop control and invisible formatting characters so the quote cannot reorder or hide text.
	const visible = value.replace(/[\p{Cc}\p{Cf}]/gu, '');
	const characters = [...visible];
	return `"${characters.length > 30 ? `${characters.slice(0, 30).join('')}…` : visible}"`;
}

/** A whole number written plainly ("12"), else undefined ("1e3", "12.5", " 12" are refused). */
const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text) ? Number(text) : undefined);

/**
 * Reads the state from a query string; unknown keys are ignored silently, bad values with a note.
 * `pageGoal` is the goal the page opens with (an article's own): links written before the goal was
 * always included (`/articles/cellulite/?grade=3`) still get their grade checked against it.
 */
export function parseEstimatorQuery(
	search: string,
	goals: readonly GoalOption[],
	pageGoal?: string,
): { state: EstimatorState; notes: LinkNote[] } {
	const params = new URLSearchParams(search);
	const state: EstimatorState = {};
	const notes: LinkNote[] = [];
	const ignored = (part: LinkNote['part'], value: string, reason: LinkNote['reason'], about: Pick<LinkNote, 'goal' | 'min' | 'max'> = {}) =>
		notes.push({ part, value: quoteValue(value), reason, ...about });

	const goalText = params.get('goal');
	const named = goals.find((option) => option.id === goalText);
	if (named) state.goal = named.id;
	else if (goalText !== null) ignored('goal', goalText, 'unknown-goal');
	const goal = named ?? (goalText === null ? goals.find((option) => option.id === pageGoal) : undefined);

	const gradeText = params.get('grade');
	if (gradeText !== null) {
		const grade = wholeNumber(gradeText);
		if (!goal?.grades) ignored('grade', gradeText, goal ? 'grade-not-applicable' : 'grade-needs-goal', { goal: goal?.label });
		else if (grade === undefined || !goal.grades.some((option) => option.id === grade)) {
			ignored('grade', gradeText, 'unknown-grade', { goal: goal.label, min: goal.grades[0]!.id, max: goal.grades.at(-1)!.id });
		} else state.grade = grade;
	}

	const startText = params.get('start');
	if (startText !== null) {
		const start = parseStartDate(startText);
		if (start.ok) state.start = start.value;
		else ignored('start', startText, 'bad-date');
	}

	// The plan's own numbers: each must be a whole number inside its limits, or it is left out.
	const planFields = [
		{ key: 'sessions', field: 'sessions' },
		{ key: 'every', field: 'intervalDays' },
	] as const;
	for (const { key, field } of planFields) {
		const text = params.get(key);
		if (text === null) continue;
		const value = wholeNumber(text);
		if (value === undefined || !withinPlanLimits(field, value)) ignored(key, text, 'bad-number', PLAN_LIMITS[field]);
		else state[key] = value;
	}
	return { state, notes };
}

/**
 * The query string for a state ("?goal=cellulite&grade=2"), or "" when there is nothing to share. On a
 * page with its own goal (`pageGoal`), that goal alone adds nothing, but with anything else it is written,
 * so the link rebuilds the same view wherever it is opened.
 */
export function estimatorQuery(state: EstimatorState, pageGoal?: string): string {
	const onlyPageGoal = state.goal === pageGoal && ESTIMATOR_PARAMS.every((key) => key === 'goal' || state[key] === undefined);
	if (onlyPageGoal) return '';
	const params = new URLSearchParams();
	for (const key of ESTIMATOR_PARAMS) {
		const value = state[key];
		if (value !== undefined) params.set(key, String(value));
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
