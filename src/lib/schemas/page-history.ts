import { z } from 'astro/zod';
import { isoDate } from '../dates.ts';
import { articleReadability, MAX_READING_GRADE } from '../reading-level.ts';

/** Longest allowed gap between two reviews of a page. */
export const MAX_REVIEW_INTERVAL_MONTHS = 24;

/**
 * What kind of change a page-history entry records:
 * - `new`: the page was first published.
 * - `update`: something was added or brought up to date (a new section, newer figures).
 * - `correction`: something the page said was wrong, and now is right. Listed on /corrections/.
 */
export const CHANGE_KINDS = ['new', 'update', 'correction'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The longest summary of one change: one line a reader understands. */
export const MAX_CHANGE_SUMMARY = 160;

const DATE_ERROR = 'must be a date written as YYYY-MM-DD, for example 2026-11-25';

/** A day in a content file, as UTC midnight. */
export const ContentDate = z.coerce.date({ error: DATE_ERROR });

/** One entry of a page's history: `{ date: 2026-12-02, kind: correction, summary: "…" }`. */
export const ChangeSchema = z
	.strictObject({
		/** The day the change was published. */
		date: ContentDate,
		/** new, update or correction (see CHANGE_KINDS). */
		kind: z.enum(CHANGE_KINDS),
		/** What changed, in one plain sentence a reader understands (grade 8 or below). */
		summary: z.string().min(10).max(MAX_CHANGE_SUMMARY),
	})
	.superRefine((change, ctx) => {
		const { grade } = articleReadability(change.summary);
		if (grade > MAX_READING_GRADE) {
			ctx.addIssue({
				code: 'custom',
				path: ['summary'],
				message: `reads at grade ${grade}, above the limit of ${MAX_READING_GRADE}: use shorter words and sentences`,
			});
		}
	});
export type Change = z.infer<typeof ChangeSchema>;

/** A page's history, at least one entry (its first publication), in any order: pages show it newest first. */
export const ChangesSchema = z.array(ChangeSchema).min(1, 'give at least one change: the day the page was first published (kind: new)');

function addMonths(date: Date, months: number): Date {
	const result = new Date(date);
	result.setUTCMonth(result.getUTCMonth() + months);
	return result;
}

/** The review dates every page keeps. An overdue page still builds: the build warns and the page tells readers. */
export const reviewDateFields = {
	/** The day the page was last checked against its sources. */
	lastReviewed: ContentDate,
	/** The day the next check is due; once it has passed, the page says it is due for review. */
	nextReviewDue: ContentDate,
};

/** Checks that the next review comes after the last one, and at most MAX_REVIEW_INTERVAL_MONTHS later. */
export function checkReviewDates({ lastReviewed, nextReviewDue }: { lastReviewed: Date; nextReviewDue: Date }, ctx: z.RefinementCtx) {
	if (nextReviewDue <= lastReviewed) {
		ctx.addIssue({
			code: 'custom',
			path: ['nextReviewDue'],
			message: `nextReviewDue (${isoDate(nextReviewDue)}) must be after lastReviewed (${isoDate(lastReviewed)})`,
		});
	} else if (nextReviewDue > addMonths(lastReviewed, MAX_REVIEW_INTERVAL_MONTHS)) {
		ctx.addIssue({
			code: 'custom',
			path: ['nextReviewDue'],
			message: `nextReviewDue (${isoDate(nextReviewDue)}) is more than ${MAX_REVIEW_INTERVAL_MONTHS} months after lastReviewed (${isoDate(lastReviewed)})`,
		});
	}
}

/**
 * `content/pages/<page-id>.yaml`: the review dates and history of a page that is not an article
 * (`side-effects`, `estimator`); articles keep the same fields in their frontmatter.
 */
export const PageRecordSchema = z
	.strictObject({
		...reviewDateFields,
		/** The page's history (see ChangeSchema). */
		changes: ChangesSchema,
	})
	.superRefine(checkReviewDates);
export type PageRecord = z.infer<typeof PageRecordSchema>;
