// Reads what the review status needs from the collections (as plain data, references as ids) and
// hands it to src/lib/review/, the same code `npm run review:status` runs on the files. Problems with
// review files or page records stop the build; an overdue page only prints a warning.
import { getCollection } from 'astro:content';
import { withPlainIds, type ContentLibrary } from '../lib/review/page-content.ts';
import { overdueWarning, pageStatuses, sitePages, type PageStatus } from '../lib/review/status.ts';
import { buildDay } from '../lib/review/today.ts';
import { en } from '../i18n/en/index.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { summaryCoverage, translateChanges, type ShownChange } from '../lib/review/summary-translations.ts';
import { textPageFingerprint, type EnglishWords, type TextPageId } from '../lib/review/text-pages.ts';
import { translationState, type TranslationState } from '../lib/review/translation.ts';
import type { TranslationRecord } from '../lib/schemas/translation.ts';
import { getArticles, getLocalizedArticles } from './articles.ts';
import { getSigns } from './red-flags.ts';

/** The content pages pull in from shared files, as src/lib/review/page-content.ts reads it. */
async function contentLibrary(): Promise<ContentLibrary> {
	const [signs, faq, treatments, glossary, comparison] = await Promise.all([
		getSigns(),
		getCollection('faq'),
		getCollection('treatments'),
		getCollection('glossary'),
		getCollection('comparison'),
	]);
	return {
		signs,
		faq: faq.map(({ id, data, body }) => ({
			id,
			question: data.question,
			category: data.category,
			order: data.order,
			urgency: data.urgency,
			sign: data.sign?.id,
			sources: data.sources.map((source) => source.id),
			answer: body ?? '',
		})),
		treatments: new Map(treatments.map(({ id, data }) => [id, withPlainIds(data)])),
		glossary: new Map(glossary.map(({ id, data }) => [id, { term: data.term, definition: data.definition }])),
		comparison: comparison.map(({ id, data }) => ({ id, ...(withPlainIds(data) as Record<string, unknown>) })),
	};
}

let built: Promise<PageStatus[]> | undefined;

/**
 * Every page's review status (articles in reading order, then side-effects and estimator). Throws on
 * a bad review file. A build computes it once (Astro warns each time it reads the reviews collection
 * while it is empty, as it is until a clinician reviews a page); the dev server every time, so edits show.
 */
export function getPageStatuses(): Promise<PageStatus[]> {
	if (import.meta.env.DEV) return readPageStatuses();
	built ??= readPageStatuses();
	return built;
}

