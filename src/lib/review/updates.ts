// The site's history: each page's changes with a permanent anchor, and every page's changes in one
// list for /updates/, /corrections/ and the feed.
import type { ShownChange } from './summary-translations.ts';

export interface AnchoredChange extends ShownChange {
	/** The id of the change in its page's "Page history": `change-2026-12-02`, then `-2`, `-3` for more that day. */
	anchor: string;
}

export interface SiteChange extends AnchoredChange {
	page: { id: string; path: string; title: string };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A page's history newest first, as "Page history" shows it, each change with its anchor. Anchors
 * count a day's changes in the order the file lists them, so adding a change on a new day never
 * moves an old anchor (feed readers use them as ids).
 */
export function pageHistory(changes: readonly ShownChange[]): AnchoredChange[] {
	const seen = new Map<string, number>();
	const anchored = changes.map((change) => {
		const count = (seen.get(day(change.date)) ?? 0) + 1;
		seen.set(day(change.date), count);
		return { ...change, anchor: `change-${day(change.date)}${count > 1 ? `-${count}` : ''}` };
	});
	return anchored.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/**
 * Every change of every page, newest first; on the same day corrections come first (readers most
 * need to see those), then by page title, so the order never depends on how files were read.
 */
export function siteChanges(pages: readonly { id: string; path: string; title: string; changes: readonly ShownChange[] }[]): SiteChange[] {
	const all = pages.flatMap(({ id, path, title, changes }) =>
		pageHistory(changes).map((change) => ({ ...change, page: { id, path, title } })),
	);
	const correctionFirst = (change: SiteChange) => (change.kind === 'correction' ? 0 : 1);
	return all.sort(
		(a, b) =>
			b.date.getTime() - a.date.getTime() ||
			correctionFirst(a) - correctionFirst(b) ||
			a.page.title.localeCompare(b.page.title) ||
			a.anchor.localeCompare(b.anchor),
	);
}

/** Where a change is described: its entry in the page's history. */
export const changeHref = (change: SiteChange): string => `${change.page.path}#${change.anchor}`;
