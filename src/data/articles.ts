// Reads the articles collection, and its translations, and applies the checks that need more than one
// collection: citations against the bibliography, the "When to get help" box, and the reading-level gate
// of the article's language. Problems stop the build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { citationProblems, citedIds } from '../lib/citations.ts';
import { tagUses, unknownTermProblems } from '../lib/mdx-tags.ts';
import { helpBoxInBody, signsForAreas, signSources } from '../lib/red-flags.ts';
import { readingProblem, readingScore, type ReadingScore } from '../lib/reading-level.ts';
import type { TranslationRecord } from '../lib/schemas/translation.ts';
import { getSigns } from './red-flags.ts';

export type Article = CollectionEntry<'articles'>;

/** An article in one language: English's data with the translation's words, and the body to render. */
export interface LocalizedArticle {
	id: string;
	locale: Locale;
	data: Article['data'];
	body: string;
	/** Where its words live in the repository, for error messages. */
	file: string;
	/** The entry `render()` turns into the page's body. */
	entry: Article | CollectionEntry<'translatedArticles'>;
	/** For a translation: which English text it translates. */
	translation?: TranslationRecord | undefined;
}

/** Where an article lives in the repository, for error messages. */
export const articleFile = (article: Article) => article.filePath ?? `content/articles/${article.id}.mdx`;

const inReadingOrder = <Entry extends { data: Article['data'] }>(articles: Entry[]) =>
	articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));

/** Every English article, in reading order. */
export async function getArticles(): Promise<Article[]> {
	return inReadingOrder(await getCollection('articles'));
}

/** Every article in `locale`, in reading order. Every English article has a translation (the loader checks). */
export async function getLocalizedArticles(locale: Locale): Promise<LocalizedArticle[]> {
	const english = await getCollection('articles');
	if (locale === DEFAULT_LOCALE) {
		return inReadingOrder(
			english.map((entry) => ({ id: entry.id, locale, data: entry.data, body: entry.body ?? '', file: articleFile(entry), entry })),
		);
	}
	const translated = new Map(
		(await getCollection('translatedArticles', ({ id }) => id.startsWith(`${locale}/`))).map((entry) => [
			entry.id.slice(locale.length + 1),
			entry,
		]),
	);
	return inReadingOrder(
		english.map((article) => {
			const entry = translated.get(article.id)!;
			const { translation, ...words } = entry.data;
			return {
				id: article.id,
				locale,
				data: { ...article.data, ...words },
				body: entry.body ?? '',
				file: entry.filePath ?? `content/${locale}/articles/${article.id}.mdx`,
				entry,
				translation,
			};
		}),
	);
}

export interface CheckedArticle {
	article: LocalizedArticle;
	readingScore: ReadingScore;
	/**
	 * Every source the page cites, in order: the text's citations as it first cites them, then
	 * those only the "When to get help" box cites (from content/red-flags.yaml).
	 */
	citationOrder: string[];
}

/**
 * Checks an article's citations, its glossary terms, its help box and its reading level; throws one error listing
 * every problem. The frontmatter `sources` (English's, for a translation) must equal the text's own citations; the
 * box cites from the rulebook, so its sources are left out of that check and added to the page's list here.
 */
export async function checkArticle(article: LocalizedArticle): Promise<CheckedArticle> {
	const { file, body } = article;
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
	const score = readingScore(article.locale, body, article.data.keyPoints);
	const tooHard = readingProblem(score);
	if (tooHard) problems.push(`${file}: ${tooHard}`);
	if (problems.length > 0) throw new Error(`Article check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return { article, readingScore: score, citationOrder: [...cited, ...boxSources.filter((id) => !cited.includes(id))] };
}