async function readPageStatuses(): Promise<PageStatus[]> {
	const [articles, records, reviews, library] = await Promise.all([
		getArticles(),
		getCollection('pages'),
		getCollection('reviews'),
		contentLibrary(),
	]);
	const { pages, problems } = sitePages(
		articles.map(({ id, data, body }) => ({ id, ...data, sources: data.sources.map((source) => source.id), body: body ?? '' })),
		new Map(records.map(({ id, data }) => [id, data])),
		library,
	);
	const { statuses, problems: reviewProblems } = pageStatuses(
		pages,
		reviews.map(({ id, data, filePath }) => ({ file: filePath ?? `content/reviews/${id}.yaml`, id, record: data })),
		buildDay(process.env),
	);
	problems.push(...reviewProblems);
	if (problems.length > 0) throw new Error(`Review check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	for (const status of statuses.filter((s) => s.overdue)) console.warn(`[review] ${overdueWarning(status)}`);
	return statuses;
}

/** One page's review status, by page id (an article slug, side-effects or estimator). */
export async function getPageStatus(id: string): Promise<PageStatus> {
	const status = (await getPageStatuses()).find((page) => page.id === id);
	if (!status) throw new Error(`No review status for page "${id}"`);
	return status;
}

/** A page's status in `locale`: its address and title in that language; dates, history and review are English's. */
export interface LocalizedPageStatus extends PageStatus {
	/** The history, each summary in the page's language where it has been translated (content/<locale>/changes.yaml). */
	changes: readonly ShownChange[];
	/** For a translated page: which English text it translates, and whether that text has changed since. */
	translation?: TranslationState | undefined;
}

/**
 * Every page's status in `locale` (see getPageStatuses): the English page's review dates, history and clinical
 * review, with the language's address and title, and for a translation its state against the English page.
 */
export async function getLocalizedPageStatuses(locale: Locale): Promise<LocalizedPageStatus[]> {
	const statuses = await getPageStatuses();
	if (locale === DEFAULT_LOCALE) return statuses;
	const { site } = useTranslations(locale);
	const [articles, pages, summaries] = await Promise.all([
		getLocalizedArticles(locale),
		getCollection('translatedPages', ({ id }) => id.startsWith(`${locale}/`)),
		getCollection('translatedSummaries', ({ id }) => id.startsWith(`${locale}/`)),
	]);
	warnUntranslatedSummaries(
		locale,
		statuses.flatMap((status) => status.changes.map((change) => change.summary)),
		summaries.map(({ data }) => data),
	);
	const summaryTranslations = new Map(summaries.map(({ data }) => [data.english, data.translated]));
	const records = new Map<string, TranslationRecord>([
		...articles.map((article) => [article.id, article.translation!] as const),
		...pages.map(({ id, data }) => [id.slice(locale.length + 1), data.translation] as const),
	]);
	const titles: Record<string, string> = {
		...Object.fromEntries(articles.map((article) => [article.id, article.data.title])),
		'side-effects': site.sideEffects.title,
		estimator: site.estimatorPage.title,
	};
	return statuses.map((status) => {
		const record = records.get(status.id);
		if (!record) throw new Error(`content/${locale}/pages/${status.id}.yaml is missing: record what the ${status.id} page translates`);
		return {
			...status,
			path: localePath(locale, status.path),
			title: titles[status.id] ?? status.title,
			changes: translateChanges(status.changes, summaryTranslations, DEFAULT_LOCALE),
			translation: translationState(record, status),
		};
	});
}

/** The English words of the pages translated from a dictionary or a data file (src/lib/review/text-pages.ts). */
async function englishWords(): Promise<EnglishWords> {
	const [glossary, sources] = await Promise.all([getCollection('glossary'), getCollection('sources')]);
	return {
		glossary: glossary.map(({ id, data }) => ({ id, ...data })),
		sources: sources.map(({ id, data }) => ({ id, ...data })),
		dictionary: en,
	};
}

/** What the `page` page in `locale` translates, against its English words now; nothing for English. */
export async function getTextPageTranslation(locale: Locale, page: TextPageId): Promise<TranslationState | undefined> {
	if (locale === DEFAULT_LOCALE) return undefined;
	const record = (await getCollection('translatedPages')).find(({ id }) => id === `${locale}/${page}`)?.data.translation;
	if (!record) throw new Error(`content/${locale}/pages/${page}.yaml is missing: record what the ${page} page translates`);
	return translationState(record, { fingerprint: textPageFingerprint(page, await englishWords()) });
}

const warnedLocales = new Set<Locale>();

/** Warns once a build about summaries shown in English on `locale`'s pages (never an error, as for a stale page). */
function warnUntranslatedSummaries(locale: Locale, english: readonly string[], translations: readonly { english: string }[]): void {
	if (warnedLocales.has(locale)) return;
	warnedLocales.add(locale);
	const { untranslated } = summaryCoverage(english, translations);
	for (const summary of untranslated)
		console.warn(`[translation] content/${locale}/changes.yaml has no translation of the summary "${summary}"`);
}

/** One page's status in `locale`, by page id. */
export async function getLocalizedPageStatus(locale: Locale, id: string): Promise<LocalizedPageStatus> {
	const status = (await getLocalizedPageStatuses(locale)).find((page) => page.id === id);
	if (!status) throw new Error(`No review status for page "${id}"`);
	return status;
}
