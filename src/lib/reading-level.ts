import type { Locale } from '../i18n/locales.ts';
import { proseFromMdx } from './mdx-prose.ts';
import { spanishReadingEase } from './readability-es.ts';
import { readability, type ReadabilityStats } from './readability.ts';

/** The highest Flesch–Kincaid grade an article may have; the build fails above it. */
export const MAX_READING_GRADE = 8.0;

/**
 * The highest grade for what a worried reader reads first and fastest: side-effect answers and the
 * warning signs. One grade below articles; the build fails above it.
 */
export const MAX_ANSWER_GRADE = 7.0;

/**
 * The lowest Fernández-Huerta reading ease for Spanish articles, answers and warning signs; the build fails
 * below it. 65 is the middle of "normal" (60 to 70), about what English grade 8 asks of a reader.
 */
export const MIN_READING_EASE_ES = 65;

/** Reading statistics of an article: its MDX body plus the "At a glance" points shown above it. */
export function articleReadability(body: string, keyPoints: readonly string[] = []): ReadabilityStats {
	return readability(articleProse(body, keyPoints));
}

const articleProse = (body: string, keyPoints: readonly string[]) => [...keyPoints, proseFromMdx(body)].join('\n');

/**
 * How hard a text is to read, on its language's scale: an English grade (lower is easier) or a Spanish
 * reading ease out of 100 (higher is easier). `wordsPerSentence` helps an editor fix a text that fails.
 */
export type ReadingScore = { scale: 'grade' | 'ease'; value: number; wordsPerSentence: number };

/** The scale each language is measured on: a formula made for that language. */
const SCALES: Record<Locale, ReadingScore['scale']> = { en: 'grade', es: 'ease' };

/** The limit an article in `locale` is held to: the highest grade, or the lowest reading ease. */
export const readingLimit = (locale: Locale): number => (SCALES[locale] === 'ease' ? MIN_READING_EASE_ES : MAX_READING_GRADE);

/** The reading score of an article's body and key points (or of an answer) in its language. */
export function readingScore(locale: Locale, body: string, keyPoints: readonly string[] = []): ReadingScore {
	const text = articleProse(body, keyPoints);
	if (SCALES[locale] === 'ease') {
		const stats = spanishReadingEase(text);
		return { scale: 'ease', value: stats.ease, wordsPerSentence: stats.words / Math.max(1, stats.sentences) };
	}
	const stats = readability(text);
	return { scale: 'grade', value: stats.grade, wordsPerSentence: stats.words / Math.max(1, stats.sentences) };
}

/**
 * Why a text fails its language's gate, for the build's message, or undefined when it passes. English answers
 * (`strict`) have a lower grade limit than articles; Spanish has one limit for both.
 */
export function readingProblem(score: ReadingScore, strict = false): string | undefined {
	const advice = `Use shorter sentences (now ${score.wordsPerSentence.toFixed(1)} words each) and shorter words.`;
	if (score.scale === 'ease') {
		return score.value < MIN_READING_EASE_ES
			? `Fernández-Huerta reading ease is ${score.value}, below the minimum of ${MIN_READING_EASE_ES}. ${advice}`
			: undefined;
	}
	const limit = strict ? MAX_ANSWER_GRADE : MAX_READING_GRADE;
	return score.value > limit ? `reading level is grade ${score.value}, above the limit of ${limit}. ${advice}` : undefined;
}

/** Bands of the Fernández-Huerta scale, easiest first, with the lowest ease of each. */
export const EASE_BANDS = [
	{ band: 'very-easy', from: 90 },
	{ band: 'easy', from: 80 },
	{ band: 'fairly-easy', from: 70 },
	{ band: 'standard', from: 60 },
	{ band: 'fairly-difficult', from: 50 },
	{ band: 'difficult', from: 30 },
	{ band: 'very-difficult', from: -Infinity },
] as const;
export type EaseBand = (typeof EASE_BANDS)[number]['band'];

/** The band a reading ease falls in. */
export const easeBand = (ease: number): EaseBand => EASE_BANDS.find(({ from }) => ease >= from)!.band;

/** The score as readers see it: a whole grade of at least 1, or a whole ease between 0 and 100. */
export const shownScore = ({ scale, value }: ReadingScore): number =>
	scale === 'grade' ? Math.max(1, Math.round(value)) : Math.min(100, Math.max(0, Math.round(value)));
