import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFile, escapeText, foldLine, type CalendarEvent } from '../../src/lib/ical.ts';

const now = new Date('2026-11-25T09:30:15.123Z');
const awkward = 'Séance 2 de 3; notes, "quotes", a back\\slash and a line\nbreak — plus a long tail 😀 '.repeat(3).trim();
const events: CalendarEvent[] = [
	{
		uid: 'plan-1@site.example',
		date: '2027-01-10',
		summary: 'Mesotherapy session 1 of 2',
		description: awkward,
		url: 'https://site.example/articles/cellulite/',
	},
	{ uid: 'plan-2@site.example', date: '2027-12-31', summary: awkward },
];
const text = calendarFile({
	productId: '-//Mesotherapy Explained//Session estimator//EN',
	name: 'Mesotherapy plan: Cellulite',
	events,
	now,
});

describe('calendarFile, read back by a real iCalendar parser (ical.js)', () => {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevents = calendar.getAllSubcomponents('vevent');

	test('has the calendar properties and one event per session', () => {
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Mesotherapy Explained//Session estimator//EN');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mesotherapy plan: Cellulite');
		expect(vevents).toHaveLength(2);
	});

	test('every event is all-day, with a UID and a DTSTAMP in UTC', () => {
		vevents.forEach((vevent, index) => {
			const event = new ICAL.Event(vevent);
			expect(event.uid).toBe(events[index]!.uid);
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(events[index]!.date);
			const end = event.endDate;
			expect(end.isDate).toBe(true);
			expect(end.subtractDate(event.startDate).toSeconds()).toBe(24 * 60 * 60);
			expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-25T09:30:15Z');
		});
	});

	test('text with commas, semicolons, backslashes, line breaks and emoji comes back exactly', () => {
		expect(new ICAL.Event(vevents[0]!).description).toBe(awkward);
		expect(new ICAL.Event(vevents[1]!).summary).toBe(awkward);
		expect(vevents[0]!.getFirstPropertyValue('url')).toBe('https://site.example/articles/cellulite/');
	});

	test('the next year is still right (31 December ends on 1 January)', () => {
		expect(new ICAL.Event(vevents[1]!).endDate.toString()).toBe('2028-01-01');
	});
});

describe('the file format itself (RFC 5545)', () => {
	test('every line ends with CRLF and none is longer than 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.split('\r\n').slice(0, -1);
		for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});

	test('folding never splits a character and unfolds to the original line', () => {
		const line = `DESCRIPTION:${'é😀'.repeat(40)}`;
		const folded = foldLine(line);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		for (const part of folded.split('\r\n')) {
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
			expect(part).not.toMatch(/\uFFFD/);
		}
		expect(foldLine('SHORT:line')).toBe('SHORT:line');
	});

	test('escapeText escapes exactly the characters RFC 5545 names', () => {
		expect(escapeText('a,b;c\\d\ne\r\nf:g')).toBe('a\\,b\\;c\\\\d\\ne\\nf:g');
	});
});
