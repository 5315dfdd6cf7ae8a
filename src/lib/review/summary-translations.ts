// Page-history summaries in other languages. A summary is written once, in English, with the English page's
// history; content/<locale>/changes.yaml maps each English summary, word for word, to its translation. Many pages
// share a summary ("First published."), so each is translated once. A summary with no translation yet is shown
// in English and marked as English; it never fails the build (like a stale page, it is listed for editors).
import { z } from 'astro/zod';
import { isMap, isScalar } from 'yaml';
import type { Locale } from '../../i18n/locales.ts';
import { parseDataFile, type DataFileProblem } from '../data-file.ts';
import { readingProblem, readingScore } from '../reading-level.ts';
import { MAX_CHANGE_SUMMARY, type Change } from '../schemas/page-history.ts';
import { translatedText } from '../schemas/translation.ts';

/** One line of content/<locale>/changes.yaml. */
export interface SummaryTranslation {
	/** The English summary, exactly as the English page's history gives it. */
	english: string;
	translated: string;
	/** 1-based line of the entry. */
	line: number;
}

/** An entry of the summary-translations collection (src/content.config.ts). */
export const SummaryTranslationSchema = z.object({ english: z.string(), translated: z.string() });

const ENTRY_FORMAT = 'each line maps an English summary to its translation: "First published.": "Primera publicación."';
const translatedSummary = translatedText(MAX_CHANGE_SUMMARY);

/**
 * Reads content/<locale>/changes.yaml (`text`) and checks it: a map of quoted texts, each translation no longer
 * than a translated summary may be, and all of them together at the language's reading level (one summary is too
 * short to measure on its own). Duplicate English summaries are syntax errors. Problems name the line.
 */
export function readSummaryTranslations(
	file: string,
	text: string,
	locale: Locale,
): { translations: SummaryTranslation[]; problems: DataFileProblem[] } {
	const { doc, lineCounter, at, problems } = parseDataFile(file, text);
	if (problems.length > 0) return { translations: [], problems };
	const map = doc.contents;
	if (map === null) return { translations: [], problems };
	if (!isMap(map)) return { translations: [], problems: [at(map.range?.[0] ?? 0, '', ENTRY_FORMAT)] };

	const translations: SummaryTranslation[] = [];
	for (const { key, value } of map.items) {
		const start = isScalar(key) ? (key.range?.[0] ?? 0) : 0;
		if (!isScalar(key) || typeof key.value !== 'string' || !isScalar(value) || typeof value.value !== 'string') {
			problems.push(at(start, '', ENTRY_FORMAT));
			continue;
		}
		const checked = translatedSummary.safeParse(value.value);
		if (!checked.success) {
			problems.push(at(value.range?.[0] ?? start, '', checked.error.issues.map((issue) => issue.message).join('; ')));
			continue;
		}
		translations.push({ english: key.value, translated: checked.data, line: lineCounter.linePos(start).line });
	}
	const tooHard = translations.length > 0 && readingProblem(readingScore(locale, translations.map((t) => t.translated).join('\n')));
	if (tooHard) problems.push(at(0, '', `the translations together: ${tooHard}`));
	return problems.length > 0 ? { translations: [], problems } : { translations, problems };
}

/** A change as a page in another language shows it: `summaryLang` is set when the summary is still English. */
export type ShownChange<C extends Change = Change> = C & { summaryLang?: Locale };

/** `changes` with each summary in the page's language where it has a translation, else in English (`summaryLang`). */
export function translateChanges<C extends Change>(
	changes: readonly C[],
	translations: ReadonlyMap<string, string>,
	english: Locale,
): ShownChange<C>[] {
	return changes.map((change) => {
		const translated = translations.get(change.summary);
		return translated === undefined ? { ...change, summaryLang: english } : { ...change, summary: translated };
	});
}

/** English summaries with no translation yet, and translations whose English summary no page gives any more. */
export function summaryCoverage<T extends { english: string }>(
	englishSummaries: Iterable<string>,
	translations: readonly T[],
): { untranslated: string[]; unused: T[] } {
	const used = new Set(englishSummaries);
	const translated = new Set(translations.map((t) => t.english));
	return {
		untranslated: [...used].filter((summary) => !translated.has(summary)),
		unused: translations.filter((t) => !used.has(t.english)),
	};
}
