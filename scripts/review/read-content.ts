// Reads the content files straight from disk, validated by the same schemas as the site (with
// references as plain ids), and hands them to src/lib/review/ in the shape the build gives it.
// Used by `npm run review:status`; tests check that it gives the same fingerprints as the build.
import { z } from 'astro/zod';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { en } from '../../src/i18n/en/index.ts';
import { TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { formatProblem } from '../../src/lib/data-file.ts';
import type { ContentLibrary } from '../../src/lib/review/page-content.ts';
import { readSummaryTranslations, summaryCoverage } from '../../src/lib/review/summary-translations.ts';
import { isTextPage, TEXT_PAGES, textPageFingerprint, type EnglishWords, type TextPageId } from '../../src/lib/review/text-pages.ts';
import { translationState } from '../../src/lib/review/translation.ts';
import { pageStatuses, sitePages, type PageStatus } from '../../src/lib/review/status.ts';
import { ArticleSchema } from '../../src/lib/schemas/article.ts';
import { ComparisonRowSchema } from '../../src/lib/schemas/comparison.ts';
import { FaqSchema } from '../../src/lib/schemas/faq.ts';
import { GlossaryTermSchema } from '../../src/lib/schemas/glossary.ts';
import { PageRecordSchema } from '../../src/lib/schemas/page-history.ts';
import { RedFlagSchema } from '../../src/lib/schemas/red-flag.ts';
import { ReviewRecordSchema } from '../../src/lib/schemas/review.ts';
import { SourceSchema } from '../../src/lib/schemas/source.ts';
import { TranslatedArticleSchema, TranslatedPageSchema } from '../../src/lib/schemas/translation.ts';
import { TreatmentSchema } from '../../src/lib/schemas/treatment.ts';

const id = z.string();

/** Parses data with a schema, or throws naming the file and the field, as the build does. */
function validated<Schema extends z.ZodType>(schema: Schema, data: unknown, where: string): z.infer<Schema> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	throw new Error(`${where}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
}

/** The files of one folder with one extension, as [id, path relative to the project]. */
const filesIn = (root: string, folder: string, extension: string): [string, string][] =>
	existsSync(join(root, folder))
		? readdirSync(join(root, folder))
				.filter((name) => name.endsWith(extension))
				.sort()
				.map((name) => [basename(name, extension), `${folder}/${name}`])
		: [];

/** A Markdown or MDX file's YAML frontmatter and body. */
function frontmatter(text: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter between --- lines`);
	return { data: parse(match[1]!), body: text.slice(match[0].length) };
}

/** A YAML file holding a list of entries with ids, as [id, the rest] pairs. */
const yamlList = (root: string, file: string) =>
	(parse(readFileSync(join(root, file), 'utf8')) as ({ id: string } & Record<string, unknown>)[]).map(
		({ id: entryId, ...rest }) => [entryId, rest] as const,
	);

function contentLibrary(root: string): ContentLibrary {
	const signSchema = RedFlagSchema(id);
	const faqSchema = FaqSchema(id, id);
	const treatmentSchema = TreatmentSchema(id);
	const comparisonSchema = ComparisonRowSchema(id);
	return {
		signs: yamlList(root, 'content/red-flags.yaml').map(([signId, data]) => ({
			id: signId,
			...validated(signSchema, data, `content/red-flags.yaml: ${signId}`),
		})),
		faq: filesIn(root, 'content/faq', '.md').map(([faqId, file]) => {
			const { data, body } = frontmatter(readFileSync(join(root, file), 'utf8'), file);
			return { id: faqId, ...validated(faqSchema, data, file), answer: body };
		}),
		treatments: new Map(
			yamlList(root, 'content/treatments.yaml').map(([goal, data]) => [
				goal,
				validated(treatmentSchema, data, `content/treatments.yaml: ${goal}`),
			]),
		),
		glossary: new Map(
			yamlList(root, 'content/glossary.yaml').map(([termId, data]) => {
				const { term, definition } = validated(GlossaryTermSchema, data, `content/glossary.yaml: ${termId}`);
				return [termId, { term, definition }];
			}),
		),
		comparison: yamlList(root, 'content/comparison.yaml').map(([rowId, data]) => ({
			id: rowId,
			...validated(comparisonSchema, data, `content/comparison.yaml: ${rowId}`),
		})),
	};
}

