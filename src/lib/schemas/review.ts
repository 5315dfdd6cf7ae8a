import { z } from 'astro/zod';
import { ContentDate } from './page-history.ts';
import { FINGERPRINT_PATTERN } from '../review/fingerprint.ts';

/**
 * `content/reviews/<page-id>.yaml`: a clinician's review of one page. Only write one when a real,
 * named clinician has checked the page as it is now: the page then names them for as long as its
 * content keeps the fingerprint they approved. Strict, so a misspelt field fails the build.
 */
export const ReviewRecordSchema = z.strictObject({
	/** The page reviewed: an article slug, `side-effects` or `estimator`. Must match the file name. */
	page: z.string().regex(/^[a-z0-9-]+$/, 'page must be a page id such as "cellulite", "side-effects" or "estimator"'),
	reviewer: z.strictObject({
		/** Their full name, as they want it shown, e.g. "Dr Ada Example". */
		name: z.string().min(3).max(80),
		/** Their qualifications, e.g. "MBBS, MRCP (Dermatology)". */
		credentials: z.string().min(2).max(120),
		/** Where readers can check them: a public register, their number on it, and its https address. */
		register: z
			.strictObject({
				/** The register, e.g. "GMC" or "NMC". */
				name: z.string().min(2).max(60),
				/** Their number on it. */
				number: z.string().min(1).max(30),
				/** The register's page for them (or its search page). */
				url: z.url({ protocol: /^https$/, error: 'url must be an https address' }),
			})
			.optional(),
	}),
	/** The day they finished the review. */
	date: ContentDate,
	/** One line: what they checked, e.g. "The whole page, its warning signs and its sources". */
	scope: z.string().min(10).max(200),
	/** The page's fingerprint when they approved it, as `npm run review:status` prints it. */
	fingerprint: z.string().regex(FINGERPRINT_PATTERN, 'fingerprint must be copied in full from `npm run review:status`, e.g. "v1:3f2a…"'),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
