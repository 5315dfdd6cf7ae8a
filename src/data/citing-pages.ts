// Which pages cite each source, for the bibliography's "Cited in" lines. One rule for every kind of
// citation (an article's text, its "When to get help" box and comparison table, the side-effect
// questions, the session estimator), so a source is never called background while a page cites it.
import { getCollection } from 'astro:content';
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { articlePath, faqPath, localePath } from '../i18n/paths.ts';
import { checkArticle, getLocalizedArticles } from './articles.ts';
import { getFaqEntries } from './faq.ts';
import { citedSources, getTreatments } from './treatments.ts';

export interface CitingPage {
	href: string;
	title: string;
}

/**
 * Each source id's citing pages in `locale` (addresses and titles in that language): the articles in reading
 * order, then the side-effect questions, then the estimator.
 */
export async function getCitingPages(locale: Locale): Promise<Map<string, CitingPage[]>> {
	const { site } = useTranslations(locale);
	const [articles, questions, treatments, comparison] = await Promise.all([
		getLocalizedArticles(locale),
		getFaqEntries(),
		getTreatments(),
		getCollection('comparison'),
	]);
	const tableSources = comparison.flatMap((row) => row.data.sources.map((source) => source.id));
	const pages: { page: CitingPage; sources: string[] }[] = [
		// citationOrder holds what the text and the help box cite; the comparison table cites its rows' sources.
		...(await Promise.all(articles.map(checkArticle))).map(({ article, citationOrder }) => ({
			page: { href: articlePath(locale, article.id), title: article.data.title },
			sources: [...citationOrder, ...(article.body.includes('<ComparisonTable') ? tableSources : [])],
		})),
		{
			page: { href: faqPath(locale), title: site.sideEffects.title },
			sources: questions.flatMap((entry) => entry.data.sources.map((source) => source.id)),
		},
		{
			page: { href: localePath(locale, '/estimator/'), title: site.estimatorPage.title },
			sources: citedSources(treatments).map((source) => source.id),
		},
	];
	const citing = new Map<string, CitingPage[]>();
	for (const { page, sources } of pages) {
		for (const id of new Set(sources)) citing.set(id, [...(citing.get(id) ?? []), page]);
	}
	return citing;
}
