/**
 * Matching what a reader typed against the words of the site, forgiving word endings ("bruise",
 * "bruising", "bruised") and small typos ("brusing"). Shared by the side-effect FAQ filter and the
 * search's "Did you mean …?" suggestions, so both forgive the same mistakes.
 */

export interface IndexedWord {
	word: string;
	stem: string;
	/** A stop word: matched exactly, never as a typo of something else ("what" is not "white"). */
	stop: boolean;
	/** In the question or answer, not only in the keywords (which hold misspellings on purpose). */
	inText: boolean;
}

/**
 * Words too common here to narrow anything down: every question is about an injection treatment,
 * so "swelling after mesotherapy injections" should find the swelling questions.
 */
export const STOP_WORDS = new Set(
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
export function words(text: string): string[] {
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
export function typosAllowed(word: string): number {
	if (word.length >= 9) return 2;
	return word.length >= 4 ? 1 : 0;
}

/** Same word, another ending, or the start of it: "bru" already finds "bruising" while the reader types. */
export function matchesExactly(typed: IndexedWord, candidate: IndexedWord): boolean {
	return typed.stem === candidate.stem || (typed.word.length >= 3 && candidate.word.startsWith(typed.word));
}

/** Close enough to be a typo: "brusing" for "bruising". */
export function matchesWithTypo(typed: IndexedWord, candidate: IndexedWord): boolean {
	// Typos rarely hit the first letter; requiring it keeps "burn" from matching "turn".
	if (typed.stop || candidate.stop || typed.word[0] !== candidate.word[0]) return false;
	const close = (a: string, b: string) => editDistance(a, b, typosAllowed(a)) <= typosAllowed(a);
	return close(typed.word, candidate.word) || close(typed.stem, candidate.stem);
}

export const indexWords = (list: readonly string[], inText: boolean): IndexedWord[] =>
	list.map((word) => ({ word, stem: stem(word), stop: STOP_WORDS.has(word), inText }));
