// The session estimator: pick a goal (and a grade) and see first what the best evidence found, then what the
// sources report about sessions, an example from one source or your own plan as a timeline, dates, a calendar
// file (your own numbers only) and a printable summary. All arithmetic is in src/lib/.
import { useEffect, useId, useMemo, useRef, useState, type InputHTMLAttributes } from 'react';
import { readableTextOn } from '../lib/colour.ts';
import { ctaHost, type EmbedSettings } from '../lib/embed-contract.ts';
import { ESTIMATOR_FRAGMENT, estimatorQuery, parseEstimatorQuery, type EstimatorState } from '../lib/estimator-url.ts';
import { calendarOffer, estimate, planProblems, type SourceLink, type TreatmentData } from '../lib/estimator.ts';
import { datedSchedule, parseStartDate, START_YEARS } from '../lib/schedule.ts';
import './Estimator.css';
import { Disclosure } from './estimator/Disclosure.tsx';
import { EstimateResult } from './estimator/EstimateResult.tsx';
import { Heading, type HeadingLevel } from './estimator/Heading.tsx';
import { PlanView } from './estimator/PlanView.tsx';
import { SourceCite } from './estimator/Sources.tsx';
import { ctaText, DISCLOSURES, SHOW_RESULT_LABEL } from './estimator/wording.ts';

export interface EstimatorProps {
	treatments: TreatmentData<SourceLink>[];
	/** The goal chosen at first (an article's own goal). */
	goal?: string | undefined;
	/** `site` keeps the state in the address bar; `embed` reads a clinic's settings from it instead. */
	mode?: 'site' | 'embed';
	/** Level of the estimator's own heading; its sections use the next level down. */
	headingLevel?: HeadingLevel;
	/** The site's address, for links inside calendar files, e.g. "https://mesotherapy-explained.example/". */
	siteUrl: string;
	/** In `embed` mode: the clinic's checked settings, once read (see EmbedEstimator); they may change later. */
	embed?: EmbedSettings | undefined;
}

/** Whole numbers typed by a reader; anything else becomes NaN so planProblems names the field. */
const typedNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

interface PlanFieldProps extends InputHTMLAttributes<HTMLInputElement> {
	id: string;
	label: string;
	/** The element that explains the field. */
	hintId: string;
	/** What is wrong with the value, shown under the field and read with it. */
	problem: string | undefined;
}

