import { proseFromMdx } from './mdx-prose.ts';
import { readability, type ReadabilityStats } from './readability.ts';

/** The highest Flesch–Kincaid grade an article may have; the build fails above it. */
export const MAX_READING_GRADE = 8.0;

/**
 * The highest grade for what a worried reader reads first and fastest: side-effect answers and the
 * warning signs. One grade below articles; the build fails above it.
 */
export const MAX_ANSWER_GRADE = 7.0;

/** Reading statistics of an article: its MDX body plus the "At a glance" points shown above it. */
export function articleReadability(body: string, keyPoints: readonly string[] = []): ReadabilityStats {
	return readability([...keyPoints, proseFromMdx(body)].join('\n'));
}

/** "about grade 7": the grade as shown to readers, rounded to a whole number. */
export function gradeLabel(grade: number): string {
	return `about grade ${Math.max(1, Math.round(grade))}`;
}
