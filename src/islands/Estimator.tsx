// The session estimator: pick a goal (and a grade) and see first what the best evidence found, then what the
// sources report about sessions, an example from one source or your own plan as a timeline, dates, a calendar
// file (your own numbers only) and a printable summary. All arithmetic is in src/lib/. This is what the site
// and the clinic widget share; each adds its own behaviour around it (SiteEstimator: the address bar;
// EmbedEstimator: a clinic's settings), so neither carries the other's code.
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { calendarOffer, type SourceLink, type TreatmentData } from '../lib/estimator.ts';
import { START_YEARS } from '../lib/schedule.ts';
import './Estimator.css';
import { Disclosure } from './estimator/Disclosure.tsx';
import { EstimateResult } from './estimator/EstimateResult.tsx';
import { Heading, type HeadingLevel } from './estimator/Heading.tsx';
import { PlanView } from './estimator/PlanView.tsx';
import { SourceCite } from './estimator/Sources.tsx';
import { choicesFormId, type EstimatorModel } from './estimator/use-estimator.ts';
import { DISCLOSURES, SHOW_RESULT_LABEL } from './estimator/wording.ts';

/** What the site's page and the clinic's embed page give their island. */
export interface EstimatorIslandProps {
	treatments: TreatmentData<SourceLink>[];
	/** The goal chosen at first (an article's own goal). */
	goal?: string | undefined;
	/** Level of the estimator's own heading; its sections use the next level down. */
	headingLevel?: HeadingLevel;
	/** The site's address, for links inside calendar files, e.g. "https://mesotherapy-explained.example/". */
	siteUrl: string;
}

interface EstimatorProps {
	/** The state and its actions (useEstimator), owned by the island that renders this. */
	model: EstimatorModel;
	/** The goals offered, in the order shown. */
	goals: TreatmentData<SourceLink>[];
	/** `embed` inside a clinic's frame: compact, and links open in a new tab. */
	mode: 'site' | 'embed';
	headingLevel: HeadingLevel;
	siteUrl: string;
	ref?: Ref<HTMLElement>;
	/**
	 * On the site, the section's id, which shared links open at. The choices form then sends them in the address
	 * before the island runs (GET), with its own button.
	 */
	anchorId?: string | undefined;
	/** The address that opens this plan again, printed on paper copies. */
	shareUrl?: string | undefined;
	/** Shown under the title (who shared the widget). */
	byline?: ReactNode;
	/** Shown under the introduction (what could not be used from a link). */
	notice?: ReactNode;
	/** Shown last (a clinic's button). */
	footer?: ReactNode;
}

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

export default function Estimator({
	model,
	goals,
	mode,
	headingLevel,
	siteUrl,
	ref,
	anchorId,
	shareUrl,
	byline,
	notice,
	footer,
}: EstimatorProps) {
	const { id, goal, grade, startText, planFields, ownPlan, outcome, plan, problems, planIsValid, start, schedule } = model;
	const result = outcome?.ok ? outcome.value : undefined;
	const treatment = result?.treatment;
	const planIsExample = !ownPlan;

	const field = (name: string) => `${id}-${name}`;
	const formId = choicesFormId(id);
	const linkTarget = mode === 'embed' ? { target: '_blank', rel: 'noopener noreferrer' } : {};
	// Inside a clinic's frame the estimator starts short: details open on a tap.
	const compact = mode === 'embed';
	const level = (headingLevel + 1) as HeadingLevel;

	return (
		<section ref={ref} id={anchorId} className={`estimator estimator--${mode}`} aria-labelledby={field('title')}>
			<Heading level={headingLevel} id={field('title')} className="estimator__title">
				How many sessions? See what sources report
			</Heading>
			{byline}
			<p className="estimator__intro">
				This tool shows first what the best tests found, then what studies and health websites report about sessions. It is for learning
				only. It is not a quote, a diagnosis or a plan from a doctor, and it cannot tell you if the treatment will work for you.
			</p>
			{notice}
			{/* On the site a real form: before the island runs, "Show" sends the choices in the address (GET) and the
			    island starts with them; after, it only brings the result into view. */}
			<form
				id={formId}
				className="estimator__form"
				aria-label="Choose a goal"
				{...(anchorId && { method: 'get', action: `#${anchorId}` })}
				onSubmit={(event) => {
					event.preventDefault();
					event.currentTarget
						.closest('.estimator')
						?.querySelector('.estimator__summary, .estimator__prompt')
						?.scrollIntoView({ block: 'start' });
				}}
			>
				<fieldset>
					<legend>What do you want to treat?</legend>
					{goals.map((option) => (
						<label key={option.id} className="estimator__choice">
							<input type="radio" name="goal" value={option.id} checked={goal === option.id} onChange={() => model.chooseGoal(option.id)} />
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
								<input type="radio" name="grade" value="" checked={grade === undefined} onChange={() => model.chooseGrade(undefined)} />
								Not sure, or no grade
							</label>
							{treatment.grades.map((option) => (
								<label key={option.id} className="estimator__choice">
									<input
										type="radio"
										name="grade"
										value={option.id}
										checked={grade === option.id}
										onChange={() => model.chooseGrade(option.id)}
									/>
									Grade {option.id}: {option.description}
								</label>
							))}
						</fieldset>
					</Disclosure>
				)}
				{anchorId && (
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
									form={formId}
									value={planFields.sessions}
									onChange={(event) => model.typePlan({ ...planFields, sessions: event.target.value })}
								/>
								<PlanField
									id={field('every')}
									label="Days between sessions"
									hintId={`${field('every')}-hint`}
									problem={problems.intervalDays}
									inputMode="numeric"
									autoComplete="off"
									form={formId}
									value={planFields.every}
									onChange={(event) => model.typePlan({ ...planFields, every: event.target.value })}
								/>
								<PlanField
									id={field('start')}
									label="Date of the first session"
									hintId={`${field('start')}-hint`}
									problem={start && !start.ok ? start.problem : undefined}
									type="date"
									min={`${START_YEARS.min}-01-01`}
									max={`${START_YEARS.max}-12-31`}
									form={formId}
									name="start"
									value={startText}
									onChange={(event) => model.setStartText(event.target.value)}
								/>
							</div>
							{ownPlan && (
								<button type="button" className="estimator__reset" onClick={model.showExample}>
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
			{footer}
		</section>
	);
}
