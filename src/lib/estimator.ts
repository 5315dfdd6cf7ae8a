/**
 * Session estimator arithmetic: what the sources report for a goal, put together as ranges, the time from
 * the first to the last session, and where the sources disagree. Generic in `S`, the way a source is held
 * (an id in unit tests, a resolved source with its title and link in the site).
 */
import type { EvidenceStrength } from './schemas/treatment.ts';
import type { SourceKind } from './schemas/source.ts';

/** A number as a source reports it: exact (min = max), a range, "up to" (no min) or "or more" (no max). */
export interface Range {
	min?: number | undefined;
	max?: number | undefined;
}

/** Whether a regulator approved what was injected, in a sentence with its source. */
export interface Approval<S> {
	approved: boolean;
	text: string;
	source: S;
}

/** One reported figure. Without a source it is a clinic claim: shown, labelled, never counted. */
export interface Figure<S> {
	sessions: Range;
	intervalDays?: Range | undefined;
	/** Only for these grades; undefined means every grade. */
	grades?: number[] | undefined;
	note: string;
	source?: S | undefined;
	/** Every sourced figure has one (the schema checks); clinic claims have none. */
	approval?: Approval<S> | undefined;
}

/** What the best fair tests found for a goal: shown before any number. */
export interface Verdict<S> {
	strength: EvidenceStrength;
	text: string;
	sources: S[];
}

/** A sentence about the evidence, with its source, or a clinic claim when `source` is missing. */
export interface Statement<S> {
	text: string;
	source?: S | undefined;
}

export interface Grade {
	id: number;
	description: string;
}

/** Everything the estimator knows about one goal (an entry of content/treatments.yaml). */
export interface TreatmentData<S> {
	id: string;
	label: string;
	article: string;
	verdict: Verdict<S>;
	/** The published scale the grades come from, e.g. "Nürnberger–Müller". */
	gradeScale?: { name: string; sources: S[] } | undefined;
	grades?: Grade[] | undefined;
	figures: Figure<S>[];
	caveats: { text: string; source: S }[];
	maintenance: Statement<S>[];
}

/** How the site hands a source to the estimator: enough to cite and link it. */
export interface SourceLink {
	id: string;
	/** "Thomas and others, 2018". */
	short: string;
	title: string;
	/** The canonical address, when there is one. */
	href?: string | undefined;
	/** Regulator, trial, consumer website…: decides which figures are listed first. */
	kind: SourceKind;
}

/** A concrete plan: how many sessions, how many days apart. */
export interface Plan {
	sessions: number;
	intervalDays: number;
}

/** The smallest and largest plans a reader may enter; beyond these the numbers stop meaning anything. */
export const PLAN_LIMITS = { sessions: { min: 1, max: 40 }, intervalDays: { min: 1, max: 120 } } as const;

export interface FigureSummary<S> extends Figure<S> {
	/** Days from the first to the last session, when the figure gives the time between sessions. */
	spanDays?: Range | undefined;
}

export interface Estimate<S> {
	treatment: TreatmentData<S>;
	grade?: Grade | undefined;
	/** Every figure that applies (sources first, then clinic claims), with its own time span. */
	figures: FigureSummary<S>[];
	/** How many figures have a source; only these make the ranges below. */
	sourceCount: number;
	sessions: Range;
	/** Days between sessions, across the sources' plans (a source's "at least" gap counts as that gap). */
	intervalDays: Range;
	/** Days from the first to the last session, across the sources' own plans. */
	spanDays: Range;
	/** Whether every source shares at least one value with every other. */
	agreement: { sessions: boolean; interval: boolean };
	/**
	 * What one source reported, used as an example until the reader types their own plan: the first sourced figure
	 * with the time between sessions, strongest source first, preferring one made for the reader's grade.
	 */
	examplePlan: ExamplePlan<S>;
}

export interface ExamplePlan<S> extends Plan {
	source: S;
	/** The figure the example comes from, with its note and whether what was injected is approved. */
	figure: FigureSummary<S> & { source: S };
	/** True only when the figure is for the reader's grade; false when it is a figure for every grade. */
	matchesGrade: boolean;
}

/** Why no estimate can be made, as data: the estimator words it in the reader's language. Goals by their labels. */
export type EstimateProblem =
	| { code: 'unknown-goal'; goal: string; goals: string[] }
	| { code: 'no-grades'; goal: string }
	| { code: 'grade-out-of-range'; goal: string; from: number; to: number }
	| { code: 'no-timed-figure'; goal: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: EstimateProblem };

