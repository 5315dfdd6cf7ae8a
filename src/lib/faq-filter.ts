/**
 * The side-effect FAQ filter: narrows the questions to those matching what a worried reader types,
 * forgiving word endings ("bruise", "bruising", "bruised"; "moretón", "moretones"), missing accents and
 * small typos ("brusing", "hinchason"), and to the chosen topics and urgency. The island calls it on every
 * keystroke; it never touches the DOM. The questions' language picks the stop words and word endings.
 */
import type { Locale } from '../i18n/locales.ts';
import { CARE_LEVEL_IDS } from './care-levels.ts';

import { indexWords, matchesExactly, matchesWithTypo, normalize, WORD_RULES, words, type IndexedWord } from './typo-match.ts';

// The FAQ filter's tests and the island import these from here.
export { editDistance, normalize, spanishStem, stem } from './typo-match.ts';

/** One question as the filter sees it. */
export interface FaqFilterItem {
	id: string;
	question: string;
	/** The answer as plain text. */
	answer: string;
	/** Readers' own words for it (lay words, misspellings). */
	keywords: readonly string[];
	category: string;
	/** Care level id, or undefined for questions that are not about a symptom. */
	urgency?: string | undefined;
}

/** What the reader has chosen. Empty values mean "no limit". */
export interface FaqFilter {
	query: string;
	/** Category ids; a question shows when it is in any of them. Empty: every category. */
	categories: readonly string[];
	/** A care level id, or '' for any urgency. */
	urgency: string;
}

export const NO_FILTER: FaqFilter = { query: '', categories: [], urgency: '' };

/**
 * How the typed words matched: `all` (each shown question has every word), `some` (none had every
 * word, so the closest matches are shown), `nothing` (no word matched), `no-query` (nothing typed).
 */
export type FaqMatch = 'all' | 'some' | 'nothing' | 'no-query';

export interface FaqFilterResult {
	/**
	 * Ids of the questions to show: in their original order when nothing is chosen; while filtering,
	 * the most urgent first (see `byUrgency`), so a worried reader meets "see a doctor today" first.
	 */
	ids: string[];
	match: FaqMatch;
}

export interface FaqIndexEntry {
	item: FaqFilterItem;
	words: IndexedWord[];
}

/** Questions ready for filtering: their question, answer and keyword words, with stems, in one language. */
export interface FaqIndex {
	locale: Locale;
	entries: FaqIndexEntry[];
}

/** Prepares questions written in `locale` for filtering. */
export function createFaqIndex(items: readonly FaqFilterItem[], locale: Locale = 'en'): FaqIndex {
	const rules = WORD_RULES[locale];
	const entries = items.map((item) => {
		const text = new Set(words(`${item.question} ${item.answer}`));
		const keywordsOnly = new Set(words(item.keywords.join(' ')).filter((word) => !text.has(word)));
		return { item, words: [...indexWords([...text], true, rules), ...indexWords([...keywordsOnly], false, rules)] };
	});
	return { locale, entries };
}

/** The typed words that narrow the list: stop words are dropped unless nothing else was typed. */
function queryWords(query: string, locale: Locale): IndexedWord[] {
	const rules = WORD_RULES[locale];
	const all = words(query);
	const meaningful = all.filter((word) => !rules.stopWords.has(word));
	return indexWords(meaningful.length > 0 ? meaningful : all, false, rules);
}

/**
 * The questions to show for a filter. Topic and urgency narrow first; then every typed word must
 * match. When no question has every word, the questions matching the most words are shown instead
 * (and `match` says so), so a reader with one unusual word still gets an answer.
 */
export function filterFaq(index: FaqIndex, filter: FaqFilter): FaqFilterResult {
	const result = matchFaq(index, filter);
	if (!isFiltering(filter)) return result;
	const items = new Map(index.entries.map(({ item }) => [item.id, item]));
	return { ...result, ids: byUrgency(result.ids.map((id) => items.get(id)!)).map((item) => item.id) };
}

/**
 * Questions from the most to the least urgent care level (the order of CARE_LEVEL_IDS); questions
 * that are not about a symptom come last. Questions of one level keep their order.
 */
export function byUrgency<T extends Pick<FaqFilterItem, 'urgency'>>(items: readonly T[]): T[] {
	const rank = (item: T) => {
		const level = CARE_LEVEL_IDS.indexOf(item.urgency as (typeof CARE_LEVEL_IDS)[number]);
		return level === -1 ? CARE_LEVEL_IDS.length : level;
	};
	// Array.prototype.sort is stable, so equal ranks keep the page's order.
	return [...items].sort((a, b) => rank(a) - rank(b));
}

/** The questions matching a filter, in the page's order. */
function matchFaq({ locale, entries }: FaqIndex, filter: FaqFilter): FaqFilterResult {
	const inFacets = entries.filter(
		({ item }) =>
			(filter.categories.length === 0 || filter.categories.includes(item.category)) &&
			(filter.urgency === '' || item.urgency === filter.urgency),
	);
	const typed = queryWords(filter.query, locale);
	if (typed.length === 0) return { ids: inFacets.map(({ item }) => item.id), match: 'no-query' };

	// A word spelled as in some question or answer is taken as meant ("sore" never becomes
	// "some"); any other word may be a typo.
	const matchers = typed.map((word) => {
		const spelledRight = entries.some((entry) => entry.words.some((c) => c.inText && matchesExactly(word, c)));
		return (candidate: IndexedWord) => matchesExactly(word, candidate) || (!spelledRight && matchesWithTypo(word, candidate));
	});
	const scored = inFacets.map((entry) => ({
		id: entry.item.id,
		matched: matchers.filter((matches) => entry.words.some(matches)).length,
	}));
	const best = Math.max(0, ...scored.map((s) => s.matched));
	if (best === 0) return { ids: [], match: 'nothing' };
	return {
		ids: scored.filter((s) => s.matched === best).map((s) => s.id),
		match: best === typed.length ? 'all' : 'some',
	};
}

/** True when the filter narrows anything. */
export const isFiltering = (filter: FaqFilter): boolean =>
	normalize(filter.query) !== '' || filter.categories.length > 0 || filter.urgency !== '';
