// The reader's plan (or the example plan): how it compares with the sources, a timeline with its text
// equivalent, the dates, a calendar file and a printable page.
import { useId } from 'react';
import { formatIsoDay } from '../../lib/dates.ts';
import { comparePlan, exactly, formatWeeks, type Estimate, type Plan, type SourceLink } from '../../lib/estimator.ts';
import { calendarFile } from '../../lib/ical.ts';
import { scheduleEvents, sessionDays, type Schedule } from '../../lib/schedule.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

interface Props {
	estimate: Estimate<SourceLink>;
	/** Undefined while a plan field holds a mistake (the form shows the message). */
	plan: Plan | undefined;
	planIsExample: boolean;
	schedule: Schedule | undefined;
	headingLevel: HeadingLevel;
	siteUrl: string;
	/** The address that opens this plan again, printed on paper copies. */
	shareUrl: string | undefined;
}

/** "0, 28, 56 and 84". */
function listWords(values: readonly (string | number)[]): string {
	return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
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

function downloadCalendar(estimate: Estimate<SourceLink>, schedule: Schedule, plan: Plan, planIsExample: boolean, siteUrl: string) {
	const { treatment } = estimate;
	const articleUrl = new URL(`/articles/${treatment.article}/`, siteUrl).href;
	const text = calendarFile({
		productId: '-//Mesotherapy Explained//Session estimator//EN',
		name: `Mesotherapy plan: ${treatment.label}`,
		events: scheduleEvents(schedule, {
			goalLabel: treatment.label,
			basis: planIsExample ? estimate.examplePlan.source.short : 'your own numbers',
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
function printPlan(element: HTMLElement | null) {
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

export function PlanView({ estimate, plan, planIsExample, schedule, headingLevel, siteUrl, shareUrl }: Props) {
	const id = useId();
	const heading = `${id}-heading`;
	const label = `${id}-timeline`;
	const days = plan ? sessionDays(plan) : [];
	const span = days.at(-1) ?? 0;
	return (
		<section className="estimator__plan" aria-labelledby={heading}>
			<Heading level={headingLevel} id={heading}>
				Your plan in weeks{schedule ? ' and dates' : ''}
			</Heading>
			{!plan && <p>Correct the plan above to see it here.</p>}
			{plan && (
				<>
					<p>
						{planIsExample ? `The example plan from ${estimate.examplePlan.source.short}` : 'Your plan'}:{' '}
						{plan.sessions === 1 ? '1 session' : `${plan.sessions} sessions, ${plan.intervalDays} days apart`}.
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
						<p className="estimator__hint estimator__needs-js">Add the date of your first session above to see dates and get a calendar file.</p>
					)}
					<p className="estimator__reminder">
						These are example dates, not medical advice. A clinic should explain why it suggests its plan.
					</p>
					<div className="estimator__actions">
						{schedule && (
							<button type="button" onClick={() => downloadCalendar(estimate, schedule, plan, planIsExample, siteUrl)}>
								Add to calendar (.ics)
							</button>
						)}
						<button type="button" onClick={(event) => printPlan(event.currentTarget.closest('.estimator'))}>
							Print this plan
						</button>
					</div>
					<p className="estimator__print-only">
						Printed from Mesotherapy Explained{shareUrl ? `: ${shareUrl}` : ` (${siteUrl})`}
					</p>
				</>
			)}
		</section>
	);
}
