/**
 * Flesch–Kincaid reading grade for the prose of an article.
 *
 * Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
 * Syllables are estimated by counting vowel groups, as most readability tools do; the result is a
 * rough guide (see the About page), not a measure of how well a reader understands the text.
 */

export interface ReadabilityStats extends TextCounts {
	/** Flesch–Kincaid grade level, rounded to one decimal place. */
	grade: number;
}

/** Words whose vowel-group count is wrong by the simple rule, with their true syllable count. */
const SYLLABLE_EXCEPTIONS: Record<string, number> = {
	area: 3,
	areas: 3,
	being: 2,
	doing: 2,
	going: 2,
	people: 2,
	every: 3,
	everyone: 4,
	idea: 3,
	ideas: 3,
	create: 2,
	created: 3,
	react: 2,
	reaction: 3,
	reactions: 3,
	science: 2,
	via: 2,
	video: 3,
	real: 1,
	really: 2,
	quiet: 2,
	diet: 2,
	fluid: 2,
	ruin: 2,
	poem: 2,
	toe: 1,
	toes: 1,
	eye: 1,
	eyes: 1,
	eyelid: 2,
	eyelids: 2,
	business: 2,
	mesotherapy: 5,
	cellulite: 3,
};

/** Estimated syllables in one word (letters only). Always at least 1. */
export function countSyllables(rawWord: string): number {
	const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
	if (word.length === 0) return 1; // a number such as "72" is read as one unit
	if (word in SYLLABLE_EXCEPTIONS) return SYLLABLE_EXCEPTIONS[word]!;
	if (word.length <= 3) return 1;
	const stem = word
		// A final "e" is usually silent ("make"), but "-le" after a consonant is a syllable ("table").
		.replace(/(?:[^laeiouy]es|[^laeiouy]e)$/, (m) => m.slice(0, 1))
		// "-ed" is silent unless it follows t or d ("jumped" vs "wanted").
		.replace(/([^td])ed$/, '$1')
		.replace(/^y/, '');
	const groups = stem.match(/[aeiouy]+/g);
	return Math.max(1, groups ? groups.length : 0);
}

const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|U\.S|U\.K|approx|no)\./gi;

/**
 * Splits plain text into sentences. Each line is also a boundary (list items, table-free prose).
 * `abbreviations` matches the language's abbreviations, whose full stops do not end a sentence.
 */
export function splitSentences(text: string, abbreviations: RegExp = ABBREVIATIONS): string[] {
	return text
		.replace(abbreviations, (m) => m.replace(/\./g, ''))
		.split(/\n+|(?<=[.!?])["”’)\]]*\s+/)
		.map((s) => s.trim())
		.filter((s) => /[A-Za-z0-9]/.test(s));
}

/** The words of a sentence: runs of letters, digits, apostrophes and hyphens that hold a letter or digit. */
function splitWords(sentence: string): string[] {
	return (sentence.match(/[A-Za-z0-9À-ÿ'’-]+/g) ?? []).filter((w) => /[A-Za-z0-9À-ÿ]/.test(w));
}

/** How many sentences, words and syllables a text has: what every reading formula is computed from. */
export interface TextCounts {
	sentences: number;
	words: number;
	syllables: number;
}

/**
 * Counts plain text (one sentence or list item per line is fine) with a language's syllable rule and
 * abbreviations. A hyphenated word is read as its parts ("follow-up" = fol-low-up).
 */
export function countText(text: string, syllablesOf: (word: string) => number, abbreviations?: RegExp): TextCounts {
	const sentences = splitSentences(text, abbreviations);
	let words = 0;
	let syllables = 0;
	for (const sentence of sentences) {
		for (const word of splitWords(sentence)) {
			words += 1;
			syllables += word
				.split(/-+/)
				.filter(Boolean)
				.reduce((sum, part) => sum + syllablesOf(part), 0);
		}
	}
	return { sentences: sentences.length, words, syllables };
}

/** Flesch–Kincaid statistics for plain text (one sentence or list item per line is fine). */
export function readability(text: string): ReadabilityStats {
	const { sentences, words, syllables } = countText(text, countSyllables);
	if (words === 0 || sentences === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
	const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
	return { sentences, words, syllables, grade: Math.round(grade * 10) / 10 };
}
