import { describe, expect, test } from 'vitest';
import { fill, formatDate, formatNumber, plural } from '../../src/i18n/format.ts';
import { useTranslations } from '../../src/i18n/index.ts';

describe('plural: the form Intl.PluralRules picks for the language', () => {
	const en = useTranslations('en').islands.faqFilter.count;
	const es = useTranslations('es').islands.faqFilter.count;

	test('English and Spanish counts of questions', () => {
		expect(plural('en', 43, en, { shown: 3 })).toBe('Showing 3 of 43 questions');
		expect(plural('en', 1, en, { shown: 1 })).toBe('Showing 1 of 1 question');
		expect(plural('es', 43, es, { shown: 0 })).toBe('Mostrando 0 de 43 preguntas');
		expect(plural('es', 1, es, { shown: 1 })).toBe('Mostrando 1 de 1 pregunta');
	});

	test('numbers are written the language’s way', () => {
		expect(plural('en', 12345, { one: '{count} day', other: '{count} days' })).toBe('12,345 days');
		expect(plural('es', 12345, { one: '{count} día', other: '{count} días' })).toBe('12.345 días');
		expect(formatNumber('es', 2.5)).toBe('2,5');
	});

	test('a form the language needs but the words lack falls back to `other`', () => {
		// Spanish has a "many" form for millions; words without it use "other".
		expect(plural('es', 1_000_000, { one: '{count} sesión', other: '{count} sesiones' })).toBe('1.000.000 sesiones');
	});
});

describe('fill and formatDate', () => {
	test('fill puts values into placeholders and leaves unknown ones', () => {
		expect(fill('Grado {grade}: {text}', { grade: 2, text: 'visible' })).toBe('Grado 2: visible');
		expect(fill('{missing}', {})).toBe('{missing}');
	});

	test('dates in the reader’s language, never shifted by the time zone', () => {
		const day = new Date('2027-01-10T00:00:00Z');
		expect(formatDate('en', day)).toBe('10 January 2027');
		expect(formatDate('es', day)).toBe('10 de enero de 2027');
	});
});
