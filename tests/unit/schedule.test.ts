import { describe, expect, test } from 'vitest';
import { addDays, parseIsoDay } from '../../src/lib/dates.ts';
import { estimatorText } from '../../src/i18n/estimator-text.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { datedSchedule, parseStartDate, scheduleEvents, sessionDays } from '../../src/lib/schedule.ts';

const english = estimatorText('en', useTranslations('en').islands.estimator);

describe('parseIsoDay and addDays', () => {
	test('only real calendar days pass', () => {
		expect(parseIsoDay('2027-01-10')?.toISOString()).toBe('2027-01-10T00:00:00.000Z');
		expect(parseIsoDay('2028-02-29')).toBeDefined();
		for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-1-10', '10/01/2027', 'tomorrow', '', '2027-01-10T00:00']) {
			expect(parseIsoDay(bad), bad).toBeUndefined();
		}
	});

	test('addDays crosses months, years and clock changes without drifting', () => {
		expect(addDays('2027-01-10', 28)).toBe('2027-02-07');
		expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
		expect(addDays('2027-03-20', 14)).toBe('2027-04-03');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
	});
});

describe('parseStartDate', () => {
	test('gives a clear message for a date that is not real, or far out of range', () => {
		expect(parseStartDate(' 2027-01-10 ')).toEqual({ ok: true, value: '2027-01-10' });
		expect(parseStartDate('2027-02-30')).toEqual({ ok: false, problem: 'not-a-date' });
		expect(parseStartDate('1999-12-31')).toEqual({ ok: false, problem: 'year-out-of-range' });
		expect(english.startProblem('not-a-date')).toBe('Enter a real date, for example 2027-01-10.');
		expect(english.startProblem('year-out-of-range')).toBe('Enter a date between the years 2000 and 2100.');
		expect(parseStartDate('2101-01-01').ok).toBe(false);
	});
});

describe('datedSchedule', () => {
	test('lays sessions out every so many days from the start', () => {
		const outcome = datedSchedule('2027-01-10', { sessions: 4, intervalDays: 28 });
		expect(outcome).toEqual({
			ok: true,
			value: {
				sessions: [
					{ number: 1, day: 0, date: '2027-01-10' },
					{ number: 2, day: 28, date: '2027-02-07' },
					{ number: 3, day: 56, date: '2027-03-07' },
					{ number: 4, day: 84, date: '2027-04-04' },
				],
				spanDays: 84,
			},
		});
	});

	test('one session has no span; bad dates and bad plans give messages, never NaN', () => {
		expect(datedSchedule('2027-01-10', { sessions: 1, intervalDays: 14 })).toMatchObject({ ok: true, value: { spanDays: 0 } });
		expect(datedSchedule('31/01/2027', { sessions: 4, intervalDays: 28 })).toEqual({
			ok: false,
			problem: 'not-a-date',
		});
		expect(datedSchedule('2027-01-10', { sessions: 0, intervalDays: 28 })).toEqual({ ok: false, problem: 'plan' });
		expect(datedSchedule('2027-01-10', { sessions: 3, intervalDays: Number.NaN }).ok).toBe(false);
	});

	test('sessionDays gives the day of each session after the first', () => {
		expect(sessionDays({ sessions: 3, intervalDays: 15 })).toEqual([0, 15, 30]);
		expect(sessionDays({ sessions: 1, intervalDays: 15 })).toEqual([0]);
	});
});

describe('scheduleEvents', () => {
	const outcome = datedSchedule('2027-01-10', { sessions: 3, intervalDays: 14 });
	if (!outcome.ok) throw new Error(outcome.problem);
	const details = {
		goalId: 'under-eye-bags',
		goalLabel: 'Under-eye bags (a label that may change)',
		verdict: 'No benefit found in a fair test. Observers could not tell the eyelids apart. (Eyelid trial, 2011)',
		basis: 'your own numbers',
		articleUrl: 'https://site.example/articles/under-eye-bags/',
		host: 'site.example',
		locale: 'en',
		words: useTranslations('en').islands.calendar,
	} as const;

	test('one event per session, with unique UIDs that stay the same for the same plan', () => {
		const events = scheduleEvents(outcome.value, details);
		expect(events.map((event) => event.date)).toEqual(['2027-01-10', '2027-01-24', '2027-02-07']);
		expect(new Set(events.map((event) => event.uid)).size).toBe(3);
		expect(scheduleEvents(outcome.value, details)).toEqual(events);
		expect(events[1]!.summary).toBe('Mesotherapy session 2 of 3 (Under-eye bags (a label that may change)), example date');
		expect(events[1]!.description).toContain('based on your own numbers, starting 10 January 2027');
		expect(events[1]!.description).toContain('confirm every date with your clinic');
	});

	test('UIDs are built from the goal id, not its label, so rewording a label does not duplicate events', () => {
		const events = scheduleEvents(outcome.value, details);
		expect(events[0]!.uid).toBe('2027-01-10-3x14d-under-eye-bags-1@site.example');
		expect(scheduleEvents(outcome.value, { ...details, goalLabel: 'Eye bags' }).map((event) => event.uid)).toEqual(
			events.map((event) => event.uid),
		);
	});

	test('every description starts with what the best evidence found', () => {
		for (const event of scheduleEvents(outcome.value, details)) {
			expect(event.description!.startsWith(`What the best evidence found: ${details.verdict} `)).toBe(true);
		}
	});
});

describe('scheduleEvents in Spanish', () => {
	const outcome = datedSchedule('2027-01-10', { sessions: 3, intervalDays: 14 });
	if (!outcome.ok) throw new Error(outcome.problem);
	const spanish = useTranslations('es').islands.calendar;
	const details = {
		goalId: 'under-eye-bags',
		goalLabel: 'Bolsas bajo los ojos',
		verdict: 'Sin beneficio en una prueba justa. (Eyelid trial, 2011)',
		basis: spanish.ownNumbers,
		articleUrl: 'https://site.example/es/articles/under-eye-bags/',
		host: 'site.example',
		locale: 'es',
		words: spanish,
	} as const;

	test('Spanish titles and descriptions with Spanish dates; the same UIDs as in English', () => {
		const events = scheduleEvents(outcome.value, details);
		expect(events[1]!.summary).toBe('Sesión de mesoterapia 2 de 3 (Bolsas bajo los ojos), fecha de ejemplo');
		expect(events[1]!.description).toContain('basado en sus propias cifras, que empieza el 10 de enero de 2027');
		expect(events[0]!.description!.startsWith(`Lo que hallaron las mejores pruebas: ${details.verdict} `)).toBe(true);
		expect(events[0]!.uid).toBe('2027-01-10-3x14d-under-eye-bags-1@site.example');
	});
});
