/**
 * The estimator's state in the address bar (`?goal=cellulite&grade=2&start=2027-01-10&sessions=4&every=28#estimator`),
 * so a plan can be shared and a reload or a shared link rebuilds the same view, opened at the estimator.
 * The goal is always written, even an article's own, so the grade that depends on it is never dropped.
 * Bad values are dropped, each with a note the reader sees.
 */
import { gradeSpan, PLAN_LIMITS, withinPlanLimits, type TreatmentData } from './estimator.ts';
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
): { state: EstimatorState; notes: string[] } {
	const params = new URLSearchParams(search);
	const state: EstimatorState = {};
	const notes: string[] = [];
	const ignored = (what: string, value: string, why: string) =>
		notes.push(`The link's ${what} (${quoteValue(value)}) ${why}, so we left it out.`);

	const goalText = params.get('goal');
	const named = goals.find((option) => option.id === goalText);
	if (named) state.goal = named.id;
	else if (goalText !== null) ignored('goal', goalText, `is not one we have figures for`);
	const goal = named ?? (goalText === null ? goals.find((option) => option.id === pageGoal) : undefined);

	const gradeText = params.get('grade');
	if (gradeText !== null) {
		const grade = wholeNumber(gradeText);
		if (!goal?.grades) ignored('grade', gradeText, goal ? `does not apply to ${goal.label.toLowerCase()}` : 'needs a goal that has grades');
		else if (grade === undefined || !goal.grades.some((option) => option.id === grade)) {
			ignored('grade', gradeText, `is not a ${goal.label.toLowerCase()} grade (they go from ${gradeSpan(goal.grades)})`);
		} else state.grade = grade;
	}

	const startText = params.get('start');
	if (startText !== null) {
		const start = parseStartDate(startText);
		if (start.ok) state.start = start.value;
		else ignored('start date', startText, 'is not a real date written as YYYY-MM-DD');
	}

	// The plan's own numbers: each must be a whole number inside its limits, or it is left out.
	const planFields = [
		{ key: 'sessions', field: 'sessions', words: 'number of sessions' },
		{ key: 'every', field: 'intervalDays', words: 'days between sessions' },
	] as const;
	for (const { key, field, words } of planFields) {
		const text = params.get(key);
		if (text === null) continue;
		const value = wholeNumber(text);
		if (value === undefined || !withinPlanLimits(field, value)) {
			ignored(words, text, `is not a whole number from ${PLAN_LIMITS[field].min} to ${PLAN_LIMITS[field].max}`);
		} else state[key] = value;
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
