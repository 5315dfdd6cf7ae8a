// The review status of every page: when it was last checked, when the next check is due, and
// whether a clinician's review applies to the content it shows now. Shared by the site build and
// `npm run review:status`, so both compute the same fingerprints and states from the same data.
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { articlePath } from '../../i18n/paths.ts';
import type { Change } from '../schemas/page-history.ts';
import type { ReviewRecord } from '../schemas/review.ts';
import { fingerprint } from './fingerprint.ts';
import {
	articleContent,
	estimatorContent,
	OTHER_PAGES,
	sideEffectsContent,
	type ArticleText,
	type ContentLibrary,
	type OtherPageId,
} from './page-content.ts';

/**
 * - `none`: no clinician has reviewed the page.
 * - `current`: a clinician approved exactly the content the page shows now.
 * - `stale`: a clinician reviewed the page, and its content has changed since.
 */
export type ClinicalState = 'none' | 'current' | 'stale';

export function clinicalState(review: Pick<ReviewRecord, 'fingerprint'> | undefined, current: string): ClinicalState {
	if (!review) return 'none';
	return review.fingerprint === current ? 'current' : 'stale';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one UTC day to another: negative when `to` comes first. */
export const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** The dates and history every page keeps (article frontmatter, or content/pages/<id>.yaml). */
export interface PageDates {
	lastReviewed: Date;
	nextReviewDue: Date;
	changes: readonly Change[];
}

/** A page ready for its status: where it is, its dates and history, and the content its fingerprint covers. */
export interface PageInput extends PageDates {
	id: string;
	path: string;
	title: string;
	content: unknown;
}

export interface PageStatus extends PageInput {
	fingerprint: string;
	/** Days until the next review is due; negative when overdue, 0 on the day. */
	daysLeft: number;
	overdue: boolean;
	clinical: ClinicalState;
	/** The clinician's review, when there is one (current or stale). */
	review?: ReviewRecord | undefined;
	/** The newest change's day: the page's dateModified. */
	modified: Date;
}

/** A review file as read: where it is, its id (the file name), and its fields. */
export interface ReviewFile {
	file: string;
	id: string;
	record: ReviewRecord;
}

/** Where the data of pages that are not articles lives. */
export const pageRecordFile = (id: string) => `content/pages/${id}.yaml`;

/**
 * Every page (articles in the order given, then the side-effect page and the estimator) with its
 * medical content. `records` are the content/pages/<id>.yaml files by id; a missing or unknown one
 * is a problem.
 */
export function sitePages(
	articles: readonly (ArticleText & PageDates & { id: string })[],
	records: ReadonlyMap<string, PageDates>,
	library: ContentLibrary,
): { pages: PageInput[]; problems: string[] } {
	const problems = [...records.keys()]
		.filter((id) => !(id in OTHER_PAGES))
		.map(
			(id) =>
				`${pageRecordFile(id)}: there is no page "${id}" to keep dates for; this folder holds ${Object.keys(OTHER_PAGES).join(' and ')} (articles keep theirs in their frontmatter)`,
		);
	const contents: Record<OtherPageId, unknown> = { 'side-effects': sideEffectsContent(library), estimator: estimatorContent(library) };
	const others = (Object.keys(OTHER_PAGES) as OtherPageId[]).flatMap((id) => {
		const record = records.get(id);
		if (!record) {
			problems.push(`${pageRecordFile(id)}: missing; the ${id} page needs its review dates and history there`);
			return [];
		}
		return [{ id, ...OTHER_PAGES[id], ...record, content: contents[id] }];
	});
	const articlePages = articles.map((article) => ({
		id: article.id,
		path: articlePath(DEFAULT_LOCALE, article.id),
		title: article.title,
		lastReviewed: article.lastReviewed,
		nextReviewDue: article.nextReviewDue,
		changes: article.changes,
		content: articleContent(article, library),
	}));
	return { pages: [...articlePages, ...others], problems };
}

/** The newest day in a page's history. */
export const newestChange = (changes: readonly Change[]): Date => new Date(Math.max(...changes.map((change) => change.date.getTime())));

/**
 * Each page's status on `today`, and the problems with review files: a file whose `page` is not its
 * file name, or names no page. Problems stop the build; a stale or overdue page never does.
 */
export function pageStatuses(
	pages: readonly PageInput[],
	reviews: readonly ReviewFile[],
	today: Date,
): { statuses: PageStatus[]; problems: string[] } {
	const ids = new Set(pages.map((page) => page.id));
	const problems: string[] = [];
	for (const { file, id, record } of reviews) {
		if (record.page !== id)
			problems.push(`${file}: page: "${record.page}" differs from the file name; name the file content/reviews/${record.page}.yaml`);
		else if (!ids.has(id)) problems.push(`${file}: page: there is no page "${id}"; use an article slug, side-effects or estimator`);
	}
	const statuses = pages.map((page) => {
		const current = fingerprint(page.content);
		const review = reviews.find((candidate) => candidate.id === page.id && candidate.record.page === page.id)?.record;
		const daysLeft = daysBetween(today, page.nextReviewDue);
		return {
			...page,
			fingerprint: current,
			daysLeft,
			overdue: daysLeft < 0,
			clinical: clinicalState(review, current),
			review,
			modified: newestChange(page.changes),
		};
	});
	return { statuses, problems };
}

/** What the build prints for an overdue page (it still builds; the page tells readers). */
export const overdueWarning = (status: PageStatus): string =>
	`${status.path}: review overdue by ${-status.daysLeft} day${status.daysLeft === -1 ? '' : 's'} (nextReviewDue ${status.nextReviewDue.toISOString().slice(0, 10)}); the page says it is due for review. Check it against its sources and set new dates.`;
