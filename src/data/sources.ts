// What pages say about a source in one language: how the text cites it ("Park and others, 2008") and our notes on
// it, from content/<locale>/sources.yaml, else from content/sources.yaml. The loader makes sure every label with
// words in it and every note is translated, so a label left in English is only names and years ("FDA, 2010") and
// reads the same in every language. Titles and references are never translated.
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** A source's words in one language. */
export interface SourceWords {
	/** How the text cites it. */
	short: string;
	/** Our note for readers (why there is no link, what we read). */
	note?: string | undefined;
	/** What stands instead of a year ("date not shown"). */
	dateNote?: string | undefined;
}

const built = new Map<Locale, Promise<(id: string) => SourceWords>>();

/**
 * The words of each source id in `locale`; an unknown id throws. Every citation and reference on a page asks, so
 * a build reads them once per language; the dev server every time, so edits show.
 */
export function getSourceWords(locale: Locale): Promise<(id: string) => SourceWords> {
	if (import.meta.env.DEV) return readSourceWords(locale);
	if (!built.has(locale)) built.set(locale, readSourceWords(locale));
	return built.get(locale)!;
}

async function readSourceWords(locale: Locale): Promise<(id: string) => SourceWords> {
	const english = await getCollection('sources');
	const words = new Map<string, SourceWords>(english.map(({ id, data: { short, note, dateNote } }) => [id, { short, note, dateNote }]));
	if (locale !== DEFAULT_LOCALE) {
		for (const { id, data } of await getCollection('translatedSources', ({ id }) => id.startsWith(`${locale}/`))) {
			words.set(id.slice(locale.length + 1), data);
		}
	}
	return (id) => {
		const found = words.get(id);
		if (!found) throw new Error(`unknown source id "${id}" (not in content/sources.yaml)`);
		return found;
	};
}
