// Reads the side-effect FAQ collection and applies the checks the schema alone does not (reading
// level, links between questions, source and sign ids, urgency against the warning-sign rulebook).
// Problems stop the build, naming the file.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareFaq, faqProblems } from '../lib/faq.ts';
import { getSigns } from './red-flags.ts';

export type FaqEntry = CollectionEntry<'faq'>;

/** The questions in page order. Throws on any problem. */
export async function getFaqEntries(): Promise<FaqEntry[]> {
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
	return entries.sort(compareFaq);
}
