// The estimator's state and what follows from it, shared by the site's island (SiteEstimator) and the clinic
// widget (EmbedEstimator): each adds only its own behaviour (the address bar; a clinic's settings) around it.
import { useId, useMemo, useState } from 'react';
import type { EstimatorState } from '../../lib/estimator-url.ts';
import { estimate, planProblems, type SourceLink, type TreatmentData } from '../../lib/estimator.ts';
import { datedSchedule, parseStartDate } from '../../lib/schedule.ts';

/** Whole numbers typed by a reader; anything else becomes NaN so planProblems names the field. */
const typedNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The example plan's numbers (for the goal and grade) as the plan fields show them, or blanks when there is no goal. */
function exampleFields(treatments: TreatmentData<SourceLink>[], goal: string | undefined, grade?: number) {
	const outcome = goal ? estimate(treatments, { goal, grade }) : undefined;
	const example = outcome?.ok ? outcome.value.examplePlan : undefined;
	return { sessions: example ? String(example.sessions) : '', every: example ? String(example.intervalDays) : '' };
}

/** The id of the form that holds the estimator's choices, from the estimator's own id. */
export const choicesFormId = (id: string) => `${id}-choices`;

export type EstimatorModel = ReturnType<typeof useEstimator>;

export function useEstimator(treatments: TreatmentData<SourceLink>[], initialGoal: string | undefined) {
	const id = useId();
	const [goal, setGoal] = useState(initialGoal);
	const [grade, setGrade] = useState<number | undefined>(undefined);
	const [startText, setStartText] = useState('');
	const [planFields, setPlanFields] = useState(() => exampleFields(treatments, initialGoal));
	// True once the reader types a number (or a link brings one): their plan, not the example, from then on.
	const [ownPlan, setOwnPlan] = useState(false);

	const chooseGoal = (next: string | undefined) => {
		setGoal(next);
		setGrade(undefined);
		// A plan for one goal means nothing for another: start again from the new goal's example plan.
		setPlanFields(exampleFields(treatments, next));
		setOwnPlan(false);
	};

	const chooseGrade = (next: number | undefined) => {
		setGrade(next);
		// The example follows the grade (a figure for that grade, when a source gives one); a typed plan stays.
		if (!ownPlan) setPlanFields(exampleFields(treatments, goal, next));
	};

	const showExample = () => {
		setPlanFields(exampleFields(treatments, goal, grade));
		setOwnPlan(false);
	};

	const typePlan = (fields: { sessions: string; every: string }) => {
		setPlanFields(fields);
		setOwnPlan(true);
	};

	/** Puts back a state read from elsewhere (the address bar); missing plan numbers become the example's. */
	const restore = (state: EstimatorState) => {
		const example = exampleFields(treatments, state.goal ?? initialGoal, state.grade);
		if (state.goal) setGoal(state.goal);
		setGrade(state.grade);
		setStartText(state.start ?? '');
		setPlanFields({ sessions: state.sessions?.toString() ?? example.sessions, every: state.every?.toString() ?? example.every });
		setOwnPlan(state.sessions !== undefined || state.every !== undefined);
	};

	const outcome = useMemo(() => (goal ? estimate(treatments, { goal, grade }) : undefined), [treatments, goal, grade]);
	const plan = { sessions: typedNumber(planFields.sessions), intervalDays: typedNumber(planFields.every) };
	const problems = planProblems(plan);
	const planIsValid = !problems.sessions && !problems.intervalDays;
	const start = startText.trim() ? parseStartDate(startText) : undefined;
	// datedSchedule checks the plan again and refuses one with a mistake in it.
	const schedule = start?.ok ? datedSchedule(start.value, plan) : undefined;

	/** What a link to this view holds: an article's own goal too (see estimatorQuery), and only a plan the reader typed. */
	const state: EstimatorState = {
		goal,
		grade,
		start: start?.ok ? start.value : undefined,
		sessions: planIsValid && ownPlan ? plan.sessions : undefined,
		every: planIsValid && ownPlan ? plan.intervalDays : undefined,
	};

	return {
		id,
		goal,
		grade,
		startText,
		planFields,
		ownPlan,
		outcome,
		plan,
		problems,
		planIsValid,
		start,
		schedule,
		state,
		chooseGoal,
		chooseGrade,
		showExample,
		typePlan,
		setStartText,
		restore,
	};
}
