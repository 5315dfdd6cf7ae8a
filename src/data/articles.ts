// Reads the articles collection and applies the checks that need more than one collection:
// citations against the bibliography, and the reading-level gate. Problems stop the build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationProblems, citedIds } from '../lib/citations.ts';
import { articleReadability, MAX_READING_GRADE } from '../lib/reading-level.ts';
import type { ReadabilityStats } from '../lib/readability.ts';

export type Article = CollectionEntry<'articles'>;

/** Where an article lives in the repository, for error messages. */
export const articleFile = (article: Article) => article.filePath ?? `content/articles/${article.id}.mdx`;

/** Every article, in reading order. */
export async function getArticles(): Promise<Article[]> {
	const articles = await getCollection('articles');
	return articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export interface CheckedArticle {
	article: Article;
	readability: ReadabilityStats;
	/** Source ids in the order the text first cites them. */
	citationOrder: string[];
}

/** Checks an article's citations and reading level; throws one error listing every problem. */
export async function checkArticle(article: Article): Promise<CheckedArticle> {
	const file = articleFile(article);
	const sources = await getCollection('sources');
	const cited = citedIds(article.body ?? '');
	const problems = citationProblems({
		file,
		cited,
		listed: article.data.sources.map((source) => source.id),
		known: new Set(sources.map((source) => source.id)),
	});
	const readability = articleReadability(article.body ?? '', article.data.keyPoints);
	if (readability.grade > MAX_READING_GRADE) {
		problems.push(
			`${file}: reading level is grade ${readability.grade}, above the limit of ${MAX_READING_GRADE}. ` +
				`Use shorter sentences (now ${(readability.words / readability.sentences).toFixed(1)} words each) and shorter words.`,
		);
	}
	if (problems.length > 0) throw new Error(`Article check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return { article, readability, citationOrder: cited };
}
