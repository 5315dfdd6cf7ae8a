// The updates feed of each language (RSS 2.0): /updates.xml, /es/updates.xml. Every change of every page,
// newest first, each linking to its entry in the page's history in that language. Linked from every page's <head>.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLocalizedPageStatuses } from '../../data/reviews.ts';
import { useTranslations } from '../../i18n/index.ts';
import { LOCALE_INFO, type Locale } from '../../i18n/locales.ts';
import { localeParams, localePath } from '../../i18n/paths.ts';
import { changeHref, siteChanges } from '../../lib/review/updates.ts';

export const getStaticPaths = localeParams;

export async function GET(context: APIContext) {
	const locale = context.props['locale'] as Locale;
	const W = useTranslations(locale).site.review;
	const changes = siteChanges(await getLocalizedPageStatuses(locale));
	return rss({
		title: W.updates.feedTitle,
		description: W.updates.description,
		// The channel's own page: the home page in its language.
		site: new URL(localePath(locale, '/'), context.site).href,
		customData: `<language>${LOCALE_INFO[locale].tag}</language>`,
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