/**
 * Lowest min and highest max. Either end stays open when any range is open there: "up to 6" and "4" make
 * "up to 6", since the label allows fewer than 4; "21 or more" keeps the top open.
 */
function combine(ranges: Range[]): Range {
	const open = (end: 'min' | 'max') => ranges.length === 0 || ranges.some((range) => range[end] === undefined);
	return {
		min: open('min') ? undefined : Math.min(...ranges.map((range) => range.min!)),
		max: open('max') ? undefined : Math.max(...ranges.map((range) => range.max!)),
	};
}

/** True when one value fits inside every range ("up to" starts at 1, "or more" never ends). */
function overlap(ranges: Range[]): boolean {
	const highestMin = Math.max(...ranges.map((range) => range.min ?? 1));
	const lowestMax = Math.min(...ranges.map((range) => range.max ?? Infinity));
	return highestMin <= lowestMax;
}

/**
 * The gap a figure's plan uses. Where a source gives only a shortest gap ("at least 1 month apart") that gap is
 * used, since the source sets no longer one; the figure itself still shows "30 or more days".
 */
function planGap(interval: Range): { min: number; max: number } {
	return { min: interval.min ?? interval.max!, max: interval.max ?? interval.min! };
}

/** Days from the first to the last session of a figure, when it gives the time between sessions. */
function spanOf(figure: Figure<unknown>): Range | undefined {
	if (!figure.intervalDays) return undefined;
	const gap = planGap(figure.intervalDays);
	const { min: fewest, max: most } = figure.sessions;
	return {
		min: fewest === undefined ? undefined : (fewest - 1) * gap.min,
		max: most === undefined ? undefined : (most - 1) * gap.max,
	};
}

/**
 * Figures with the strongest source first, so ranges and lists name it first (audit A17). `rankOf` gives a
 * source's place, lowest first (the site ranks by kind: regulator, society, reviews, studies, …, consumer
 * websites). Equal ranks keep their order in the file; clinic claims come last.
 */
export function strongestFirst<S>(figures: readonly Figure<S>[], rankOf: (source: S) => number): Figure<S>[] {
	const rank = (figure: Figure<S>) => (figure.source === undefined ? Infinity : rankOf(figure.source));
	return [...figures].sort((a, b) => rank(a) - rank(b));
}

/** What the sources report for a goal (and a grade, for goals that have grades), or what is wrong with the request. */
export function estimate<S>(
	treatments: readonly TreatmentData<S>[],
	request: { goal: string; grade?: number | undefined },
): Outcome<Estimate<S>> {
	const treatment = treatments.find((candidate) => candidate.id === request.goal);
	if (!treatment) {
		return { ok: false, problem: { code: 'unknown-goal', goal: request.goal, goals: treatments.map(({ label }) => label) } };
	}
	let grade: Grade | undefined;
	if (request.grade !== undefined) {
		if (!treatment.grades) return { ok: false, problem: { code: 'no-grades', goal: treatment.label } };
		grade = treatment.grades.find((candidate) => candidate.id === request.grade);
		if (!grade) {
			const [from, to] = [treatment.grades[0]!.id, treatment.grades.at(-1)!.id];
			return { ok: false, problem: { code: 'grade-out-of-range', goal: treatment.label, from, to } };
		}
	}
	const applies = (figure: Figure<S>) => !figure.grades || (grade !== undefined && figure.grades.includes(grade.id));
	const figures: FigureSummary<S>[] = treatment.figures.filter(applies).map((figure) => ({ ...figure, spanDays: spanOf(figure) }));
	const sourced = figures.filter((figure): figure is FigureSummary<S> & { source: S } => figure.source !== undefined);
	const timed = sourced.filter((figure) => figure.intervalDays !== undefined);
	const gaps = timed.map((figure) => planGap(figure.intervalDays!));
	// Only the reader's grade's own figures carry `grades` here (the others were filtered out above).
	const example = timed.find((figure) => figure.grades !== undefined) ?? timed[0];
	if (!example) return { ok: false, problem: { code: 'no-timed-figure', goal: treatment.label } };
	return {
		ok: true,
		value: {
			treatment,
			grade,
			figures: [...sourced, ...figures.filter((figure) => figure.source === undefined)],
			sourceCount: sourced.length,
			sessions: combine(sourced.map((figure) => figure.sessions)),
			intervalDays: combine(gaps),
			spanDays: combine(timed.map((figure) => figure.spanDays!)),
			agreement: {
				sessions: overlap(sourced.map((figure) => figure.sessions)),
				interval: overlap(gaps),
			},
			examplePlan: {
				sessions: example.sessions.min ?? example.sessions.max!,
				intervalDays: planGap(example.intervalDays!).min,
				source: example.source,
				figure: example,
				matchesGrade: example.grades !== undefined,
			},
		},
	};
}

