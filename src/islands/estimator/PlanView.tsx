// The example (what one source reported) or the reader's own plan: how it compares with the sources, a
// timeline with its text equivalent, the dates, a calendar file (only for the reader's own numbers, and never
// for a goal whose best test found no benefit) and a printable summary.
import { useId } from 'react';
import { verdictText } from '../../i18n/estimator-text.ts';
import { fill, formatIsoDay, formatList, formatNumber } from '../../i18n/format.ts';
import { articlePath } from '../../i18n/paths.ts';
import { exactly, type CalendarOffer, type Estimate, type Plan, type SourceLink } from '../../lib/estimator.ts';
import { calendarFile } from '../../lib/ical.ts';
import { scheduleEvents, sessionDays, type Schedule } from '../../lib/schedule.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { useLanguage, type EstimatorLanguage } from './language.ts';
import { SourceCite, SourceName, type LinkTarget } from './Sources.tsx';

interface Props {
	estimate: Estimate<SourceLink>;
	/** Undefined while a plan field holds a mistake (the form shows the message). */
	plan: Plan | undefined;
	planIsExample: boolean;
	calendar: CalendarOffer;
	schedule: Schedule | undefined;
	headingLevel: HeadingLevel;
	linkTarget: LinkTarget;
	siteUrl: string;
	/** The address that opens this plan again, printed on paper copies. */
	shareUrl: string | undefined;
}

/** Dots on a line, one per session, spaced by days; its meaning is also given in words (`label`). */
function Timeline({ days, labelId }: { days: number[]; labelId: string }) {
	const last = Math.max(days.at(-1) ?? 0, 1);
	const x = (day: number) => 16 + (day / last) * 608;
	return (
		<svg className="estimator__timeline" viewBox="0 0 640 40" role="img" aria-labelledby={labelId} focusable="false">
			<line className="estimator__timeline-line" x1="16" y1="20" x2="624" y2="20" />
			{days.map((day, index) => (
				<circle key={index} className="estimator__timeline-dot" cx={x(day)} cy="20" r="9" />
			))}
		</svg>
	);
}

