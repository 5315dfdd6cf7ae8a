// The session estimator: pick a goal (and a grade) and see first what the best evidence found, then what the
// sources report about sessions, an example from one source or your own plan as a timeline, dates, a calendar
// file (your own numbers only) and a printable summary. All arithmetic is in src/lib/. This is what the site
// and the clinic widget share; each adds its own behaviour around it (SiteEstimator: the address bar;
// EmbedEstimator: a clinic's settings), so neither carries the other's code. Its words come in the page's
// language as props (src/i18n/<locale>/islands.ts), handed to its parts by LanguageContext.
import { useMemo, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { CalendarWords, EstimatorWords } from '../i18n/estimator-text.ts';
import { fill } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { calendarOffer, type SourceLink, type TreatmentData } from '../lib/estimator.ts';
import { START_YEARS } from '../lib/schedule.ts';
import './Estimator.css';
import { Disclosure } from './estimator/Disclosure.tsx';
import { EstimateResult } from './estimator/EstimateResult.tsx';
import { Heading, type HeadingLevel } from './estimator/Heading.tsx';
import { LanguageContext, languageOf, useLanguage } from './estimator/language.ts';
import { PlanView } from './estimator/PlanView.tsx';
import { SourceCite } from './estimator/Sources.tsx';
import { choicesFormId, type EstimatorModel } from './estimator/use-estimator.ts';

/** What the site's page and the clinic's embed page give their island. */
export interface EstimatorIslandProps {
	treatments: TreatmentData<SourceLink>[];
	/** The goal chosen at first (an article's own goal). */
	goal?: string | undefined;
	/** Level of the estimator's own heading; its sections use the next level down. */
	headingLevel?: HeadingLevel;
	/** The site's address, for links inside calendar files, e.g. "https://mesotherapy-explained.example/". */
	siteUrl: string;
	/** The page's language, and the estimator's and its calendar files' words in it. */
	locale: Locale;
	words: EstimatorWords;
	calendar: CalendarWords;
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
	locale: Locale;
	words: EstimatorWords;
	calendar: CalendarWords;
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
	const { words } = useLanguage();
	return (
		<div>
			<label htmlFor={id}>{label}</label>
			<input
				id={id}
				className="field-control"
				aria-invalid={problem ? true : undefined}
				aria-describedby={problem ? `${hintId} ${id}-error` : hintId}
				{...input}
			/>
			{problem && (
				<p className="estimator__error" id={`${id}-error`}>
					<span className="visually-hidden">{words.errorPrefix}</span>
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
	locale,
	words,
	calendar,
}: EstimatorProps) {
	const language = useMemo(() => languageOf(locale, words, calendar), [locale, words, calendar]);
	const { text } = language;
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
		<LanguageContext value={language}>
			<section ref={ref} id={anchorId} className={`estimator estimator--${mode}`} aria-labelledby={field('title')}>
				<Heading level={headingLevel} id={field('title')} className="estimator__title">
					{words.title}
				</Heading>
				{byline}
				<p className="estimator__intro">{words.intro}</p>
				{notice}
				{/* On the site a real form: before the island runs, "Show" sends the choices in the address (GET) and the
			    island starts with them; after, it only brings the result into view. */}
				<form
					id={formId}
					className="estimator__form"
					aria-label={words.formLabel}
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
						<legend>{words.goalLegend}</legend>
						{goals.map((option) => (
							<label key={option.id} className="estimator__choice">
								<input
									type="radio"
									name="goal"
									value={option.id}
									checked={goal === option.id}
									onChange={() => model.chooseGoal(option.id)}
								/>
								{option.label}
							</label>
						))}
					</fieldset>
					{treatment?.grades && (
						<Disclosure compact={compact} summary={words.disclosures.grade}>
							<fieldset aria-describedby={field('grade-hint')}>
								<legend>{fill(words.gradeLegend, text.goal(treatment.label))}</legend>
								{treatment.gradeScale && (
									<p className="estimator__hint" id={field('grade-hint')}>
										{fill(words.gradeHint, { ...text.goal(treatment.label), scale: treatment.gradeScale.name })}{' '}
										<SourceCite sources={treatment.gradeScale.sources} linkTarget={linkTarget} />.
									</p>
								)}
								<label className="estimator__choice">
									<input type="radio" name="grade" value="" checked={grade === undefined} onChange={() => model.chooseGrade(undefined)} />
									{words.noGrade}
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
										{fill(words.gradeOption, { grade: option.id, description: option.description })}
									</label>
								))}
							</fieldset>
						</Disclosure>
					)}
					{anchorId && (
						<button type="submit" className="estimator__submit">
							{words.showResult}
						</button>
					)}
				</form>
				{outcome && !outcome.ok && <p className="estimator__error">{text.estimateProblem(outcome.problem)}</p>}
				{!goal && <p className="estimator__prompt">{words.prompt}</p>}
				{result && <EstimateResult estimate={result} headingLevel={level} linkTarget={linkTarget} compact={compact} />}
				<Disclosure compact={compact && result !== undefined} summary={words.disclosures.plan}>
					{result && (
						// Its fields belong to the choices form above, so Enter in one before the island runs sends the choices too.
						<div className="estimator__form">
							<fieldset>
								<legend>{words.planLegend}</legend>
								<p className="estimator__hint" id={`${field('sessions')}-hint`}>
									{ownPlan ? words.ownNumbers : fill(words.exampleFilled, { source: result.examplePlan.source.short })}
								</p>
								<div className="estimator__inputs">
									<PlanField
										id={field('sessions')}
										label={words.sessionsLabel}
										hintId={`${field('sessions')}-hint`}
										problem={problems.sessions && text.planProblem('sessions', problems.sessions)}
										inputMode="numeric"
										autoComplete="off"
										form={formId}
										value={planFields.sessions}
										onChange={(event) => model.typePlan({ ...planFields, sessions: event.target.value })}
									/>
									<PlanField
										id={field('every')}
										label={words.everyLabel}
										hintId={`${field('every')}-hint`}
										problem={problems.intervalDays && text.planProblem('intervalDays', problems.intervalDays)}
										inputMode="numeric"
										autoComplete="off"
										form={formId}
										value={planFields.every}
										onChange={(event) => model.typePlan({ ...planFields, every: event.target.value })}
									/>
									<PlanField
										id={field('start')}
										label={words.startLabel}
										hintId={`${field('start')}-hint`}
										problem={start && !start.ok ? text.startProblem(start.problem) : undefined}
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
										{words.showExample}
									</button>
								)}
								<p className="visually-hidden" id={`${field('every')}-hint`}>
									{words.everyHint}
								</p>
								<p className="visually-hidden" id={`${field('start')}-hint`}>
									{words.startHint}
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
		</LanguageContext>
	);
}
