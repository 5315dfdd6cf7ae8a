// Reads the articles collection and applies the checks that need more than one collection:
// citations against the bibliography, the "When to get help" box, and the reading-level gate.
// Problems stop the build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { citationProblems, citedIds } from '../lib/citations.ts';
import { tagUses, unknownTermProblems } from '../lib/mdx-tags.ts';
import { helpBoxInBody, signsForAreas, signSources } from '../lib/red-flags.ts';
import { articleReadability, MAX_READING_GRADE } from '../lib/reading-level.ts';
import type { ReadabilityStats } from '../lib/readability.ts';
import { getSigns } from './red-flags.ts';

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
	/**
	 * Every source the page cites, in order: the text's citations as it first cites them, then
	 * those only the "When to get help" box cites (from content/red-flags.yaml).
	 */
	citationOrder: string[];
}

/**
 * Checks an article's citations, its glossary terms, its help box and its reading level; throws one error listing
 * every problem. The frontmatter `sources` must equal the text's own citations; the box cites from
 * the rulebook, so its sources are left out of that check and added to the page's list here.
 */
export async function checkArticle(article: Article): Promise<CheckedArticle> {
	const file = articleFile(article);
	const body = article.body ?? '';
	// The whole file, frontmatter included, so that messages give the line an editor sees.
	const [sources, glossary, signs, text] = await Promise.all([
		getCollection('sources'),
		getCollection('glossary'),
		getSigns(),
		readFile(file, 'utf8'),
	]);
	const cited = citedIds(body);
	const box = helpBoxInBody(body);
	const boxSources = box.kind === 'box' ? signSources(signsForAreas(signs, box.areas)) : [];
	const problems = citationProblems({
		file,
		cited,
		citedAt: tagUses(text, 'Cite'),
		listed: article.data.sources.map((source) => source.id),
		known: new Set(sources.map((source) => source.id)),
		citedByBox: boxSources,
	});
	problems.push(...unknownTermProblems(file, text, new Set(glossary.map((term) => term.id))));
	if (box.kind === 'malformed') problems.push(`${file}: ${box.problem}`);
	const readability = articleReadability(body, article.data.keyPoints);
	if (readability.grade > MAX_READING_GRADE) {
		problems.push(
			`${file}: reading level is grade ${readability.grade}, above the limit of ${MAX_READING_GRADE}. ` +
				`Use shorter sentences (now ${(readability.words / readability.sentences).toFixed(1)} words each) and shorter words.`,
		);
	}
	if (problems.length > 0) throw new Error(`Article check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return { article, readability, citationOrder: [...cited, ...boxSources.filter((id) => !cited.includes(id))] };
}
