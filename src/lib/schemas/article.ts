import { z } from 'astro/zod';
// Topics live in their own module, free of zod, because the search script in the browser needs them.
import { TOPIC_IDS } from '../topics.ts';
import { ChangesSchema, checkReviewDates, reviewDateFields } from './page-history.ts';

/** The words of an article a translation replaces; everything else (topic, order, sources, dates) stays English's. */
export const articleTextFields = {
	/** The page title and H1, in plain words. */
	title: z.string().min(5).max(80),
	/** One or two sentences for search results, cards and meta tags. At most 160 characters. */
	description: z.string().min(40).max(160),
	/** Words readers type (slang, misspellings, regional terms). Indexed for search, never shown. */
	keywords: z.array(z.string().min(2)).min(3),
	/** Three to five short sentences shown as "At a glance" above the article. */
	keyPoints: z.array(z.string().min(10).max(200)).min(3).max(5),
};

interface ArticleSchemaOptions<Source extends z.ZodType> {
	/** How one source id is validated: `reference('sources')` in the site, a plain string in unit tests. */
	sourceId: Source;
}

/** The frontmatter of an article in `content/articles/*.mdx`. */
export function ArticleSchema<Source extends z.ZodType>({ sourceId }: ArticleSchemaOptions<Source>) {
	return z
		.object({
			...articleTextFields,
			/** Which topic group the article belongs to. */
			topic: z.enum(TOPIC_IDS),
			/** Position in article lists; lower comes first. */
			order: z.number().int().min(0).default(100),
			/** Ids of the sources the article cites. Every <Cite/> id must be here, and every id here cited. */
			sources: z.array(sourceId).min(5),
			...reviewDateFields,
			/**
			 * The page's history, shown under "Page history" and on /updates/: `- { date: 2026-12-02, kind: correction,
			 * summary: "…" }`. Whether a clinician has reviewed the page lives in content/reviews/, not here.
			 */
			changes: ChangesSchema,
		})
		.superRefine(checkReviewDates);
}