/** Why a calendar file is not offered: the goal's best test found no benefit, or the plan is only the example. */
export type CalendarOffer = { offered: true } | { offered: false; reason: 'no-benefit' | 'example-plan' };

/**
 * Whether to offer a calendar file (audit A16). Never for a goal whose best fair test found no benefit, and never
 * for the example plan, which is what one source reported, not a plan for anyone: only for numbers the reader
 * typed, such as a plan a clinic offered them.
 */
export function calendarOffer(treatment: Pick<TreatmentData<unknown>, 'verdict'>, plan: 'example' | 'own'): CalendarOffer {
	if (treatment.verdict.strength === 'no-benefit') return { offered: false, reason: 'no-benefit' };
	if (plan === 'example') return { offered: false, reason: 'example-plan' };
	return { offered: true };
}

/** Where a number falls against a range: below it, inside it, or above it. */
export type Place = 'below' | 'within' | 'above';

export function placeInRange(value: number, range: Range): Place {
	if (range.min !== undefined && value < range.min) return 'below';
	if (range.max !== undefined && value > range.max) return 'above';
	return 'within';
}

/** Whether one plan field holds a whole number inside its limits (PLAN_LIMITS). */
export function withinPlanLimits(field: keyof typeof PLAN_LIMITS, value: number): boolean {
	const { min, max } = PLAN_LIMITS[field];
	return Number.isInteger(value) && value >= min && value <= max;
}

/** A plan field whose value is not a whole number inside its limits, with those limits for the message. */
export type PlanProblems = Partial<Record<keyof typeof PLAN_LIMITS, { min: number; max: number }>>;

/** Problems with a plan a reader typed, one per field; empty when the plan is usable. */
export function planProblems(plan: Plan): PlanProblems {
	const problems: PlanProblems = {};
	for (const field of ['sessions', 'intervalDays'] as const) {
		if (!withinPlanLimits(field, plan[field])) problems[field] = PLAN_LIMITS[field];
	}
	return problems;
}

/** A range of exactly one value: a plan's own number. */
export const exactly = (value: number): Range => ({ min: value, max: value });

/** The sources of `items`, once each, in the order first cited; items without one are clinic claims. */
export function uniqueSources<S extends { id: string }>(items: readonly { source?: S | undefined }[]): S[] {
	const seen = new Map<string, S>();
	for (const { source } of items) if (source && !seen.has(source.id)) seen.set(source.id, source);
	return [...seen.values()];
}

/**
 * Days as whole weeks, to the nearest week; the words say "about". A lower end that rounds to 0 weeks is
 * dropped, so a reader sees "up to about 2 weeks", never "about 0 to 2 weeks".
 */
export function weeksFromDays(days: Range): Range {
	const toWeeks = (value: number | undefined) => (value === undefined ? undefined : Math.round(value / 7));
	const min = toWeeks(days.min);
	return { min: min === 0 ? undefined : min, max: toWeeks(days.max) };
}

/**
 * How far the sources agree: only one source (nothing to compare), overlapping on both the number of sessions
 * and the time between them, on one of them, or on neither.
 */
export type Agreement = 'one-source' | 'both' | 'sessions' | 'interval' | 'neither';

export function agreementOf(estimate: Pick<Estimate<unknown>, 'sourceCount' | 'agreement'>): Agreement {
	if (estimate.sourceCount < 2) return 'one-source';
	const { sessions, interval } = estimate.agreement;
	if (sessions && interval) return 'both';
	if (sessions) return 'sessions';
	if (interval) return 'interval';
	return 'neither';
}

/** Where a reader's plan sits against what the sources report: its number of sessions, and its gap. */
export function comparePlan(
	plan: Plan,
	estimate: Pick<Estimate<unknown>, 'sessions' | 'intervalDays'>,
): { sessions: Place; interval: Place } {
	return { sessions: placeInRange(plan.sessions, estimate.sessions), interval: placeInRange(plan.intervalDays, estimate.intervalDays) };
}
