// Reads the side-effect FAQ collection (and its translations) and applies the checks the schema alone does not
// (reading level, links between questions, source and sign ids, urgency against the warning-sign rulebook).
// Problems stop the build, naming the file.
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { compareFaq, faqProblems, linkedQuestionIds } from '../lib/faq.ts';
import { readingProblem, readingScore } from '../lib/reading-level.ts';
import { getSigns } from './red-flags.ts';

/** One question in one language: English's category, urgency, sign and sources with the language's words. */
export interface FaqEntry {
	id: string;
	data: CollectionEntry<'faq'>['data'];
	body: string;
	/** The entry `render()` turns into the answer. */
	entry: CollectionEntry<'faq'> | CollectionEntry<'translatedFaq'>;
}

/** The English questions in page order. Throws on any problem. */
async function getEnglishFaq(): Promise<CollectionEntry<'faq'>[]> {
	const [entries, sources, signs] = await Promise.all([getCollection('faq'), getCollection('sources'), getSigns()]);
	const problems = faqProblems(
		entries.map((entry) => ({
			file: entry.filePath ?? `content/faq/${entry.id}.md`,
			body: entry.body ?? '',
			sources: entry.data.sources.map((source) => source.id),
			urgency: entry.data.urgency,
			sign: entry.data.sign?.id,
		})),
		{
			questions: new Set(entries.map((entry) => entry.id)),
			sources: new Set(sources.map((source) => source.id)),
			signs: new Map(signs.map((sign) => [sign.id, sign.level])),
		},
	);
	if (problems.length > 0) throw new Error(`FAQ check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return entries;
}

/** The questions in `locale`, in page order. Throws on any problem (a translated answer is gated on its own scale). */
export async function getFaqEntries(locale: Locale = DEFAULT_LOCALE): Promise<FaqEntry[]> {
	const english = await getEnglishFaq();
	if (locale === DEFAULT_LOCALE)
		return english.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '', entry })).sort(compareFaq);
	const translated = new Map(
		(await getCollection('translatedFaq', ({ id }) => id.startsWith(`${locale}/`))).map((entry) => [
			entry.id.slice(locale.length + 1),
			entry,
		]),
	);
	const ids = new Set(english.map((entry) => entry.id));
	const problems: string[] = [];
	const entries = english.map((source) => {
		const entry = translated.get(source.id)!;
		const body = entry.body ?? '';
		const file = entry.filePath ?? `content/${locale}/faq/${source.id}.md`;
		const tooHard = readingProblem(readingScore(locale, body), true);
		if (tooHard) problems.push(`${file}: the answer's ${tooHard}`);
		for (const id of linkedQuestionIds(body).filter((id) => !ids.has(id)))
			problems.push(`${file}: links to question "${id}", which does not exist`);
		return { id: source.id, data: { ...source.data, ...entry.data }, body, entry };
	});
	if (problems.length > 0) throw new Error(`FAQ check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return entries.sort(compareFaq);
}
