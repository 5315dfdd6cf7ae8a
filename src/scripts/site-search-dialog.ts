// The header's search dialog: Pagefind's modal with this site's results layout. Loaded only when a reader
// first asks for search (SiteSearch.astro's small script), so pages that are never searched fetch none of it.
import { loadSearchWords, pageLocale } from '../i18n/search-words.ts';
import { normaliseQuery, searchHref } from '../lib/search.ts';
import { loadSearchUi, searchInstance, watchResults } from './pagefind-ui.ts';

interface PagefindModal extends HTMLElement {
	dialogEl: HTMLDialogElement;
	isOpen: boolean;
	open(): void;
}

let modal: Promise<PagefindModal> | undefined;
let returnFocusTo: HTMLElement | undefined;

/** Builds the dialog from the header's template, once per page. */
async function createModal(template: HTMLTemplateElement): Promise<PagefindModal> {
	// In the dialog Escape closes rather than clears, so the key hint says so.
	const locale = pageLocale();
	const instance = await searchInstance('header', locale, { keyboard_clear: (await loadSearchWords(locale)).keyboardClose });
	document.body.append(template.content.cloneNode(true));
	const element = document.body.querySelector<PagefindModal>('pagefind-modal[instance="header"]')!;
	watchResults(instance, element.querySelector<HTMLElement>('[data-search-output]')!, locale);
	const pageLink = element.querySelector<HTMLAnchorElement>('[data-site-search-page-link]')!;
	instance.on('search', (term) => {
		pageLink.href = searchHref({ query: normaliseQuery(term), topic: undefined }, locale);
	});
	element.dialogEl.addEventListener('close', () => {
		returnFocusTo?.focus();
		returnFocusTo = undefined;
	});
	return element;
}

/** Starts fetching Pagefind's UI before it is needed (a reader heading for the button). */
export const preloadSearch = (): Promise<unknown> => loadSearchUi();

/**
 * Opens the dialog built from `template`; closing it returns focus to `focused`. Rejects when the search
 * files cannot load, so the caller can send the reader to the search page instead.
 */
export async function openSearchDialog(template: HTMLTemplateElement, focused: HTMLElement | undefined): Promise<void> {
	if (await modal?.then((element) => element.isOpen).catch(() => false)) return;
	returnFocusTo = focused;
	try {
		modal ??= createModal(template);
		(await modal).open();
	} catch (error) {
		// A later attempt may succeed (the reader may come back online).
		modal = undefined;
		throw error;
	}
}
