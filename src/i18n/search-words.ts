// The search words of every language, without the rest of the dictionaries: the search scripts run in the
// browser and load only these. The language is the page's (its address decides, as on the server).
import { search as en } from './en/search.ts';
import { search as es } from './es/search.ts';
import type { Locale } from './locales.ts';

const SEARCH_WORDS: Record<Locale, typeof en> = { en, es };

/** The search words of `locale`. */
export const searchWords = (locale: Locale): typeof en => SEARCH_WORDS[locale];
