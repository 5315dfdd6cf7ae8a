// The interface words of every language, typed by the English dictionary, and the Intl formatters pages and
// islands use for dates and numbers in the reader's language.
import { en, type Dictionary } from './en/index.ts';
import { es } from './es/index.ts';
import type { Locale } from './locales.ts';
import { localeOfPath } from './paths.ts';

export type { Dictionary } from './en/index.ts';
export { fill, formatDate, formatIsoDay, formatList, formatNumber, plural, type PluralForms } from './format.ts';
export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales.ts';

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

/** The words of one language. */
export const useTranslations = (locale: Locale): Dictionary => DICTIONARIES[locale];

/** The language of the page at `url` and its words: what every component that renders text starts with. */
export function pageLanguage(url: URL): { locale: Locale; t: Dictionary } {
	const locale = localeOfPath(url.pathname);
	return { locale, t: useTranslations(locale) };
}
