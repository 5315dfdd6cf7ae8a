// Intl formatting in the reader's language. Kept apart from the dictionaries, so an island can format a date or
// choose a plural form without bundling every language's words.
import type { Locale } from './locales.ts';

// The site's English is British: "25 November 2026", "0, 28, 56 and 84". Spanish: "25 de noviembre de 2026".
const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es' };

/** A calendar day in the reader's language; UTC, so the build machine's zone never shifts it. */
export const formatDate = (locale: Locale, date: Date, options?: Intl.DateTimeFormatOptions): string =>
	new Intl.DateTimeFormat(INTL_LOCALES[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', ...options }).format(
		date,
	);

/** A "YYYY-MM-DD" day in the reader's language: "10 January 2027" / "10 de enero de 2027". */
export const formatIsoDay = (locale: Locale, isoDay: string): string => formatDate(locale, new Date(`${isoDay}T00:00:00Z`));

/** A number in the reader's language ("1,906" / "1906"). */
export const formatNumber = (locale: Locale, value: number, options?: Intl.NumberFormatOptions): string =>
	new Intl.NumberFormat(INTL_LOCALES[locale], options).format(value);

/** "a, b and c" / "a, b y c". */
export const formatList = (locale: Locale, items: string[], type: Intl.ListFormatType = 'conjunction'): string =>
	new Intl.ListFormat(INTL_LOCALES[locale], { style: 'long', type }).format(items);

/**
 * A sentence in every plural form the language needs, chosen by Intl.PluralRules: `other` is required, since
 * it is the form every language has; English and Spanish add `one` (Spanish also has `many` for millions).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { one: string; other: string };

/** Puts values into a template's {placeholders}: fill('Grade {grade}', { grade: 2 }) is "Grade 2". */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));

/** The plural form for a count, filled in: numbers in the template are formatted for the language. */
export function plural(locale: Locale, count: number, forms: PluralForms, values: Record<string, string | number> = {}): string {
	const form = forms[new Intl.PluralRules(INTL_LOCALES[locale]).select(count)] ?? forms.other;
	const formatted = Object.fromEntries(
		Object.entries({ count, ...values }).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(locale, value) : value]),
	);
	return fill(form, formatted);
}
