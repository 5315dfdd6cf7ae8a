// Translated pages whose English words are not a page file but a dictionary or a data file's entries: the
// glossary, the sources page, About and For clinics. Like every translated page, each records the fingerprint of
// the English words it was made from (content/<locale>/pages/<page>.yaml: `translation: { of, date }`); when those
// words change, the translated page says it may be out of date and `npm run review:status` lists it. These pages
// keep no history, so there is no day of the English change to name.
import type { Dictionary } from '../../i18n/en/index.ts';
import { fingerprint } from './fingerprint.ts';

export const TEXT_PAGES = ['glossary', 'sources', 'about', 'for-clinics'] as const;
export type TextPageId = (typeof TEXT_PAGES)[number];

export const isTextPage = (page: string): page is TextPageId => (TEXT_PAGES as readonly string[]).includes(page);

/** The English words the text pages are translated from, as plain data. */
export interface EnglishWords {
	/** content/glossary.yaml: each term's words. */
	glossary: readonly { id: string; term: string; aka?: readonly string[] | undefined; definition: string }[];
	/** content/sources.yaml: how the text cites each source, and our notes on it (titles are never translated). */
	sources: readonly { id: string; short: string; note?: string | undefined; dateNote?: string | undefined }[];
	dictionary: Pick<Dictionary, 'about' | 'clinics'>;
}

/**
 * A dictionary's plain words. A function (a sentence around a number or a date) is left out: its source text is
 * not the same in the build as in Node, so a change inside one does not mark the translation stale.
 */
function words(value: unknown): unknown {
	if (typeof value === 'function') return undefined;
	if (Array.isArray(value)) return value.map(words);
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, words(inner)]));
	return value;
}

/** The fingerprint of the English words a translation of `page` translates. */
export function textPageFingerprint(page: TextPageId, english: EnglishWords): string {
	// By id: the order entries are read in is not content (it differs between the build and the files).
	const byId = <Entry extends { id: string }>(entries: readonly Entry[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
	const content = {
		glossary: byId(english.glossary).map(({ id, term, aka, definition }) => ({ id, term, aka, definition })),
		sources: byId(english.sources).map(({ id, short, note, dateNote }) => ({ id, short, note, dateNote })),
		about: words(english.dictionary.about),
		'for-clinics': words(english.dictionary.clinics),
	}[page];
	return fingerprint({ page, content });
}
