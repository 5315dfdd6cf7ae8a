/**
 * Fernández-Huerta reading ease for Spanish text: the Spanish adaptation of Flesch's reading ease.
 *
 * Ease = 206.84 − 0.60 × P − 1.02 × F, where P is syllables per 100 words and F is words per sentence.
 * 100 is very easy; 60 to 70 is plain ("normal") Spanish; below 50 is hard. Spanish spelling shows
 * syllables well: each syllable has one vowel group, except that two strong vowels (a, e, o) or a weak
 * vowel with a written accent (í, ú) next to any vowel are a hiatus and split into two syllables.
 */
import { countText, type TextCounts } from './readability.ts';

export interface ReadingEaseStats extends TextCounts {
	/** Fernández-Huerta reading ease, rounded to one decimal place; higher is easier. */
	ease: number;
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/** Two vowels side by side are two syllables (a hiatus) when both are strong or one is an accented í or ú. */
const isHiatus = (first: string, second: string) =>
	(STRONG.has(first) && STRONG.has(second)) || ACCENTED_WEAK.has(first) || ACCENTED_WEAK.has(second);

/** Syllables in one Spanish word. A number ("72") counts as one, like a short word. Always at least 1. */
export function countSpanishSyllables(rawWord: string): number {
	// A final y after a vowel is a vowel sound ("hoy", "muy"); "y" on its own is one syllable.
	const word = rawWord
		.toLowerCase()
		.replace(/[^a-záéíóúüñ]/g, '')
		.replace(/(?<=[aeiouáéíóú])y$/, 'i');
	if (word === 'y') return 1;
	let syllables = 0;
	let previous = '';
	for (const letter of word) {
		if (!VOWEL.test(letter)) {
			previous = '';
			continue;
		}
		if (previous === '' || isHiatus(previous, letter)) syllables += 1;
		previous = letter;
	}
	return Math.max(1, syllables);
}

/** Spanish abbreviations whose full stops do not end a sentence ("EE. UU.", "p. ej."). */
const SPANISH_ABBREVIATIONS = /\b(EE\. ?UU|p\. ?ej|etc|Dr|Dra|Sr|Sra|aprox|núm|n\.º)\./g;

/** Fernández-Huerta statistics for plain Spanish text (one sentence or list item per line is fine). */
export function spanishReadingEase(text: string): ReadingEaseStats {
	const { sentences, words, syllables } = countText(text, countSpanishSyllables, SPANISH_ABBREVIATIONS);
	if (words === 0) return { sentences: 0, words: 0, syllables: 0, ease: 0 };
	const ease = 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
	return { sentences, words, syllables, ease: Math.round(ease * 10) / 10 };
}
