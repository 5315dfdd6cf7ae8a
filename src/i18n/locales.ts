// The site's languages, recorded once. English is the default and keeps today's addresses; every other
// language lives under /<code>/ with the same paths and slugs as English (/es/articles/cellulite/), so a
// page's twin is found by adding or removing the prefix. A new language is a new entry here, a dictionary
// in src/i18n/<code>/ and its translated content in content/<code>/.

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The languages whose pages and content are translations of English's (content/<locale>/). */
export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/**
 * How each language names itself (for the language switcher), its BCP 47 tag (for lang and hreflang) and its
 * Open Graph locale (og:locale).
 */
export const LOCALE_INFO: Record<Locale, { name: string; tag: string; ogLocale: string }> = {
	en: { name: 'English', tag: 'en', ogLocale: 'en_GB' },
	es: { name: 'Español', tag: 'es', ogLocale: 'es_ES' },
};

export const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly string[]).includes(value ?? '');
