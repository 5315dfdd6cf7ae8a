// The words of the site's frame (header, search) in one place, so a label reads the same wherever it
// appears and a wording change is one edit. Features with their own vocabulary keep it next to them
// (the islands' words are in src/i18n/<locale>/islands.ts).

/** The page header. */
export const HEADER_WORDING = {
	/** The button that opens the navigation on narrow screens. */
	menu: 'Menu',
	/** The link at the end of each article section back to the header (menu and search). */
	backToTop: 'Back to top: menu and search',
} as const;

/** Site search: the search page and the header's search dialog. */
export const SEARCH_WORDING = {
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
} as const;
