// The interface words of every language, typed by the English dictionary, and the Intl formatters pages and
// islands use for dates and numbers in the reader's language.
import { en, type Dictionary } from './en/index.ts';
import { es } from './es/index.ts';
import { LOCALE_INFO, type Locale } from './locales.ts';
import { localeOfPath } from './paths.ts';

export type { Dictionary } from './en/index.ts';
export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales.ts';

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

/** The words of one language. */
export const useTranslations = (locale: Locale): Dictionary => DICTIONARIES[locale];

// Dates read like "25 November 2026" / "25 de noviembre de 2026"; UTC so the build machine's zone never shifts them.
const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es' };

/** A calendar day in the reader's language. */
export const formatDate = (locale: Locale, date: Date): string =>
	new Intl.DateTimeFormat(DATE_LOCALES[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);

/** A number in the reader's language ("1,906" / "1906"). */
export const formatNumber = (locale: Locale, value: number, options?: Intl.NumberFormatOptions): string =>
	new Intl.NumberFormat(LOCALE_INFO[locale].tag, options).format(value);

/** "a, b and c" / "a, b y c". */
export const formatList = (locale: Locale, items: string[], type: Intl.ListFormatType = 'conjunction'): string =>
	new Intl.ListFormat(LOCALE_INFO[locale].tag, { style: 'long', type }).format(items);

/** The language of the page at `url` and its words: what every component that renders text starts with. */
export function pageLanguage(url: URL): { locale: Locale; t: Dictionary } {
	const locale = localeOfPath(url.pathname);
	return { locale, t: useTranslations(locale) };
}