/** The reader's plan as a calendar file in the page's language; the file name and UIDs keep the goal's id. */
function downloadCalendar(estimate: Estimate<SourceLink>, schedule: Schedule, plan: Plan, siteUrl: string, language: EstimatorLanguage) {
	const { treatment } = estimate;
	const { locale, words, calendar } = language;
	const articleUrl = new URL(articlePath(locale, treatment.article), siteUrl).href;
	const text = calendarFile({
		productId: calendar.productId,
		name: fill(calendar.name, { goal: treatment.label }),
		events: scheduleEvents(schedule, {
			goalId: treatment.id,
			goalLabel: treatment.label,
			verdict: verdictText(words, calendar, treatment.verdict),
			basis: calendar.ownNumbers,
			articleUrl,
			host: new URL(siteUrl).host,
			locale,
			words: calendar,
		}),
		now: new Date(),
	});
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	link.download = `${calendar.fileName}-${treatment.id}-${schedule.sessions[0]!.date}-${plan.sessions}x${plan.intervalDays}d.ics`;
	link.click();
	// Give the browser a moment to start the download before the blob is released.
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Prints only this estimator: the class lets the print styles hide the rest of the page. */
function printSummary(element: HTMLElement | null) {
	if (!element) return;
	const root = document.documentElement;
	element.classList.add('estimator--printing');
	root.classList.add('estimator-printing');
	addEventListener(
		'afterprint',
		() => {
			element.classList.remove('estimator--printing');
			root.classList.remove('estimator-printing');
		},
		{ once: true },
	);
	print();
}

/** Where the example comes from, that it is no recommendation, whether what was injected is approved, and its grade. */
function ExampleSource({ estimate, linkTarget }: { estimate: Estimate<SourceLink>; linkTarget: LinkTarget }) {
	const { words, text } = useLanguage();
	const { figure, matchesGrade } = estimate.examplePlan;
	const { grade, treatment } = estimate;
	return (
		<div className="estimator__example">
			<p>
				<strong>
					{words.exampleFromBefore}
					<SourceName source={figure.source} linkTarget={linkTarget} />
					{words.exampleFromAfter}
				</strong>{' '}
				({text.sessions(figure.sessions)}
				{figure.intervalDays && `, ${fill(words.apart, { gap: text.days(figure.intervalDays) })}`}). {words.notARecommendation}
			</p>
			{figure.approval && (
				<p className={figure.approval.approved ? undefined : 'estimator__unapproved'}>
					{!figure.approval.approved && <strong>{words.notApprovedTreatment}</strong>}
					{figure.approval.text} <SourceCite sources={[figure.approval.source]} linkTarget={linkTarget} />
				</p>
			)}
			{grade && !matchesGrade && <p>{fill(words.noGradePlan, { ...text.goal(treatment.label), grade: grade.id })}</p>}
		</div>
	);
}

export function PlanView({ estimate, plan, planIsExample, calendar, schedule, headingLevel, linkTarget, siteUrl, shareUrl }: Props) {
	const language = useLanguage();
	const { locale, words, text } = language;
	const id = useId();
	const heading = `${id}-heading`;
	const label = `${id}-timeline`;
	const days = plan ? sessionDays(plan) : [];
	const span = days.at(-1) ?? 0;
	return (
		<section className="estimator__plan" aria-labelledby={heading}>
			<Heading level={headingLevel} id={heading}>
				{planIsExample
					? schedule
						? words.exampleHeadingDates
						: words.exampleHeading
					: schedule
						? words.ownHeadingDates
						: words.ownHeading}
			</Heading>
			{planIsExample && <ExampleSource estimate={estimate} linkTarget={linkTarget} />}
			{!plan && <p>{words.correctPlan}</p>}
			{plan && (
				<>
					<p>{fill(planIsExample ? words.exampleUses : words.ownPlan, { plan: text.plan(plan) })}</p>
					<ul>
						{text.comparison(plan, estimate).map((sentence) => (
							<li key={sentence}>{sentence}</li>
						))}
					</ul>
					<Timeline days={days} labelId={label} />
					<p className="estimator__timeline-ends" aria-hidden="true">
						<span>{words.firstSession}</span>
						<span>{span === 0 ? words.sameDay : fill(words.dayNumber, { day: formatNumber(locale, span) })}</span>
					</p>
					<p id={label}>
						{plan.sessions === 1
							? words.oneSession
							: fill(words.sessionDays, {
									days: formatList(
										locale,
										days.map((day) => formatNumber(locale, day)),
									),
									span: text.weeks(exactly(span)),
								})}
					</p>
					{schedule ? (
						<ol className="estimator__dates">
							{schedule.sessions.map((session) => (
								<li key={session.number}>
									{fill(words.sessionDate, { number: session.number })}
									<time dateTime={session.date}>{formatIsoDay(locale, session.date)}</time>
								</li>
							))}
						</ol>
					) : (
						<p className="estimator__hint estimator__needs-js">{calendar.offered ? words.addDateCalendar : words.addDate}</p>
					)}
					<p className="estimator__reminder">{words.reminder}</p>
					{!calendar.offered && (
						<p className="estimator__hint estimator__needs-js">
							{fill(words.noCalendar[calendar.reason], text.goal(estimate.treatment.label))}
						</p>
					)}
					<div className="estimator__actions">
						{calendar.offered && schedule && (
							<button type="button" onClick={() => downloadCalendar(estimate, schedule, plan, siteUrl, language)}>
								{words.addToCalendar}
							</button>
						)}
						<button type="button" onClick={(event) => printSummary(event.currentTarget.closest('.estimator'))}>
							{words.print}
						</button>
					</div>
					<p className="estimator__print-only">
						{shareUrl
							? fill(words.printedFrom, { site: words.siteName, url: shareUrl })
							: fill(words.printedFromSite, { site: words.siteName, url: siteUrl })}
					</p>
				</>
			)}
		</section>
	);
}