/** One labelled plan field; a problem marks it invalid and is announced with it. */
function PlanField({ id, label, hintId, problem, ...input }: PlanFieldProps) {
	return (
		<div>
			<label htmlFor={id}>{label}</label>
			<input id={id} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${hintId} ${id}-error` : hintId} {...input} />
			{problem && (
				<p className="estimator__error" id={`${id}-error`}>
					<span className="visually-hidden">Error: </span>
					{problem}
				</p>
			)}
		</div>
	);
}

/** The example plan's numbers (for the goal and grade) as the plan fields show them, or blanks when there is no goal. */
function exampleFields(treatments: TreatmentData<SourceLink>[], goal: string | undefined, grade?: number) {
	const outcome = goal ? estimate(treatments, { goal, grade }) : undefined;
	const example = outcome?.ok ? outcome.value.examplePlan : undefined;
	return { sessions: example ? String(example.sessions) : '', every: example ? String(example.intervalDays) : '' };
}

/**
 * The choices a reader made in the server-rendered form before the island hydrated (a tap on a goal, a
 * date), as a query string: the controls whose value differs from the one the server rendered. Read
 * during the hydrating render, before React puts the server's values back.
 */
function choicesBeforeHydration(formId: string): string {
	if (typeof document === 'undefined') return '';
	const form = document.getElementById(formId);
	if (!(form instanceof HTMLFormElement)) return '';
	const changed = new URLSearchParams();
	for (const control of form.elements) {
		if (!(control instanceof HTMLInputElement) || !control.name) continue;
		const isChoice = control.type === 'radio' || control.type === 'checkbox';
		if (isChoice ? control.checked && !control.defaultChecked : control.value !== control.defaultValue) {
			changed.set(control.name, control.value);
		}
	}
	return changed.toString();
}

export default function Estimator({ treatments, goal: initialGoal, mode = 'site', headingLevel = 2, siteUrl, embed }: EstimatorProps) {
	const id = useId();
	const root = useRef<HTMLElement>(null);
	const [goal, setGoal] = useState(initialGoal);
	const [grade, setGrade] = useState<number | undefined>(undefined);
	const [startText, setStartText] = useState('');
	const [planFields, setPlanFields] = useState(() => exampleFields(treatments, initialGoal));
	// True once the reader types a number (or a link brings one): their plan, not the example, from then on.
	const [ownPlan, setOwnPlan] = useState(false);
	const [notes, setNotes] = useState<string[]>([]);
	const [addressRead, setAddressRead] = useState(false);
	const [earlyChoices] = useState(() => (mode === 'site' ? choicesBeforeHydration(`${id}-choices`) : ''));

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

	// After hydration only, so the server-rendered markup matches: read the address bar.
	useEffect(() => {
		if (mode === 'embed') {
			// A clinic's settings are read by the embed page (EmbedEstimator) and arrive as `embed`, below.
		} else {
			const fromAddress = parseEstimatorQuery(location.search, treatments, initialGoal);
			// Choices made in the form before hydration are the reader's latest: they win over the address
			// (whose grade means nothing for another goal).
			const fromForm = parseEstimatorQuery(earlyChoices, treatments, fromAddress.state.goal ?? initialGoal).state;
			const state = fromForm.goal && fromForm.goal !== fromAddress.state.goal ? fromForm : { ...fromAddress.state, ...fromForm };
			// The address can only be read after hydration, so the state it sets starts here.
			// eslint-disable-next-line react-hooks/set-state-in-effect
			setNotes(fromAddress.notes);
			const example = exampleFields(treatments, state.goal ?? initialGoal, state.grade);
			if (state.goal) setGoal(state.goal);
			setGrade(state.grade);
			setStartText(state.start ?? '');
			setPlanFields({ sessions: state.sessions?.toString() ?? example.sessions, every: state.every?.toString() ?? example.every });
			setOwnPlan(state.sessions !== undefined || state.every !== undefined);
			setAddressRead(true);
			// A link with a plan but written without #estimator still opens at the estimator.
			if (location.search && !location.hash && Object.keys(fromAddress.state).length > 0) root.current?.scrollIntoView({ block: 'start' });
		}
		// Runs once: the address bar is read on arrival only; later changes of these values must not re-read it.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	// A clinic's settings, at first and whenever the clinic's page changes them. The first time the clinic's first
	// goal is chosen, as the server did for a clinic that names none; later, the reader's goal stays while it is offered.
	const embedApplied = useRef(false);
	useEffect(() => {
		if (!embed) return;
		const keepGoal = embedApplied.current ? goal !== undefined && embed.goals.includes(goal) : embed.goals[0] === goal;
		if (!keepGoal) chooseGoal(embed.goals[0]);
		embedApplied.current = true;
		// CSSOM, not a style attribute: allowed under the site's CSP.
		const style = root.current?.style;
		if (embed.accent) {
			style?.setProperty('--estimator-accent', embed.accent);
			style?.setProperty('--estimator-accent-text', readableTextOn(embed.accent));
		} else {
			style?.removeProperty('--estimator-accent');
			style?.removeProperty('--estimator-accent-text');
		}
		// Only a change of settings may move the goal; the reader's own choices must not run this again.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [embed]);

	// A clinic's goals in the clinic's order.
	const goals = embed ? embed.goals.flatMap((goalId) => treatments.filter((t) => t.id === goalId)) : treatments;
	const outcome = useMemo(() => (goal ? estimate(treatments, { goal, grade }) : undefined), [treatments, goal, grade]);
	const result = outcome?.ok ? outcome.value : undefined;
	const treatment = result?.treatment;

	const plan = { sessions: typedNumber(planFields.sessions), intervalDays: typedNumber(planFields.every) };
	const problems = planProblems(plan);
	const planIsValid = !problems.sessions && !problems.intervalDays;
	const planIsExample = !ownPlan;
	const start = startText.trim() ? parseStartDate(startText) : undefined;
	// datedSchedule checks the plan again and refuses one with a mistake in it.
	const schedule = start?.ok ? datedSchedule(start.value, plan) : undefined;

	const state: EstimatorState = {
		// Written with the rest of a plan, an article's own goal too (see estimatorQuery).
		goal,
		grade,
		start: start?.ok ? start.value : undefined,
		sessions: planIsValid && ownPlan ? plan.sessions : undefined,
		every: planIsValid && ownPlan ? plan.intervalDays : undefined,
	};
	const query = estimatorQuery(state, initialGoal);
	// A plan's address opens at the estimator, not at the top of a long article.
	const fragment = query ? `#${ESTIMATOR_FRAGMENT}` : '';
	// Keep the address bar in step, so a reload or a shared link opens the plan on screen.
	useEffect(() => {
		if (addressRead && mode === 'site') history.replaceState(history.state, '', `${location.pathname}${query}${fragment || location.hash}`);
	}, [addressRead, mode, query, fragment]);
	const shareUrl = addressRead && mode === 'site' ? `${location.origin}${location.pathname}${query}${fragment}` : undefined;

	const field = (name: string) => `${id}-${name}`;
	const linkTarget = mode === 'embed' ? { target: '_blank', rel: 'noopener noreferrer' } : {};
	// Inside a clinic's frame the estimator starts short: details open on a tap.
	const compact = mode === 'embed';
	const level = (headingLevel + 1) as HeadingLevel;

	return (
		<section
			ref={root}
			id={mode === 'site' ? ESTIMATOR_FRAGMENT : undefined}
			className={`estimator estimator--${mode}`}
			aria-labelledby={field('title')}
		>
			<Heading level={headingLevel} id={field('title')} className="estimator__title">
				How many sessions? See what sources report
			</Heading>
			{embed?.clinicName && <p className="estimator__shared-by">Shared by {embed.clinicName}</p>}
			<p className="estimator__intro">
				This tool shows first what the best tests found, then what studies and health websites report about sessions. It is for learning
				only. It is not a quote, a diagnosis or a plan from a doctor, and it cannot tell you if the treatment will work for you.
			</p>
			{notes.length > 0 && (
				<div className="estimator__notes" role="note">
					<p>We could not use part of the link you followed:</p>
					<ul>
						{notes.map((note) => (
							<li key={note}>{note}</li>
						))}
					</ul>
				</div>
			)}
			{/* On the site a real form: before the island runs, "Show" sends the choices in the address (GET) and the
			    island starts with them; after, it only brings the result into view. */}
			<form
				id={field('choices')}
				className="estimator__form"
				aria-label="Choose a goal"
				{...(mode === 'site' && { method: 'get', action: `#${ESTIMATOR_FRAGMENT}` })}
				onSubmit={(event) => {
					event.preventDefault();
					root.current?.querySelector('.estimator__summary, .estimator__prompt')?.scrollIntoView({ block: 'start' });
				}}
			>
				<fieldset>
					<legend>What do you want to treat?</legend>
					{goals.map((option) => (
						<label key={option.id} className="estimator__choice">
							<input type="radio" name="goal" value={option.id} checked={goal === option.id} onChange={() => chooseGoal(option.id)} />
							{option.label}
						</label>
					))}
				</fieldset>
				{treatment?.grades && (
					<Disclosure compact={compact} summary={DISCLOSURES.grade}>
						<fieldset aria-describedby={field('grade-hint')}>
							<legend>How easy is the {treatment.label.toLowerCase()} to see? (optional)</legend>
							{treatment.gradeScale && (
								<p className="estimator__hint" id={field('grade-hint')}>
									Doctors sort {treatment.label.toLowerCase()} into grades. These are the published {treatment.gradeScale.name} grades{' '}
									<SourceCite sources={treatment.gradeScale.sources} linkTarget={linkTarget} />.
								</p>
							)}
							<label className="estimator__choice">
								<input type="radio" name="grade" value="" checked={grade === undefined} onChange={() => chooseGrade(undefined)} />
								Not sure, or no grade
							</label>
							{treatment.grades.map((option) => (
								<label key={option.id} className="estimator__choice">
									<input
										type="radio"
										name="grade"
										value={option.id}
										checked={grade === option.id}
										onChange={() => chooseGrade(option.id)}
									/>
									Grade {option.id}: {option.description}
								</label>
							))}
						</fieldset>
					</Disclosure>
				)}
				{mode === 'site' && (
					<button type="submit" className="estimator__submit">
						{SHOW_RESULT_LABEL}
					</button>
				)}
			</form>
			{outcome && !outcome.ok && <p className="estimator__error">{outcome.problem}</p>}
			{!goal && <p className="estimator__prompt">Choose what you want to treat to see what sources report.</p>}
			{result && <EstimateResult estimate={result} headingLevel={level} linkTarget={linkTarget} compact={compact} />}
			<Disclosure compact={compact && result !== undefined} summary={DISCLOSURES.plan}>
				{result && (
					// Its fields belong to the choices form above, so Enter in one before the island runs sends the choices too.
					<div className="estimator__form">
						<fieldset>
							<legend>Your plan (optional)</legend>
							<p className="estimator__hint" id={`${field('sessions')}-hint`}>
								{ownPlan
									? 'These are your own numbers.'
									: `We filled in an example: what ${result.examplePlan.source.short} reported. It is not a recommendation. Type the plan a clinic offered you to compare it.`}
							</p>
							<div className="estimator__inputs">
								<PlanField
									id={field('sessions')}
									label="Number of sessions"
									hintId={`${field('sessions')}-hint`}
									problem={problems.sessions}
									inputMode="numeric"
									autoComplete="off"
									form={field('choices')}
									value={planFields.sessions}
									onChange={(event) => typePlan({ ...planFields, sessions: event.target.value })}
								/>
								<PlanField
									id={field('every')}
									label="Days between sessions"
									hintId={`${field('every')}-hint`}
									problem={problems.intervalDays}
									inputMode="numeric"
									autoComplete="off"
									form={field('choices')}
									value={planFields.every}
									onChange={(event) => typePlan({ ...planFields, every: event.target.value })}
								/>
								<PlanField
									id={field('start')}
									label="Date of the first session"
									hintId={`${field('start')}-hint`}
									problem={start && !start.ok ? start.problem : undefined}
									type="date"
									min={`${START_YEARS.min}-01-01`}
									max={`${START_YEARS.max}-12-31`}
									form={field('choices')}
									name="start"
									value={startText}
									onChange={(event) => setStartText(event.target.value)}
								/>
							</div>
							{ownPlan && (
								<button type="button" className="estimator__reset" onClick={showExample}>
									Show the example again
								</button>
							)}
							<p className="visually-hidden" id={`${field('every')}-hint`}>
								The time from one session to the next.
							</p>
							<p className="visually-hidden" id={`${field('start')}-hint`}>
								Optional. With a date you get a list of dates.
							</p>
						</fieldset>
					</div>
				)}
				{result && (
					<PlanView
						estimate={result}
						plan={planIsValid ? plan : undefined}
						planIsExample={planIsExample}
						calendar={calendarOffer(result.treatment, planIsExample ? 'example' : 'own')}
						schedule={schedule?.ok ? schedule.value : undefined}
						headingLevel={level}
						linkTarget={linkTarget}
						siteUrl={siteUrl}
						shareUrl={shareUrl}
					/>
				)}
			</Disclosure>
			{embed?.ctaUrl && (
				<p className="estimator__cta-row">
					<a className="estimator__cta" href={embed.ctaUrl} target="_blank" rel="noopener noreferrer">
						{ctaText(embed.ctaLabel ?? '', ctaHost(embed.ctaUrl))}
						<span className="visually-hidden"> (opens in a new tab)</span>
					</a>
				</p>
			)}
		</section>
	);
}
