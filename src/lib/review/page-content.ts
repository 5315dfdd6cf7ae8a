// What a reader reads as medical content on each page, as plain data for its fingerprint: the words
// and figures a clinician approves, never layout. Built from the same content files by the site
// build (through Astro's collections) and by `npm run review:status` (straight from the files); both
// hand this module the same plain data, with every reference written as its id.
import { compareFaq } from '../faq.ts';
import { compareSigns, GET_HELP_NOW_LEVELS, helpBoxInBody, signsForAreas, type PlacedSign } from '../red-flags.ts';
import type { FaqCategory } from '../schemas/faq.ts';
import { normaliseWhitespace } from './fingerprint.ts';

/** A warning sign of content/red-flags.yaml. */
export interface SignContent extends PlacedSign {
	sign: string;
	detail?: string | undefined;
}

/** A side-effect question of content/faq/; `answer` is its Markdown body. */
export interface FaqContent {
	id: string;
	question: string;
	category: FaqCategory;
	order: number;
	urgency?: string | undefined;
	sign?: string | undefined;
	sources: readonly string[];
	answer: string;
}

/** Everything pages pull in from shared content files; each entry's data with references as ids. */
export interface ContentLibrary {
	signs: readonly SignContent[];
	faq: readonly FaqContent[];
	/** content/treatments.yaml, by goal id. */
	treatments: ReadonlyMap<string, unknown>;
	/** content/glossary.yaml: the words a <Term> shows, by id. */
	glossary: ReadonlyMap<string, { term: string; definition: string }>;
	/** content/comparison.yaml, each row with its `id`. */
	comparison: readonly ({ id: string } & Record<string, unknown>)[];
}

/** The words of an article that a clinician reviews (from its frontmatter and MDX body). */
export interface ArticleText {
	title: string;
	description: string;
	keyPoints: readonly string[];
	sources: readonly string[];
	body: string;
}

/** Page ids that are not articles, and the content each shows. */
export const OTHER_PAGES = {
	'side-effects': { path: '/side-effects/', title: 'Side effects and when to get help' },
	estimator: { path: '/estimator/', title: 'Session estimator' },
} as const;
export type OtherPageId = keyof typeof OTHER_PAGES;

/** Turns Astro's `{ id, collection }` references into their ids, anywhere in a value, so both readers of the content agree. */
export function withPlainIds(value: unknown): unknown {
	if (value instanceof Date || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map(withPlainIds);
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record);
	if (keys.length === 2 && typeof record['id'] === 'string' && typeof record['collection'] === 'string') return record['id'];
	return Object.fromEntries(keys.map((key) => [key, withPlainIds(record[key])]));
}

const signContent = ({ id, level, sign, detail, sources }: SignContent) => ({
	id,
	level,
	sign,
	detail: detail && normaliseWhitespace(detail),
	sources,
});

const faqContent = ({ id, question, urgency, sign, sources, answer }: FaqContent) => ({
	id,
	question,
	urgency,
	sign,
	sources,
	answer: normaliseWhitespace(answer),
});

const inPageOrder = (faq: readonly FaqContent[]) => [...faq].sort((a, b) => compareFaq({ data: a }, { data: b }));

/** Values of one attribute wherever a component is used, e.g. every goal of `<Estimator goal="…" />`. */
const attributeValues = (body: string, component: string, attribute: string) =>
	[...body.matchAll(new RegExp(`<${component}\\b[^>]*\\b${attribute}=["']([^"']+)["']`, 'g'))].map((match) => match[1]!);

/** The FAQ categories of every `<SideEffectFaq categories={[…]} />` in a body. */
const faqCategories = (body: string) =>
	[...body.matchAll(/<SideEffectFaq\b[^>]*\bcategories=\{\s*\[([^\]]*)\]/g)].flatMap((match) =>
		[...match[1]!.matchAll(/["']([^"']+)["']/g)].map((category) => category[1]!),
	);

/**
 * An article's medical content: its title, description, key points and body (whitespace made
 * uniform), the signs its help box pulls from the rulebook, the side-effect answers, goal figures,
 * glossary definitions and comparison table it shows, and the source ids it cites.
 */
export function articleContent(article: ArticleText, library: ContentLibrary) {
	const { body } = article;
	const box = helpBoxInBody(body);
	const categories = faqCategories(body);
	const termIds = [...new Set(attributeValues(body, 'Term', 'id'))].sort();
	return {
		page: 'article',
		title: article.title,
		description: article.description,
		keyPoints: article.keyPoints,
		body: normaliseWhitespace(body),
		sources: article.sources,
		helpBox: box.kind === 'box' ? signsForAreas(library.signs, box.areas).map(signContent) : [],
		sideEffects: inPageOrder(library.faq.filter((entry) => categories.includes(entry.category))).map(faqContent),
		treatments: attributeValues(body, 'Estimator', 'goal').map((goal) => ({ goal, figures: library.treatments.get(goal) })),
		glossary: termIds.map((id) => ({ id, ...library.glossary.get(id) })),
		// By id: the order rows are read in is not content (it differs between the build and the files).
		comparison: /<ComparisonTable\b/.test(body) ? [...library.comparison].sort((a, b) => a.id.localeCompare(b.id)) : [],
	};
}

/** The side-effect page: every question and answer, and the "Get help now" signs. */
export function sideEffectsContent(library: ContentLibrary) {
	return {
		page: 'side-effects',
		questions: inPageOrder(library.faq).map((entry) => ({ ...faqContent(entry), category: entry.category })),
		getHelpNow: library.signs
			.filter((sign) => (GET_HELP_NOW_LEVELS as readonly string[]).includes(sign.level))
			.sort(compareSigns)
			.map(signContent),
	};
}

/** The estimator page: every goal's verdict, figures, caveats and sources. */
export function estimatorContent(library: ContentLibrary) {
	return {
		page: 'estimator',
		treatments: [...library.treatments.keys()].sort().map((goal) => ({ goal, figures: library.treatments.get(goal) })),
	};
}
