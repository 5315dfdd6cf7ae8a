// Words the side-effect FAQ filter shows, in one place, for the codes src/lib/faq-filter.ts returns.
import type { FaqMatch } from '../../lib/faq-filter.ts';

export const FILTER_WORDING = {
	formLabel: 'Filter the questions',
	boxLabel: 'Filter the questions',
	hint: 'Type a word, such as bruise, lump or itchy. Spelling does not need to be perfect.',
	/** The disclosure that holds the topic chips and the urgency choice. */
	moreFilters: 'Filter by topic or urgency',
	topics: 'Topics',
	urgency: 'How urgent',
	anyUrgency: 'Any urgency',
	/** Above the first matches, listed right under the box so they show above a phone's keyboard. */
	bestMatches: 'Best matches, most urgent first:',
	openAll: 'Open all answers',
	closeAll: 'Close all answers',
	clear: 'Clear filters',
} as const;

/** What the count adds when the typed words did not all match. */
export const MATCH_NOTES: Partial<Record<FaqMatch, string>> = {
	some: 'No question has all your words, so these are the closest.',
	nothing: 'Check the spelling, try one word, or clear the filters. If you are worried, see the signs at the top of the page.',
};
