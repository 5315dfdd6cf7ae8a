// Loads Pagefind's Component UI from the site's own /pagefind/ folder (written by the build, so the UI
// always matches the index) and sets up a search instance with this site's ranking and wording.
// Shared by the header search dialog (site-search-dialog.ts) and the search page (SearchPanel.astro).
import type { Locale } from '../i18n/locales.ts';
import { loadSearchWords } from '../i18n/search-words.ts';
import { normaliseQuery, SEARCH_RANKING, searchHref } from '../lib/search.ts';
import stylesheetUrl from '../styles/search-ui.css?url';

const BUNDLE_PATH = '/pagefind/';

type Filters = Record<string, string[]>;
/** One result of a search; its text is fetched (one index fragment) when it is about to be shown. */
interface SearchResult {
	data: () => Promise<unknown>;
}
interface SearchResults {
	results: SearchResult[];
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
	on(event: 'error', callback: (error: unknown) => void): void;
	/** Loads Pagefind and its index; rejects when the index files are missing or broken. */
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
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
 * A configured search instance with its index loaded. Components that name this instance must be added
 * to the page only after this resolves: they read the instance's settings when they connect. Rejects
 * when Pagefind or its index cannot load, where Pagefind's own components would show "Searching…"
 * for ever.
 */
export async function searchInstance(name: string, locale: Locale, wording: Record<string, string> = {}): Promise<SearchInstance> {
	const components = await loadSearchUi();
	const instance = components.configureInstance(name, { bundlePath: BUNDLE_PATH, ranking: SEARCH_RANKING });
	// Plainer wording than Pagefind's defaults, which speak of "results", in the page's language.
	instance.setTranslations({ ...(await loadSearchWords(locale)).pagefind, ...wording });
	let failed = false;
	instance.on('error', () => (failed = true));
	// Rejects when the entry file, metadata or WebAssembly fails; a missing pagefind.js is reported as an error event.
	await instance.triggerLoad();
	if (failed) throw new Error('Pagefind could not load');
	return instance;
}

/**
 * Keeps SearchResults.astro's parts (inside `output`) in step with a search instance:
 * - a search that finds nothing shows the kind "nothing found" message and, when the typed words are
 *   close to words the site uses, "Did you mean …?" (search-recovery.ts, loaded only then);
 * - a broken index (a search that cannot run, a result whose text is missing, or a search that finds
 *   nothing because part of the index is missing) shows a message and a link to every article
 *   instead of the results, so no empty result is ever shown. `onFault` lets the page add its own
 *   fallback; the next search starts afresh.
 */
export function watchResults(instance: SearchInstance, output: HTMLElement, locale: Locale, onFault: () => void = () => undefined): void {
	const noResults = output.querySelector<HTMLElement>('[data-search-no-results]')!;
	const suggestion = output.querySelector<HTMLElement>('[data-search-suggestion]')!;
	const suggestionLink = suggestion.querySelector('a')!;
	const fault = () => {
		output.classList.add('search-output--fault');
		onFault();
	};
	instance.on('search', () => output.classList.remove('search-output--fault'));
	instance.on('error', fault);
	instance.on('results', ({ results }) => {
		const query = normaliseQuery(instance.searchTerm);
		const nothingFound = query !== '' && results.length === 0;
		noResults.hidden = !nothingFound;
		suggestion.hidden = true;
		// Pagefind fetches a result's text as it scrolls into view; if that fails it would leave the
		// result's placeholder for ever.
		for (const result of results) {
			const load = result.data.bind(result);
			result.data = () => load().catch((error: unknown) => (fault(), Promise.reject(error)));
		}
		if (!nothingFound) return;
		void import('./search-recovery.ts')
			.then(({ explainNothingFound }) => explainNothingFound(query, BUNDLE_PATH, locale))
			.then((found) => {
				if (normaliseQuery(instance.searchTerm) !== query) return;
				if (found.broken) return fault();
				if (!found.suggestion) return;
				suggestionLink.textContent = found.suggestion;
				suggestionLink.href = searchHref({ query: found.suggestion, topic: undefined }, locale);
				suggestion.hidden = false;
			})
			// Without the recovery script the kind message is still there.
			.catch(() => undefined);
	});
	// The link opens the search page; in place, it searches the corrected words and goes back to the box.
	suggestionLink.addEventListener('click', (event) => {
		event.preventDefault();
		instance.triggerSearch(suggestionLink.textContent ?? '');
		document.querySelector<HTMLInputElement>(`pagefind-input[instance="${output.dataset['searchOutput']}"] input`)?.focus();
	});
}
