// Words of the interactive parts: the side-effect FAQ filter, the session estimator and the clinic configurator.
// Their Astro wrappers pass each island its part as a prop, so an island's JavaScript never holds another
// language's words. Plain data only (props are serialized into the page): {placeholders} are filled in and
// plural forms chosen by src/i18n/format.ts.

export const islands = {
	faqFilter: {
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
		/** The count the page shows and announces; the form follows the total. */
		count: { one: 'Showing {shown} of {count} question', other: 'Showing {shown} of {count} questions' },
		/** What the count adds when the typed words did not all match (codes from src/lib/faq-filter.ts). */
		matchNotes: {
			some: 'No question has all your words, so these are the closest.',
			nothing: 'Check the spelling, try one word, or clear the filters. If you are worried, see the signs at the top of the page.',
		},
	},
};

export type IslandWords = typeof islands;
