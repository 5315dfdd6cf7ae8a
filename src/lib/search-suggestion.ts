// "Did you mean …?" for site search. Pagefind forgives word endings but not typos, so a search for
// "brusing" finds nothing. The build collects the words of every indexed page (its text and its
// readers' keywords) into a vocabulary; when a search finds nothing, the browser loads it and offers
// the same words with each typo corrected, using the FAQ filter's typo matcher.
import { KEYWORDS_META } from './search.ts';
import { editDistance, matchesExactly, matchesWithTypo, stem, STOP_WORDS, typosAllowed, words, type IndexedWord } from './typo-match.ts';

/** Elements Pagefind leaves out of a page's text, besides those marked `data-pagefind-ignore`. */
const NOT_INDEXED = new Set(['nav', 'footer', 'form', 'svg', 'noscript']);
/** Elements with no end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Shorter words are left out: no typo is forgiven in a word under 4 letters, and a fix is at most one letter shorter. */
const MIN_WORD_LENGTH = 3;

const decodeEntities = (text: string) =>
	text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec?: string, hex?: string, name?: string) => {
		if (dec) return String.fromCodePoint(Number(dec));
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name!.toLowerCase() as 'amp'];
	});

/**
 * The text Pagefind indexes from a built page: the content of `<main data-pagefind-body>` without
 * scripts, templates, navigation, forms and anything marked `data-pagefind-ignore`, plus the page's
 * keywords metadata. Empty for a page that is not indexed.
 */
export function indexedText(html: string): string {
	const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1];
	if (main === undefined) return '';
	const markup = main.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
	const parts: string[] = [];
	const open: string[] = [];
	/** How many elements were open when the first ignored one started, or -1 while indexing. */
	let ignoredFrom = -1;
	let textStart = 0;
	for (const tag of markup.matchAll(/<(\/?)([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
		if (ignoredFrom < 0) parts.push(markup.slice(textStart, tag.index));
		textStart = tag.index + tag[0].length;
		const [, closing, rawName, attributes = ''] = tag;
		const name = rawName!.toLowerCase();
		if (closing) {
			const at = open.lastIndexOf(name);
			if (at >= 0) open.length = at;
			if (open.length <= ignoredFrom) ignoredFrom = -1;
			continue;
		}
		const keywords = new RegExp(`data-pagefind-meta="${KEYWORDS_META}:([^"]*)"`).exec(attributes)?.[1];
		if (keywords) parts.push(keywords);
		if (VOID_ELEMENTS.has(name) || attributes.trimEnd().endsWith('/')) continue;
		if (ignoredFrom < 0 && (NOT_INDEXED.has(name) || /\sdata-pagefind-ignore\b/.test(attributes))) ignoredFrom = open.length;
		open.push(name);
	}
	if (ignoredFrom < 0) parts.push(markup.slice(textStart));
	return decodeEntities(parts.join(' ')).replace(/\s+/g, ' ').trim();
}

/** The search vocabulary: each word of the texts once, most frequent first (a tie between two fixes goes to the commoner word). */
export function buildVocabulary(texts: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const word of texts.flatMap(words)) {
		if (word.length >= MIN_WORD_LENGTH && /^[a-z]+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([word]) => word);
}

const asCandidate = (word: string): IndexedWord => ({ word, stem: stem(word), stop: false, inText: true });

/** The closest vocabulary word to a typed word that the site does not use, or undefined when it uses it or nothing is close. */
function correction(word: string, candidates: readonly IndexedWord[]): string | undefined {
	const typed: IndexedWord = { word, stem: stem(word), stop: STOP_WORDS.has(word), inText: false };
	if (candidates.some((candidate) => matchesExactly(typed, candidate))) return undefined;
	const limit = typosAllowed(word);
	let best: { word: string; distance: number } | undefined;
	for (const candidate of candidates) {
		if (!matchesWithTypo(typed, candidate)) continue;
		const distance = Math.min(editDistance(word, candidate.word, limit), editDistance(typed.stem, candidate.stem, limit));
		if (!best || distance < best.distance) best = { word: candidate.word, distance };
	}
	return best?.word;
}

/**
 * What to offer after a search that found nothing: the typed words, normalised, with every word the
 * site does not use replaced by the closest one it does ("brusing after" → "bruising after").
 * Undefined when no word could be corrected.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
	const candidates = vocabulary.map(asCandidate);
	const typed = words(query);
	const corrected = typed.map((word) => correction(word, candidates) ?? word);
	return corrected.some((word, index) => word !== typed[index]) ? corrected.join(' ') : undefined;
}
