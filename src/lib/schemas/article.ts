import { z } from 'astro/zod';
// Topics live in their own module, free of zod, because the search script in the browser needs them.
import { TOPICS, type Topic } from '../topics.ts';

/** Longest allowed gap between two reviews of an article. */
export const MAX_REVIEW_INTERVAL_MONTHS = 24;

const ReviewSchema = z.discriminatedUnion('status', [
	/** Written from the cited sources by the editorial team; no clinician has checked it. */
	z.object({ status: z.literal('editorial') }),
	/** Checked by a named clinician. Only use this when a real person really did the review. */
	z.object({
		status: z.literal('clinical'),
		reviewer: z.object({
			/** The reviewer's full name, as they want it shown. */
			name: z.string().min(3),
			/** Their qualifications, e.g. "MBBS, MRCP (Dermatology)". */
			credentials: z.string().min(2),
		}),
	}),
]);

function addMonths(date: Date, months: number): Date {
	const result = new Date(date);
	result.setUTCMonth(result.getUTCMonth() + months);
	return result;
}

const DATE_ERROR = 'must be a date written as YYYY-MM-DD, for example 2026-11-25';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface ArticleSchemaOptions<Source extends z.ZodType> {
	/** How one source id is validated: `reference('sources')` in the site, a plain string in unit tests. */
	sourceId: Source;
	/** The day of the build; an article whose next review is due before it fails. */
	today: Date;
}

/** The frontmatter of an article in `content/articles/*.mdx`. */
export function ArticleSchema<Source extends z.ZodType>({ sourceId, today }: ArticleSchemaOptions<Source>) {
	return z
		.object({
			/** The page title and H1, in plain words. */
			title: z.string().min(5).max(80),
			/** One or two sentences for search results, cards and meta tags. At most 160 characters. */
			description: z.string().min(40).max(160),
			/** Which topic group the article belongs to. */
			topic: z.enum(Object.keys(TOPICS) as [Topic, ...Topic[]]),
			/** Position in article lists; lower comes first. */
			order: z.number().int().min(0).default(100),
			/** Words readers type (slang, misspellings, regional terms). Indexed for search, never shown. */
			keywords: z.array(z.string().min(2)).min(3),
			/** Three to five short sentences shown as "At a glance" above the article. */
			keyPoints: z.array(z.string().min(10).max(200)).min(3).max(5),
			/** Ids of the sources the article cites. Every <Cite/> id must be here, and every id here cited. */
			sources: z.array(sourceId).min(5),
			/** The day the article was last checked against its sources. */
			lastReviewed: z.coerce.date({ error: DATE_ERROR }),
			/** The day the next review is due; the build fails once it has passed. */
			nextReviewDue: z.coerce.date({ error: DATE_ERROR }),
			/** Who reviewed the article; `editorial` unless a named clinician really did. */
			review: ReviewSchema.prefault({ status: 'editorial' }),
		})
		.superRefine((article, ctx) => {
			const { lastReviewed, nextReviewDue } = article;
			if (nextReviewDue <= lastReviewed) {
				ctx.addIssue({
					code: 'custom',
					path: ['nextReviewDue'],
					message: `nextReviewDue (${isoDay(nextReviewDue)}) must be after lastReviewed (${isoDay(lastReviewed)})`,
				});
			} else if (nextReviewDue > addMonths(lastReviewed, MAX_REVIEW_INTERVAL_MONTHS)) {
				ctx.addIssue({
					code: 'custom',
					path: ['nextReviewDue'],
					message: `nextReviewDue (${isoDay(nextReviewDue)}) is more than ${MAX_REVIEW_INTERVAL_MONTHS} months after lastReviewed (${isoDay(lastReviewed)})`,
				});
			}
			if (nextReviewDue < today) {
				ctx.addIssue({
					code: 'custom',
					path: ['nextReviewDue'],
					message: `review overdue: nextReviewDue (${isoDay(nextReviewDue)}) has passed; check the article against its sources and set new review dates`,
				});
			}
		});
}
