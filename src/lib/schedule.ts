/** A plan laid out in days and dates, and as calendar events. */
import { addDays, formatIsoDay, parseIsoDay } from './dates.ts';
import { planProblems, type Outcome, type Plan } from './estimator.ts';
import type { CalendarEvent } from './ical.ts';

/** Start dates outside these years are almost certainly typing mistakes. */
export const START_YEARS = { min: 2000, max: 2100 } as const;

export interface ScheduledSession {
	/** 1 for the first session. */
	number: number;
	/** Days after the first session. */
	day: number;
	/** The day as YYYY-MM-DD. */
	date: string;
}

export interface Schedule {
	sessions: ScheduledSession[];
	/** Days from the first to the last session. */
	spanDays: number;
}

/** Days after the first session on which each session falls: [0, 28, 56, 84] for 4 sessions 28 days apart. */
export function sessionDays(plan: Plan): number[] {
	return Array.from({ length: plan.sessions }, (_, index) => index * plan.intervalDays);
}

/** A start date a reader typed, checked: a real day between 2000 and 2100, as YYYY-MM-DD. */
export function parseStartDate(text: string): Outcome<string> {
	const date = parseIsoDay(text.trim());
	if (!date) return { ok: false, problem: 'Enter a real date, for example 2027-01-10.' };
	const year = date.getUTCFullYear();
	if (year < START_YEARS.min || year > START_YEARS.max) {
		return { ok: false, problem: `Enter a date between the years ${START_YEARS.min} and ${START_YEARS.max}.` };
	}
	return { ok: true, value: text.trim() };
}

/** The date of every session of a plan that starts on `start`. */
export function datedSchedule(start: string, plan: Plan): Outcome<Schedule> {
	const checked = parseStartDate(start);
	if (!checked.ok) return checked;
	const problems = planProblems(plan);
	const problem = problems.sessions ?? problems.intervalDays;
	if (problem) return { ok: false, problem };
	const days = sessionDays(plan);
	return {
		ok: true,
		value: {
			sessions: days.map((day, index) => ({ number: index + 1, day, date: addDays(checked.value, day) })),
			spanDays: days.at(-1)!,
		},
	};
}

interface EventDetails {
	/** "cellulite": the goal's id, which keeps UIDs stable when its label is reworded. */
	goalId: string;
	/** "Cellulite". */
	goalLabel: string;
	/** What the best evidence found, with its sources, e.g. "A review of 67 studies found … (Luebberding and others, 2015)". */
	verdict: string;
	/** Where the plan came from, e.g. "your own numbers". */
	basis: string;
	/** The page that explains the evidence. */
	articleUrl: string;
	/** Host name that makes UIDs unique to this site. */
	host: string;
}

/**
 * One all-day event per session, with UIDs that stay the same when the same plan is exported again. Each
 * description starts with what the best evidence found, before the dates (audit A16).
 */
export function scheduleEvents(schedule: Schedule, details: EventDetails): CalendarEvent[] {
	const total = schedule.sessions.length;
	const first = schedule.sessions[0]!;
	const gap = schedule.sessions[1] ? schedule.sessions[1].day : 0;
	return schedule.sessions.map((session) => ({
		uid: `${first.date}-${total}x${gap}d-${details.goalId}-${session.number}@${details.host}`,
		date: session.date,
		summary: `Mesotherapy session ${session.number} of ${total} (${details.goalLabel}), example date`,
		description:
			`What the best evidence found: ${details.verdict} ` +
			`Example date from a plan based on ${details.basis}, starting ${formatIsoDay(first.date)}. ` +
			'There is no standard plan: confirm every date with your clinic. ' +
			`What the evidence says: ${details.articleUrl}`,
		url: details.articleUrl,
	}));
}
