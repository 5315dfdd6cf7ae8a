// The example (what one source reported) or the reader's own plan: how it compares with the sources, a
// timeline with its text equivalent, the dates, a calendar file (only for the reader's own numbers, and never
// for a goal whose best test found no benefit) and a printable summary.
import { useId } from 'react';
import { formatIsoDay } from '../../lib/dates.ts';
import {
	comparePlan,
	DAYS,
	exactly,
	formatRange,
	formatWeeks,
	SESSIONS,
	type CalendarOffer,
	type Estimate,
	type Plan,
	type SourceLink,
} from '../../lib/estimator.ts';
import { calendarFile } from '../../lib/ical.ts';
import { scheduleEvents, sessionDays, type Schedule } from '../../lib/schedule.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { SourceCite, SourceName, type LinkTarget } from './Sources.tsx';
import { noCalendarReason, verdictText } from './wording.ts';

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

/** "0, 28, 56 and 84". */
function listWords(values: readonly (string | number)[]): string {
	return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}

/** "4 sessions, 28 days apart", or "1 session". */
const planWords = (plan: Plan) => (plan.sessions === 1 ? '1 session' : `${plan.sessions} sessions, ${plan.intervalDays} days apart`);

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

function downloadCalendar(estimate: Estimate<SourceLink>, schedule: Schedule, plan: Plan, siteUrl: string) {
	const { treatment } = estimate;
	const articleUrl = new URL(`/articles/${treatment.article}/`, siteUrl).href;
	const text = calendarFile({
		productId: '-//Mesotherapy Explained//Session estimator//EN',
		name: `Mesotherapy plan: ${treatment.label}`,
		events: scheduleEvents(schedule, {
			goalId: treatment.id,
			goalLabel: treatment.label,
			verdict: verdictText(treatment.verdict),
			basis: 'your own numbers',
			articleUrl,
			host: new URL(siteUrl).host,
		}),
		now: new Date(),
	});
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	link.download = `mesotherapy-plan-${treatment.id}-${schedule.sessions[0]!.date}-${plan.sessions}x${plan.intervalDays}d.ics`;
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
	const { figure, matchesGrade } = estimate.examplePlan;
	const { grade, treatment } = estimate;
	return (
		<div className="estimator__example">
			<p>
				<strong>
					Example: what <SourceName source={figure.source} linkTarget={linkTarget} /> reported
				</strong>{' '}
				({formatRange(figure.sessions, SESSIONS)}
				{figure.intervalDays && `, ${formatRange(figure.intervalDays, DAYS)} apart`}). It is not a recommendation.
			</p>
			{figure.approval && (
				<p className={figure.approval.approved ? undefined : 'estimator__unapproved'}>
					{!figure.approval.approved && <strong>Not an approved treatment: </strong>}
					{figure.approval.text} <SourceCite sources={[figure.approval.source]} linkTarget={linkTarget} />
				</p>
			)}
			{grade && !matchesGrade && (
				<p>
					No source gives a plan for grade {grade.id} {treatment.label.toLowerCase()}. This example is a general figure for every grade.
				</p>
			)}
		</div>
	);
}

export function PlanView({ estimate, plan, planIsExample, calendar, schedule, headingLevel, linkTarget, siteUrl, shareUrl }: Props) {
	const id = useId();
	const heading = `${id}-heading`;
	const label = `${id}-timeline`;
	const days = plan ? sessionDays(plan) : [];
	const span = days.at(-1) ?? 0;
	return (
		<section className="estimator__plan" aria-labelledby={heading}>
			<Heading level={headingLevel} id={heading}>
				{planIsExample ? 'The example' : 'Your plan'} in weeks{schedule ? ' and dates' : ''}
			</Heading>
			{planIsExample && <ExampleSource estimate={estimate} linkTarget={linkTarget} />}
			{!plan && <p>Correct the plan above to see it here.</p>}
			{plan && (
				<>
					<p>
						{planIsExample ? 'The timeline below uses' : 'Your plan'}
						{planIsExample ? ' ' : ': '}
						{planWords(plan)}.
					</p>
					<ul>
						{comparePlan(plan, estimate).map((sentence) => (
							<li key={sentence}>{sentence}</li>
						))}
					</ul>
					<Timeline days={days} labelId={label} />
					<p className="estimator__timeline-ends" aria-hidden="true">
						<span>First session</span>
						<span>{span === 0 ? 'Same day' : `Day ${span}`}</span>
					</p>
					<p id={label}>
						{plan.sessions === 1
							? 'One session, so there is no time between sessions.'
							: `Sessions on day ${listWords(days)} after the first one: ${formatWeeks(exactly(span))} from first to last.`}
					</p>
					{schedule ? (
						<ol className="estimator__dates">
							{schedule.sessions.map((session) => (
								<li key={session.number}>
									Session {session.number}: <time dateTime={session.date}>{formatIsoDay(session.date)}</time>
								</li>
							))}
						</ol>
					) : (
						<p className="estimator__hint estimator__needs-js">
							Add the date of your first session above to see dates{calendar.offered ? ' and get a calendar file' : ''}.
						</p>
					)}
					<p className="estimator__reminder">
						These are example dates, not medical advice. A clinic should explain why it suggests its plan.
					</p>
					{!calendar.offered && (
						<p className="estimator__hint estimator__needs-js">{noCalendarReason(calendar.reason, estimate.treatment.label)}</p>
					)}
					<div className="estimator__actions">
						{calendar.offered && schedule && (
							<button type="button" onClick={() => downloadCalendar(estimate, schedule, plan, siteUrl)}>
								Add to calendar (.ics)
							</button>
						)}
						<button type="button" onClick={(event) => printSummary(event.currentTarget.closest('.estimator'))}>
							Print this summary
						</button>
					</div>
					<p className="estimator__print-only">Printed from Mesotherapy Explained{shareUrl ? `: ${shareUrl}` : ` (${siteUrl})`}</p>
				</>
			)}
		</section>
	);
}