/** Every page's review status, read from the content files under `root`; problems with review files or page records included. */
export function readReviewStatus(root: string, today: Date): { statuses: PageStatus[]; problems: string[] } {
	const articleSchema = ArticleSchema({ sourceId: id });
	const articles = filesIn(root, 'content/articles', '.mdx').map(([slug, file]) => {
		const { data, body } = frontmatter(readFileSync(join(root, file), 'utf8'), file);
		return { id: slug, ...validated(articleSchema, data, file), body };
	});
	const records = new Map(
		filesIn(root, 'content/pages', '.yaml').map(([pageId, file]) => [
			pageId,
			validated(PageRecordSchema, parse(readFileSync(join(root, file), 'utf8')), file),
		]),
	);
	const { pages, problems } = sitePages(articles, records, contentLibrary(root));
	const reviews = filesIn(root, 'content/reviews', '.yaml').map(([reviewId, file]) => ({
		file,
		id: reviewId,
		record: validated(ReviewRecordSchema, parse(readFileSync(join(root, file), 'utf8')), file),
	}));
	const result = pageStatuses(pages, reviews, today);
	return { statuses: result.statuses, problems: [...problems, ...result.problems] };
}

/** A translated page whose English page has changed since it was translated. */
export interface StaleTranslation {
	locale: Locale;
	page: string;
	/** The file that records what it translates. */
	file: string;
	translatedOn: Date;
	/** The English page's latest change; unknown for a page translated from a dictionary or a data file. */
	englishChangedOn: Date | undefined;
}

/** The English words of the pages translated from a dictionary or a data file, validated as the build reads them. */
function englishWords(root: string): EnglishWords {
	return {
		glossary: yamlList(root, 'content/glossary.yaml').map(([termId, data]) => ({
			id: termId,
			...validated(GlossaryTermSchema, data, `content/glossary.yaml: ${termId}`),
		})),
		sources: yamlList(root, 'content/sources.yaml').map(([sourceId, data]) => ({
			id: sourceId,
			...validated(SourceSchema, data, `content/sources.yaml: ${sourceId}`),
		})),
		dictionary: en,
	};
}

/** The fingerprint of each such page's English words: what its translation records as `translation.of`. */
export function textPageFingerprints(root: string): Record<TextPageId, string> {
	const words = englishWords(root);
	return Object.fromEntries(TEXT_PAGES.map((page) => [page, textPageFingerprint(page, words)])) as Record<TextPageId, string>;
}

/**
 * Every translated page (content/<locale>/articles/*.mdx, content/<locale>/pages/*.yaml) whose recorded English
 * fingerprint differs from the English page's fingerprint now, as the pages themselves tell readers.
 */
export function staleTranslations(root: string, statuses: readonly PageStatus[]): StaleTranslation[] {
	return TRANSLATED_LOCALES.flatMap((locale) => {
		const records = [
			...filesIn(root, `content/${locale}/articles`, '.mdx').map(([page, file]) => {
				const { data } = frontmatter(readFileSync(join(root, file), 'utf8'), file);
				return { page, file, record: validated(TranslatedArticleSchema, data, file).translation };
			}),
			...filesIn(root, `content/${locale}/pages`, '.yaml').map(([page, file]) => ({
				page,
				file,
				record: validated(TranslatedPageSchema, parse(readFileSync(join(root, file), 'utf8')), file).translation,
			})),
		];
		const textPages = textPageFingerprints(root);
		return records.flatMap(({ page, file, record }) => {
			const status = isTextPage(page) ? { fingerprint: textPages[page] } : statuses.find((candidate) => candidate.id === page);
			if (!status) return [];
			const state = translationState(record, status);
			return state.stale ? [{ locale, page, file, translatedOn: state.translatedOn, englishChangedOn: state.englishChangedOn }] : [];
		});
	});
}

/** A language's page-history summaries that are still shown in English, and translations no English summary uses. */
export interface SummaryGaps {
	locale: Locale;
	file: string;
	untranslated: string[];
	/** Translations whose English summary was changed or removed: update the English text they are keyed by. */
	unused: { english: string; line: number }[];
}

/** For every translated language, its summary translations (content/<locale>/changes.yaml) against the pages' histories. */
export function summaryGaps(root: string, statuses: readonly PageStatus[]): SummaryGaps[] {
	const english = statuses.flatMap((status) => status.changes.map((change) => change.summary));
	return TRANSLATED_LOCALES.map((locale) => {
		const file = `content/${locale}/changes.yaml`;
		const { translations, problems } = readSummaryTranslations(file, readFileSync(join(root, file), 'utf8'), locale);
		if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
		const { untranslated, unused } = summaryCoverage(english, translations);
		return { locale, file, untranslated, unused: unused.map(({ english: text, line }) => ({ english: text, line })) };
	});
}
