// Site search settings and the /search/ address: how results are ranked, and how a search (words and
// topic) is read from and written to the query string so it can be shared and survives the back button.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { TOPIC_IDS, type Topic } from './topics.ts';

/** Where the English search page lives; the header form submits to the search page of its language. */
export const SEARCH_PATH = '/search/';

/** The search page of `locale` (each searches its own language's index: Pagefind reads the page's lang). */
export const searchPath = (locale: Locale): string => localePath(locale, SEARCH_PATH);

/** Query-string names on the search page: `/search/?q=fat+jabs&topic=body`. */
export const SEARCH_PARAMS = { query: 'q', topic: 'topic' } as const;

/**
 * The words of the indexed pages of one language, written by the build next to the index it belongs to (see
 * src/lib/search-suggestion.ts); loaded only when a search finds nothing.
 */
export const vocabularyPath = (locale: Locale): string => `/pagefind/vocabulary.${locale}.json`;

/** The Pagefind filter that holds an article's topic id, the same in every language (set by SearchMeta.astro). */
export const TOPIC_FILTER = 'topic';

/** The Pagefind metadata field that holds readers' own words for a page (set by SearchMeta.astro). */
export const KEYWORDS_META = 'keywords';

/**
 * Pagefind ranking for this site. Our pages are short health articles (1,000 to 1,800 words each)
 * plus a few long pages that answer many small questions (glossary, side-effect FAQ). Readers type
 * their own words, which the articles carry as hidden `keywords` metadata. Each value was checked
 * against the lay queries in tests/e2e/search.spec.ts; see https://pagefind.app/docs/ranking/.
 */
export const SEARCH_RANKING = {
	// Default 1. Lower counts raw hits a little more than hits per word: a short article that
	// names "bruising" eight times is more about bruising than one that names it once.
	termFrequency: 0.6,
	// Default 0.75. Articles barely differ in length, so length should not decide the order; a
	// strong preference for short pages would bury the long glossary and FAQ pages.
	pageLength: 0.5,
	// Default 1.4. "Mesotherapy" is on nearly every line of every page; saturating sooner lets the
	// other words of a query ("hair", "eyes", "lump") decide which page comes first.
	termSaturation: 1.0,
	// Default 1. Lay queries are short stems and slang ("meso", "lipo", "bald"); prefer the page
	// that has that exact word (often in its keywords) over pages with only longer words
	// that start with it.
	termSimilarity: 2,
	metaWeights: {
		// Pagefind's default: our titles are plain and say what the page is about.
		title: 5,
		// The readers' words are as strong a signal as the title. Higher values let a page that
		// merely lists a word (Kybella on the alternatives page) outrank the page about it.
		[KEYWORDS_META]: 5,
		// Description (repeated in each article's opening) and topic stay at Pagefind's default of 1.
	},
};

/** A search as the address bar holds it. */
interface SearchState {
	/** The words typed, trimmed, with runs of spaces made single. Empty when there is no search. */
	query: string;
	/** The topic the results are limited to, if any. */
	topic: Topic | undefined;
}

const isTopic = (value: string | null): value is Topic => (TOPIC_IDS as readonly (string | null)[]).includes(value);

/** Tidies what a reader typed: no leading, trailing or repeated spaces. */
export const normaliseQuery = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Reads a search from a query string such as `?q=fat+jabs&topic=body`; an unknown topic is ignored. */
export function readSearchState(search: string | URLSearchParams): SearchState {
	const params = new URLSearchParams(search);
	const topic = params.get(SEARCH_PARAMS.topic);
	return { query: normaliseQuery(params.get(SEARCH_PARAMS.query) ?? ''), topic: isTopic(topic) ? topic : undefined };
}

/** The search page's address for a search, e.g. `/search/?q=fat+jabs&topic=body`; empty parts are left out. */
export function searchHref({ query, topic }: SearchState, locale: Locale = DEFAULT_LOCALE): string {
	const params = new URLSearchParams();
	if (query) params.set(SEARCH_PARAMS.query, query);
	if (topic) params.set(SEARCH_PARAMS.topic, topic);
	const search = params.toString();
	return search ? `${searchPath(locale)}?${search}` : searchPath(locale);
}

/** Pagefind filters for a topic: `{ topic: ['hair'] }`, or none. */
export function topicFilters(topic: Topic | undefined): Record<string, string[]> {
	return topic ? { [TOPIC_FILTER]: [topic] } : {};
}

/** The topic that Pagefind filters select, if exactly one known topic is selected. */
export function topicFromFilters(filters: Record<string, readonly string[] | undefined>): Topic | undefined {
	const [topic, ...others] = filters[TOPIC_FILTER] ?? [];
	return topic !== undefined && others.length === 0 && isTopic(topic) ? topic : undefined;
}
