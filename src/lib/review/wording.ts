// Every word readers see about reviews, page history and updates, in one place, so a translation
// (the Spanish edition) replaces this dictionary and nothing else. Dates arrive already formatted.
import type { ChangeKind } from '../schemas/page-history.ts';

export const REVIEW_WORDING = {
	box: {
		title: 'About this page',
		lastReviewed: 'Last reviewed',
		nextReviewDue: 'Next review due',
		clinicalReview: 'Clinical review',
		lastChanged: 'Last changed',
		howWeReview: 'How we write and review',
		reportError: 'Report an error',
	},
	/** No clinician has reviewed the page. */
	notClinicallyReviewed: 'Written from the cited sources; not yet reviewed by a clinician.',
	/** A clinician approved the content as it is now. */
	clinicallyReviewed: (name: string, credentials: string, date: string) => `Clinically reviewed by ${name}, ${credentials}, on ${date}.`,
	/** Before the link to the reviewer's entry on a public register. */
	checkRegister: 'Check their registration:',
	register: (name: string, number: string) => `${name} number ${number}`,
	/** A clinician reviewed the page, and its content has changed since. */
	changedSinceReview: (date: string) => `Changed since its clinical review on ${date}.`,
	changedSinceReviewDetail: 'A clinician has not yet checked the newer version.',
	/** The next review date has passed. */
	dueForReview: 'This page is due for review.',
	dueForReviewDetail: (date: string) =>
		`We planned to check it again by ${date}. Some of it may be out of date. Ask a doctor or nurse before you decide anything.`,
	history: {
		title: 'Page history',
		intro: 'What changed on this page, newest first.',
		kinds: { new: 'New page', update: 'Update', correction: 'Correction' } satisfies Record<ChangeKind, string>,
		allUpdates: 'All updates to the site',
	},
	updates: {
		title: 'Updates',
		description: 'What changed on this site, newest first. Corrections are marked.',
		lede: 'Every change we make to a page, newest first. When something we said was wrong, we mark the change as a correction.',
		corrections: 'See only the corrections',
		feed: 'Follow these updates with a feed reader (RSS)',
		feedTitle: 'Mesotherapy Explained: updates',
	},
	corrections: {
		title: 'Corrections',
		description: 'Every time we found something wrong on this site and corrected it.',
		lede: 'When something on a page was wrong, we correct it and list it here. We found these ourselves or were told about them.',
		allUpdates: 'See every update, not only corrections',
		none: 'We have not corrected anything yet.',
		report: 'Think something is wrong? Tell us.',
	},
} as const;
