// Addresses in every language. English keeps the site's own paths; another language puts its code in front
// (/es/articles/cellulite/), with the same paths and slugs (src/i18n/locales.ts), so a page's twin in another
// language is found by swapping that prefix. Every link a page builds goes through these helpers.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales.ts';

/** `path` (an English address, starting and ending with "/", optionally with "#anchor") in `locale`. */
export const localePath = (locale: Locale, path: string): string => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);

/** The language of an address: its first segment when that is a language code, else the default. */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/**
 * getStaticPaths() entries for a page that exists in every language, for routes under src/pages/[...locale]/:
 * English has no prefix (the rest parameter is undefined), every other language its code.
 */
export const localeParams = () =>
	LOCALES.map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
