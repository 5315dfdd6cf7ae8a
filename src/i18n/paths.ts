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

/** The address without its language prefix: "/es/articles/" → "/articles/". */
export function pathWithoutLocale(pathname: string): string {
	const locale = localeOfPath(pathname);
	return locale === DEFAULT_LOCALE ? pathname : pathname.slice(locale.length + 1) || '/';
}

/** The same page in every language: twinPaths("/es/glossary/") → { en: "/glossary/", es: "/es/glossary/" }. */
export function twinPaths(pathname: string): Record<Locale, string> {
	const path = pathWithoutLocale(pathname);
	return Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)])) as Record<Locale, string>;
}

/** The list of articles, or one article. */
export const articlePath = (locale: Locale, slug?: string): string => localePath(locale, slug ? `/articles/${slug}/` : '/articles/');

/** The side-effect questions page, or one question on it. */
export const faqPath = (locale: Locale, id?: string): string => localePath(locale, '/side-effects/') + (id ? `#${id}` : '');

/** One source on the sources page, or the page. */
export const sourcePath = (locale: Locale, id?: string): string => localePath(locale, '/sources/') + (id ? `#${id}` : '');

/** One term on the glossary page, or the page. */
export const glossaryPath = (locale: Locale, id?: string): string => localePath(locale, '/glossary/') + (id ? `#${id}` : '');

/**
 * getStaticPaths() entries for a page that exists in every language, for routes under src/pages/[...locale]/:
 * English has no prefix (the rest parameter is undefined), every other language its code.
 */
export const localeParams = () =>
	LOCALES.map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
