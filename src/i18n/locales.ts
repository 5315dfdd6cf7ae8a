// The site's languages, recorded once. English is the default and keeps today's addresses; every other
// language lives under /<code>/ with the same paths and slugs as English (/es/articles/cellulite/), so a
// page's twin is found by adding or removing the prefix. A new language is a new entry here, a dictionary
// in src/i18n/<code>/ and its translated content in content/<code>/.

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** How each language names itself (for the language switcher) and its BCP 47 tag (for lang and hreflang). */
export const LOCALE_INFO: Record<Locale, { name: string; tag: string }> = {
	en: { name: 'English', tag: 'en' },
	es: { name: 'Español', tag: 'es' },
};

export const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly string[]).includes(value ?? '');
