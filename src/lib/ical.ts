/**
 * A small iCalendar (RFC 5545) writer for all-day events: CRLF line endings, lines folded at 75 octets
 * without splitting a character, escaped text, and a UID and DTSTAMP on every event.
 */
import { addDays } from './dates.ts';

export interface CalendarEvent {
	/** Globally unique and stable, so importing the same plan twice updates instead of duplicating. */
	uid: string;
	/** The day, as YYYY-MM-DD. The event lasts the whole day. */
	date: string;
	summary: string;
	description?: string | undefined;
	url?: string | undefined;
}

export interface Calendar {
	/** Who made the file, e.g. "-//Mesotherapy Explained//Session estimator//EN". */
	productId: string;
	/** The name calendar apps show for the imported set. */
	name: string;
	events: readonly CalendarEvent[];
	/** When the file was made; written as every event's DTSTAMP. */
	now: Date;
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = encoder.encode(character).length;
		// Continuation lines begin with a space, which counts towards their 75 octets.
		if (octets + size > MAX_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n');
}

/** "2027-01-10" → "20270110". */
const basicDate = (isoDay: string) => isoDay.replaceAll('-', '');

/** A UTC timestamp such as 20261125T093000Z. */
const utcStamp = (date: Date) =>
	date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** The whole .ics file as text, ready to download as text/calendar. */
export function calendarFile({ productId, name, events, now }: Calendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${productId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
	];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${utcStamp(now)}`,
			`DTSTART;VALUE=DATE:${basicDate(event.date)}`,
			// DTEND of an all-day event is exclusive: the next day.
			`DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
			`SUMMARY:${escapeText(event.summary)}`,
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.url) lines.push(`URL:${event.url}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
