/** A plan laid out in days and dates, and as calendar events in the reader's language. */
import type { Dictionary } from '../i18n/en/index.ts';
import { fill, formatIsoDay } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { addDays, parseIsoDay } from './dates.ts';
import { planProblems, type Plan } from './estimator.ts';
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

/** Why a typed start date cannot be used: not a real day, or a year outside START_YEARS. */
export type StartDateProblem = 'not-a-date' | 'year-out-of-range';

/** A start date a reader typed, checked: a real day between 2000 and 2100, as YYYY-MM-DD. */
export function parseStartDate(text: string): { ok: true; value: string } | { ok: false; problem: StartDateProblem } {
	const date = parseIsoDay(text.trim());
	if (!date) return { ok: false, problem: 'not-a-date' };
	const year = date.getUTCFullYear();
	if (year < START_YEARS.min || year > START_YEARS.max) return { ok: false, problem: 'year-out-of-range' };
	return { ok: true, value: text.trim() };
}

/** The date of every session of a plan that starts on `start`; none for a bad date or a plan with a mistake in it. */
export function datedSchedule(
	start: string,
	plan: Plan,
): { ok: true; value: Schedule } | { ok: false; problem: StartDateProblem | 'plan' } {
	const checked = parseStartDate(start);
	if (!checked.ok) return checked;
	if (Object.keys(planProblems(plan)).length > 0) return { ok: false, problem: 'plan' };
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
	/** "cellulite": the goal's id, which keeps UIDs stable when its label is reworded or translated. */
	goalId: string;
	/** "Cellulite", in the reader's language. */
	goalLabel: string;
	/** What the best evidence found, with its sources, e.g. "A review of 67 studies found … (Luebberding and others, 2015)". */
	verdict: string;
	/** Where the plan came from, e.g. "your own numbers". */
	basis: string;
	/** The language of the events, and their words. */
	locale: Locale;
	words: Dictionary['islands']['calendar'];
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
	const { words } = details;
	const start = formatIsoDay(details.locale, first.date);
	return schedule.sessions.map((session) => ({
		uid: `${first.date}-${total}x${gap}d-${details.goalId}-${session.number}@${details.host}`,
		date: session.date,
		summary: fill(words.summary, { number: session.number, total, goal: details.goalLabel }),
		description: fill(words.description, { verdict: details.verdict, basis: details.basis, start, url: details.articleUrl }),
		url: details.articleUrl,
	}));
}
