// Addresses in every language. English keeps the site's own paths; another language puts its code in front
// (/es/articles/cellulite/), with the same paths and slugs (src/i18n/locales.ts), so a page's twin in another
// language is found by swapping that prefix. Every link a page builds goes through these helpers.
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** `path` (an English address, starting and ending with "/", optionally with "#anchor") in `locale`. */
export const localePath = (locale: Locale, path: string): string => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);

/**
 * getStaticPaths() entries for a page that exists in every language, for routes under src/pages/[...locale]/:
 * English has no prefix (the rest parameter is undefined), every other language its code.
 */
export const localeParams = () =>
	LOCALES.map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
