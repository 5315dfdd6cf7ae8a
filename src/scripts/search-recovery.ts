// What to make of a search that found nothing: is the index broken (a half-finished update of the site),
// or did the reader use a word the site does not, perhaps misspelled? Loaded only when a search finds
// nothing, together with the vocabulary it needs, so a search that finds something costs nothing more.
import type { Locale } from '../i18n/locales.ts';
import { loadSearchWords } from '../i18n/search-words.ts';
import { vocabularyPath } from '../lib/search.ts';
import { suggestQuery } from '../lib/search-suggestion.ts';

/** The part of Pagefind's JavaScript API (https://pagefind.app/docs/api/) used here. */
interface PagefindApi {
	search(term: string): Promise<{ results: unknown[] }>;
}

export type NothingFound = { broken: true } | { broken: false; suggestion: string | undefined };

let pagefind: Promise<PagefindApi> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Retries on the next call if `promise` fails (the reader may come back online). */
function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
	promise.catch(forget);
	return promise;
}

async function loadVocabulary(locale: Locale): Promise<string[]> {
	const response = await fetch(vocabularyPath(locale));
	if (!response.ok) throw new Error(`${vocabularyPath(locale)}: ${response.status}`);
	return (await response.json()) as string[];
}

/**
 * Tells why a search for `query` found nothing. Pagefind itself says nothing when a part of its index is
 * missing: it just finds fewer pages. So the site's own subject, which every indexed page uses, is
 * searched too: when that finds nothing as well, the index is broken. Otherwise the typed words are
 * checked against the vocabulary of the page's language for a correction to offer.
 */
export async function explainNothingFound(query: string, bundlePath: string, locale: Locale): Promise<NothingFound> {
	try {
		pagefind ??= forgetOnFailure(
			import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>,
			() => (pagefind = undefined),
		);
		const { results } = await (await pagefind).search((await loadSearchWords(locale)).subjectWord);
		if (results.length === 0) return { broken: true };
	} catch {
		return { broken: true };
	}
	vocabulary ??= forgetOnFailure(loadVocabulary(locale), () => (vocabulary = undefined));
	// Without the vocabulary there is nothing to offer, but search itself works.
	const words = await vocabulary.catch(() => []);
	return { broken: false, suggestion: suggestQuery(query, words) };
}
