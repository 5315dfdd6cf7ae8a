/**
 * Matching what a reader typed against the words of the site, forgiving word endings ("bruise",
 * "bruising", "bruised"; "moretón", "moretones"), accents ("infeccion") and small typos ("brusing",
 * "hinchason"). Shared by the side-effect FAQ filter and the search's "Did you mean …?" suggestions, so
 * both forgive the same mistakes. Each language brings its own stop words and word endings (WORD_RULES).
 */
import type { Locale } from '../i18n/locales.ts';

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

/** The word without the first of `suffixes` (longest first) that leaves 3+ letters. */
function withoutSuffix(word: string, suffixes: readonly string[]): string {
	const suffix = suffixes.find((ending) => word.endsWith(ending) && word.length - ending.length >= 3);
	return suffix ? word.slice(0, -suffix.length) : word;
}

/**
 * Spanish stop words, written as normalize() leaves them (no accents): the little words of a question and
 * the words every question shares ("inyección", "tratamiento").
 */
const SPANISH_STOP_WORDS = new Set(
	(
		'a al algo como con cual cuales cuando cuanto de del donde el ella ellas ello ellos en es esa ese eso esta estan este esto estoy ' +
		'fue ha han hay he la las le les lo los me mi mis muy o para pero por porque puede puedo que se ser si son su sus tan te tengo ' +
		'tiene tienen tras tu un una unas uno unos y ya yo debo debe despues antes normal meso mesoterapia tratamiento tratamientos ' +
		'tratado tratada inyeccion inyecciones inyectado inyectada inyectaron aguja agujas pinchazo pinchazos sesion sesiones'
	).split(' '),
);

/** Spanish forms that ending removal cannot join to their base word. */
const SPANISH_IRREGULAR: Record<string, string> = {
	murio: 'morir',
	muere: 'morir',
	mueren: 'morir',
	muerto: 'morir',
	muertos: 'morir',
	muerte: 'morir',
	muertes: 'morir',
};

/**
 * Spanish endings, without accents, longest first: nouns of action and state ("hinchazón", "infección",
 * "enrojecimiento"), participles ("hinchado", "infectada"), adjectives ("doloroso"), diminutives ("bultito"),
 * adverbs, infinitives and plurals.
 */
const SPANISH_SUFFIXES = [
	'imientos',
	'imiento',
	'amientos',
	'amiento',
	'aciones',
	'iciones',
	'ciones',
	'azones',
	'idades',
	'acion',
	'icion',
	'iones',
	'cion',
	'azon',
	'idad',
	'mente',
	'iendo',
	'ando',
	'ados',
	'adas',
	'idos',
	'idas',
	'osos',
	'osas',
	'itos',
	'itas',
	'ado',
	'ada',
	'ido',
	'ida',
	'oso',
	'osa',
	'ito',
	'ita',
	'ion',
	'ar',
	'er',
	'ir',
	'es',
	's',
];

/**
 * A rough Spanish stem: "moretón", "moretones" and "moreton" become "moreton"; "hinchazón", "hinchado" and
 * "hinchada" become "hinch"; "picazón", "pica" and "picar" become "pic". Masculine and feminine meet because
 * a final a, e or o is dropped. Only ever compared with other stems.
 */
export function spanishStem(word: string): string {
	if (word in SPANISH_IRREGULAR) return SPANISH_IRREGULAR[word]!;
	const result = withoutSuffix(word, SPANISH_SUFFIXES);
	return /[aeo]$/.test(result) && result.length > 3 ? result.slice(0, -1) : result;
}

/** What matching needs to know about a language. */
export interface WordRules {
	stopWords: ReadonlySet<string>;
	stem: (word: string) => string;
}

export const WORD_RULES: Record<Locale, WordRules> = {
	en: { stopWords: STOP_WORDS, stem },
	es: { stopWords: SPANISH_STOP_WORDS, stem: spanishStem },
};

/**
 * Lower case, accents and apostrophes removed, everything but letters and digits turned to spaces. The tilde
 * goes too ("ñ" becomes "n"), as on phones without a Spanish keyboard, so "pequeno" finds "pequeño".
 */
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
	let result = withoutSuffix(word, SUFFIXES);
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

export const indexWords = (list: readonly string[], inText: boolean, rules: WordRules = WORD_RULES.en): IndexedWord[] =>
	list.map((word) => ({ word, stem: rules.stem(word), stop: rules.stopWords.has(word), inText }));
