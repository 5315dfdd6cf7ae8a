/**
 * The side-effect FAQ filter: narrows the questions to those matching what a worried reader types,
 * forgiving word endings ("bruise", "bruising", "bruised") and small typos ("brusing"), and to the
 * chosen topics and urgency. The island calls it on every keystroke; it never touches the DOM.
 */
import { CARE_LEVEL_IDS } from './care-levels.ts';

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

interface IndexedWord {
	word: string;
	stem: string;
	/** A stop word: matched exactly, never as a typo of something else ("what" is not "white"). */
	stop: boolean;
	/** In the question or answer, not only in the keywords (which hold misspellings on purpose). */
	inText: boolean;
}

export interface FaqIndexEntry {
	item: FaqFilterItem;
	words: IndexedWord[];
}

/**
 * Words too common here to narrow anything down: every question is about an injection treatment,
 * so "swelling after mesotherapy injections" should find the swelling questions.
 */
const STOP_WORDS = new Set(
	(
		'a an and are am as at be been by can could did do does for from get got had has have i im ive if in is it its ' +
		'me my of on or so that the this to was what when where which who why will with how should would you your ' +
		'after before still normal meso mesotherapy treatment treatments treated injection injections injected needle needles jab jabs'
	).split(' '),
);

/** Irregular forms that suffix stripping cannot join to their base word. */
const IRREGULAR: Record<string, string> = {
	swollen: 'swell',
	bled: 'bleed',
	pregnancy: 'pregnant',
	died: 'die',
	dead: 'die',
	death: 'die',
	deaths: 'die',
	dying: 'die',
};

/** Endings removed to find a word's stem, longest first. The first that leaves 3+ letters wins. */
const SUFFIXES = [
	'ations',
	'ation',
	'nesses',
	'ness',
	'ings',
	'ing',
	'ions',
	'ion',
	'ities',
	'ity',
	'ies',
	'ied',
	'ous',
	'ful',
	'less',
	'ish',
	'edly',
	'ed',
	'es',
	'ic',
	'ly',
	's',
];

/** Lower case, accents and apostrophes removed, everything but letters and digits turned to spaces. */
export function normalize(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The words of a text, normalized. */
function words(text: string): string[] {
	const normalized = normalize(text);
	return normalized ? normalized.split(' ') : [];
}

/**
 * A rough English stem, so different endings of one word meet: "bruising", "bruised" and "bruises"
 * all become "bruis"; "itchy", "itching" and "itchiness" become "itch". Only ever compared with
 * other stems, so it need not be a real word.
 */
export function stem(word: string): string {
	if (word in IRREGULAR) return stem(IRREGULAR[word]!);
	let result = word;
	for (const suffix of SUFFIXES) {
		if (result.endsWith(suffix) && result.length - suffix.length >= 3) {
			result = result.slice(0, -suffix.length);
			break;
		}
	}
	if (/[eiy]$/.test(result) && result.length > 3) result = result.slice(0, -1);
	// "scarring" and "scar", "swelling" and "swell": fold a final double consonant.
	return result.replace(/([^aeiou])\1$/, '$1');
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), or `limit + 1` once it is over `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = Array.from({ length: b.length + 1 }, (_, j) => j);
	let previous = before;
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** Typos forgiven in a typed word: none in short words, one from 4 letters, two from 9. */
function typosAllowed(word: string): number {
	if (word.length >= 9) return 2;
	return word.length >= 4 ? 1 : 0;
}

/** Same word, another ending, or the start of it: "bru" already finds "bruising" while the reader types. */
function matchesExactly(typed: IndexedWord, candidate: IndexedWord): boolean {
	return typed.stem === candidate.stem || (typed.word.length >= 3 && candidate.word.startsWith(typed.word));
}

/** Close enough to be a typo: "brusing" for "bruising". */
function matchesWithTypo(typed: IndexedWord, candidate: IndexedWord): boolean {
	// Typos rarely hit the first letter; requiring it keeps "burn" from matching "turn".
	if (typed.stop || candidate.stop || typed.word[0] !== candidate.word[0]) return false;
	const close = (a: string, b: string) => editDistance(a, b, typosAllowed(a)) <= typosAllowed(a);
	return close(typed.word, candidate.word) || close(typed.stem, candidate.stem);
}

const indexWords = (list: readonly string[], inText: boolean): IndexedWord[] =>
	list.map((word) => ({ word, stem: stem(word), stop: STOP_WORDS.has(word), inText }));

/** Prepares questions for filtering: their question, answer and keyword words, with stems. */
export function createFaqIndex(items: readonly FaqFilterItem[]): FaqIndexEntry[] {
	return items.map((item) => {
		const text = new Set(words(`${item.question} ${item.answer}`));
		const keywordsOnly = new Set(words(item.keywords.join(' ')).filter((word) => !text.has(word)));
		return { item, words: [...indexWords([...text], true), ...indexWords([...keywordsOnly], false)] };
	});
}

/** The typed words that narrow the list: stop words are dropped unless nothing else was typed. */
function queryWords(query: string): IndexedWord[] {
	const all = words(query);
	const meaningful = all.filter((word) => !STOP_WORDS.has(word));
	return indexWords(meaningful.length > 0 ? meaningful : all, false);
}

/**
 * The questions to show for a filter. Topic and urgency narrow first; then every typed word must
 * match. When no question has every word, the questions matching the most words are shown instead
 * (and `match` says so), so a reader with one unusual word still gets an answer.
 */
export function filterFaq(index: readonly FaqIndexEntry[], filter: FaqFilter): FaqFilterResult {
	const result = matchFaq(index, filter);
	if (!isFiltering(filter)) return result;
	const items = new Map(index.map(({ item }) => [item.id, item]));
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
function matchFaq(index: readonly FaqIndexEntry[], filter: FaqFilter): FaqFilterResult {
	const inFacets = index.filter(
		({ item }) =>
			(filter.categories.length === 0 || filter.categories.includes(item.category)) &&
			(filter.urgency === '' || item.urgency === filter.urgency),
	);
	const typed = queryWords(filter.query);
	if (typed.length === 0) return { ids: inFacets.map(({ item }) => item.id), match: 'no-query' };

	// A word spelled as in some question or answer is taken as meant ("sore" never becomes
	// "some"); any other word may be a typo.
	const matchers = typed.map((word) => {
		const spelledRight = index.some((entry) => entry.words.some((c) => c.inText && matchesExactly(word, c)));
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

/** "Showing 3 of 43 questions": the count the page shows and announces to screen readers. */
export function faqCountMessage(shown: number, total: number): string {
	return `Showing ${shown} of ${total} ${total === 1 ? 'question' : 'questions'}`;
}
