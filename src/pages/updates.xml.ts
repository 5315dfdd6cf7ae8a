// The updates feed (RSS 2.0): every change of every page, newest first, each linking to its entry in
// the page's history. Linked from every page's <head>.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPageStatuses } from '../data/reviews.ts';
import { changeHref, siteChanges } from '../lib/review/updates.ts';
import { useTranslations } from '../i18n/index.ts';

// The feed is English: its summaries are written once, with the English pages' histories.
const W = useTranslations('en').site.review;

export async function GET(context: APIContext) {
	const changes = siteChanges(await getPageStatuses());
	return rss({
		title: W.updates.feedTitle,
		description: W.updates.description,
		site: context.site!,
		customData: '<language>en-gb</language>',
		items: changes.map((change) => ({
			title: `${W.history.kinds[change.kind]}: ${change.page.title}`,
			description: change.summary,
			pubDate: change.date,
			// Absolute, so @astrojs/rss adds no trailing slash after the anchor.
			link: new URL(changeHref(change), context.site).href,
			categories: [change.kind],
		})),
	});
}
