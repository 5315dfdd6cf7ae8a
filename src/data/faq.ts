// Reads the side-effect FAQ collection and applies the checks the schema cannot (reading level,
// links between questions). Problems stop the build, naming the file.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareFaq, faqAnswerProblems } from '../lib/faq.ts';
import type { FaqCategory } from '../lib/schemas/faq.ts';

export type FaqEntry = CollectionEntry<'faq'>;

/** The questions in page order, optionally only those in some categories. Throws on any problem. */
export async function getFaqEntries(categories?: readonly FaqCategory[]): Promise<FaqEntry[]> {
	const entries = await getCollection('faq');
	const problems = faqAnswerProblems(
		entries.map((entry) => ({ file: entry.filePath ?? `content/faq/${entry.id}.md`, body: entry.body ?? '' })),
		new Set(entries.map((entry) => entry.id)),
	);
	if (problems.length > 0) throw new Error(`FAQ check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return entries.filter((entry) => !categories || categories.includes(entry.data.category)).sort(compareFaq);
}
