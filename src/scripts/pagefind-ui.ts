// Loads Pagefind's Component UI from the site's own /pagefind/ folder (written by the build, so the UI
// always matches the index) and sets up a search instance with this site's ranking and wording.
// Shared by the header search dialog (site-search-dialog.ts) and the search page (SearchPanel.astro).
import { normaliseQuery, SEARCH_RANKING } from '../lib/search.ts';
import stylesheetUrl from '../styles/search-ui.css?url';

const BUNDLE_PATH = '/pagefind/';

type Filters = Record<string, string[]>;
interface SearchResults {
	results: unknown[];
	/** How many pages the words found before the topic filter was applied. */
	unfilteredResultCount?: number;
}
interface FilterCounts {
	available: Record<string, Record<string, number>>;
}

/** The parts of a Pagefind Component UI instance this site uses. */
interface SearchInstance {
	searchTerm: string;
	on(event: 'search', callback: (term: string, filters: Filters) => void): void;
	on(event: 'results', callback: (results: SearchResults) => void): void;
	on(event: 'filters', callback: (counts: FilterCounts) => void): void;
	setTranslations(strings: Record<string, string>): void;
	triggerSearchWithFilters(term: string, filters: Filters): void;
	triggerFilters(filters: Filters): void;
}

interface PagefindComponents {
	configureInstance(name: string, options: object): SearchInstance;
}

declare global {
	interface Window {
		PagefindComponents?: PagefindComponents;
	}
}

/** Plainer wording than Pagefind's defaults, which speak of "results". */
const WORDING = {
	keyboard_search: 'Search',
	zero_results: 'No pages found for “[SEARCH_TERM]”',
	one_result: '1 page found for “[SEARCH_TERM]”',
	many_results: '[COUNT] pages found for “[SEARCH_TERM]”',
	searching: 'Searching for “[SEARCH_TERM]”…',
	error_search: 'Search could not load',
};

/** What to tell the reader when the search files cannot be loaded. */
export const LOAD_FAILED_MESSAGE = import.meta.env.DEV
	? 'Search needs a build of the site: run “npm run build” once, then reload this page.'
	: 'Search could not load. Check your connection and reload the page, or browse every article below.';

/** Adds a script or stylesheet to the page and waits until it has loaded. */
function load(element: HTMLScriptElement | HTMLLinkElement, url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		element.addEventListener('load', () => resolve());
		element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
		if (element instanceof HTMLScriptElement) element.src = url;
		else Object.assign(element, { rel: 'stylesheet', href: url });
		document.head.append(element);
	});
}

let loading: Promise<PagefindComponents> | undefined;

/**
 * Loads the Component UI script and the search styles, once per page. Nothing is fetched until a
 * reader shows they want to search, so pages stay light on slow phones.
 */
export function loadSearchUi(): Promise<PagefindComponents> {
	loading ??= Promise.all([
		load(document.createElement('script'), `${BUNDLE_PATH}pagefind-component-ui.js`),
		load(document.createElement('link'), stylesheetUrl),
	]).then(() => {
		if (!window.PagefindComponents) throw new Error('Pagefind Component UI did not start');
		return window.PagefindComponents;
	});
	// A failed load may be retried later (the reader may come back online).
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * A configured search instance. Components that name this instance must be added to the page only
 * after this resolves: they read the instance's settings when they connect.
 */
export async function searchInstance(name: string, wording: Record<string, string> = {}): Promise<SearchInstance> {
	const components = await loadSearchUi();
	const instance = components.configureInstance(name, { bundlePath: BUNDLE_PATH, ranking: SEARCH_RANKING });
	instance.setTranslations({ ...WORDING, ...wording });
	return instance;
}

/** Shows the kind "nothing found" message whenever a search with words finds no page. */
export function showNoResultsMessage(instance: SearchInstance, message: HTMLElement): void {
	instance.on('results', ({ results }) => {
		message.hidden = !(normaliseQuery(instance.searchTerm) && results.length === 0);
	});
}
