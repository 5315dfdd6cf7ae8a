// The estimator's sentences in the reader's language: the words come from the dictionary (passed in, so an island
// holds one language only), numbers and plurals from Intl. src/lib/estimator.ts and friends return the data.
import type { Dictionary } from './en/index.ts';
import { fill, formatList, formatNumber, plural, type PluralForms } from './format.ts';
import type { Locale } from './locales.ts';
import {
	comparePlan,
	exactly,
	weeksFromDays,
	type Estimate,
	type EstimateProblem,
	type Plan,
	type PlanProblems,
	type Range,
	type SourceLink,
	type Verdict,
} from '../lib/estimator.ts';
import type { LinkNote } from '../lib/estimator-url.ts';
import { START_YEARS, type StartDateProblem } from '../lib/schedule.ts';

export type EstimatorWords = Dictionary['islands']['estimator'];
export type CalendarWords = Dictionary['islands']['calendar'];

/** How a language writes a range of one unit: exact, min to max, "up to" and "or more". */
interface RangeWords {
	exact: PluralForms;
	range: string;
	upTo: PluralForms;
	orMore: string;
}

/** "4 sessions", "3 to 15 sessions", "up to 6 sessions", "21 or more sessions"; `none` when the range is open at both ends. */
function rangeText(locale: Locale, words: RangeWords, none: string, { min, max }: Range): string {
	const number = (value: number) => formatNumber(locale, value);
	if (min !== undefined && max !== undefined) {
		return min === max ? plural(locale, min, words.exact) : fill(words.range, { min: number(min), max: number(max) });
	}
	if (max !== undefined) return plural(locale, max, words.upTo);
	if (min !== undefined) return fill(words.orMore, { min: number(min) });
	return none;
}

/** The estimator's sentences for one language. */
export function estimatorText(locale: Locale, words: EstimatorWords) {
	const sessions = (range: Range) => rangeText(locale, words.sessions, words.noFigure, range);
	const days = (range: Range) => rangeText(locale, words.days, words.noFigure, range);
	/** Days rounded to weeks: "about 2 to 60 weeks", "up to about 21 weeks". */
	const weeks = (range: Range) => rangeText(locale, words.weeks, words.noFigure, weeksFromDays(range));
	/** A goal's label for templates: {goal} as written, {goalLower} in lower case. */
	const goal = (label: string) => ({ goal: label, goalLower: label.toLocaleLowerCase(locale) });
	return {
		sessions,
		days,
		weeks,
		goal,
		/** "4 sessions, 28 days apart", or "1 session". */
		plan: (plan: Plan) =>
			plan.sessions === 1
				? sessions(exactly(1))
				: fill(words.planWords, { sessions: sessions(exactly(plan.sessions)), days: days(exactly(plan.intervalDays)) }),
		/** Where a plan sits against what the sources report, in two sentences. */
		comparison: (plan: Plan, estimate: Pick<Estimate<unknown>, 'sessions' | 'intervalDays'>) => {
			const place = comparePlan(plan, estimate);
			return [
				fill(words.compareSessions[place.sessions], { plan: sessions(exactly(plan.sessions)), range: sessions(estimate.sessions) }),
				fill(words.compareGap[place.interval], { gap: days(exactly(plan.intervalDays)), range: days(estimate.intervalDays) }),
			];
		},
		/** What is wrong with a plan field. */
		planProblem: (field: keyof PlanProblems, limits: { min: number; max: number }) =>
			fill(words.problems[field], { min: formatNumber(locale, limits.min), max: formatNumber(locale, limits.max) }),
		/** Why no estimate can be made. */
		estimateProblem: (problem: EstimateProblem) =>
			fill(words.estimateProblems[problem.code], {
				goal: problem.goal,
				...(problem.code === 'unknown-goal' && { goals: formatList(locale, problem.goals, 'disjunction') }),
				...(problem.code === 'grade-out-of-range' && { from: formatNumber(locale, problem.from), to: formatNumber(locale, problem.to) }),
			}),
		/** What is wrong with a typed start date. */
		startProblem: (problem: StartDateProblem) =>
			fill(words.problems[problem], {
				min: formatNumber(locale, START_YEARS.min, { useGrouping: false }),
				max: formatNumber(locale, START_YEARS.max, { useGrouping: false }),
			}),
		/** Why part of a shared link was left out. */
		linkNote: (note: LinkNote) =>
			fill(words.linkNote, {
				what: words.linkParts[note.part],
				value: note.value,
				why: fill(words.linkReasons[note.reason], {
					...(note.goal ? goal(note.goal) : {}),
					...(note.min !== undefined && { min: formatNumber(locale, note.min) }),
					...(note.max !== undefined && { max: formatNumber(locale, note.max) }),
				}),
			}),
	};
}

export type EstimatorText = ReturnType<typeof estimatorText>;

/** "Not shown to work. In a fair test, … (Eyelid trial, 2011)": a verdict as plain text, for calendar files. */
export function verdictText(words: EstimatorWords, calendar: CalendarWords, verdict: Verdict<SourceLink>): string {
	return fill(calendar.verdict, {
		strength: words.strengths[verdict.strength],
		text: verdict.text,
		sources: verdict.sources.map((source) => source.short).join('; '),
	});
}
