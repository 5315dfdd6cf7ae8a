// The search words of the page's language, without the rest of the dictionaries: the search scripts run in
// the browser and fetch only the one language they need (one small file per language, found by its folder).
import type { Dictionary } from './en/index.ts';
import type { Locale } from './locales.ts';

export type SearchWords = Dictionary['search'];

/**
 * The page's language, read from <html lang>, where the layout writes the locale's tag (the same as its code for
 * every language so far); reading it costs the search scripts no path helpers.
 */
export const pageLocale = (): Locale => document.documentElement.lang as Locale;

const MODULES = import.meta.glob<{ search: SearchWords }>('./*/search.ts');

/** The search words of `locale`. */
export async function loadSearchWords(locale: Locale): Promise<SearchWords> {
	const load = MODULES[`./${locale}/search.ts`];
	if (!load) throw new Error(`No search words for "${locale}" (src/i18n/${locale}/search.ts)`);
	return (await load()).search;
}
