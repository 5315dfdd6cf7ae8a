import { z } from 'astro/zod';
import { CARE_LEVEL_IDS } from '../care-levels.ts';

/**
 * Groups of side-effect questions, in the order the FAQ page shows them; their headings are in each language's
 * dictionary (`site.faq.categories`). Most follow the time since treatment; the last two are for planning and
 * for getting help.
 */
export const FAQ_CATEGORY_IDS = [
	'during-treatment',
	'first-days',
	'weeks-later',
	'infection',
	'allergic-reaction',
	'skin-changes',
	'face-and-eyes',
	'fat-dissolving-injections',
	'hair',
	'before-treatment',
	'getting-help',
] as const;
export type FaqCategory = (typeof FAQ_CATEGORY_IDS)[number];

/** The words of a question a translation replaces; its category, urgency, sign, sources and order stay English's. */
export const faqTextFields = {
	/** The question as a worried reader would ask it, in their words. */
	question: z.string().min(10).max(120),
	/** Words readers type (lay words, misspellings) that help the filter and search find it. Never shown. */
	keywords: z.array(z.string().min(2)).default([]),
};

/**
 * The frontmatter of one question in `content/faq/<id>.md`. The file name is the question's id
 * and its link (`/side-effects/#<id>`); the Markdown body is the short answer.
 */
export function FaqSchema<Source extends z.ZodType, Sign extends z.ZodType>(sourceId: Source, signId: Sign) {
	return z.object({
		...faqTextFields,
		/** Which group the question belongs to (see FAQ_CATEGORY_IDS). */
		category: z.enum(FAQ_CATEGORY_IDS),
		/**
		 * How soon to get help if this happens to you, as a care level from src/lib/care-levels.ts.
		 * Leave it out for questions that are not about a symptom (pregnancy, medicines, reporting).
		 */
		urgency: z.enum(CARE_LEVEL_IDS).optional(),
		/**
		 * The warning sign this question is about: the id of an entry in content/red-flags.yaml. The
		 * build fails when `urgency` differs from that sign's level, so the answer and the rulebook
		 * cannot disagree; the "Get help now" list at the top of the FAQ page links the sign here.
		 */
		sign: signId.optional(),
		/** Ids of the sources behind the answer (at least one). */
		sources: z.array(sourceId).min(1),
		/** Position within its category; lower comes first. */
		order: z.number().int().min(0).default(100),
	});
}
