// The words of site search: the header's search box and dialog, the search page, and what Pagefind's own
// components say. A small module of its own, because the search scripts in the browser load it.
export const search = {
	/** The header's search form. */
	formLabel: 'Site',
	fieldLabel: 'Search this site',
	button: 'Search',
	placeholder: 'For example: fat jabs, eye bags',
	openPage: 'Open the search page',
	/** The search page. */
	needsJs: 'Search needs JavaScript, which is turned off in your browser. Every article is listed below with a short summary.',
	loading: 'Loading search…',
	searchLabel: 'Search for a word or a worry',
	showPagesAbout: 'Show pages about',
	allTopics: 'All topics',
	/** A topic choice with how many pages it would show: "Hair (3)". */
	withCount: (label: string, count: number) => `${label} (${count})`,
	partsOfPage: 'Parts of this page',
	/** The search files did not load at all. */
	loadFailed: 'Search could not load. Check your connection and reload the page, or browse every article below.',
	/** In `npm run dev` before the first build there is no index to load. */
	needsBuild: 'Search needs a build of the site: run “npm run build” once, then reload this page.',
	/** Search started but part of the index is missing or broken (a half-finished update of the site). */
	broken: 'Search is not working right now. Please try again in a few minutes, or browse every article instead.',
	/** The link to the article list shown with `broken`. */
	browseArticles: 'Browse every article',
	/** Offered when a search finds nothing but a word is close to one the site uses. */
	didYouMean: 'Did you mean',
	noResults: {
		title: 'We could not find a page with those words.',
		advice: 'That is not your fault: try fewer words, another word for the same thing, or check the spelling.',
		browse: 'You can also look through the pages yourself:',
		allTopics: 'All topics',
		allTopicsDetail: ': every article, with a short summary',
		sideEffects: 'Side effects and when to get help',
		sideEffectsDetail: ': common worries after a treatment',
		emergency: 'If you think it is an emergency:',
	},
	/** Pagefind's keyboard hint for Escape in the header dialog, which closes it. */
	keyboardClose: 'close',
	/** Pagefind's own wording (its translation keys), plainer than its defaults, which speak of "results". */
	pagefind: {
		keyboard_search: 'Search',
		zero_results: 'No pages found for “[SEARCH_TERM]”',
		one_result: '1 page found for “[SEARCH_TERM]”',
		many_results: '[COUNT] pages found for “[SEARCH_TERM]”',
		searching: 'Searching for “[SEARCH_TERM]”…',
		error_search: 'Search could not load',
	},
	/**
	 * A word every indexed page of this language uses. When a search finds nothing, searching for it tells a
	 * broken index (it finds nothing either) from words the site does not use.
	 */
	subjectWord: 'mesotherapy',
};
