import { WARNINGS } from '../../lib/embed-contract.ts';

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
	configurator: {
		formLabel: 'Widget settings',
		/** Example values the form starts with. */
		example: { clinicName: 'Sunrise Clinic', ctaLabel: 'Book a consultation' },
		labels: {
			'clinic-name': 'Clinic name',
			'cta-url': 'Button link',
			'cta-label': 'Button text',
			accent: 'Accent colour',
			lang: 'Language',
		},
		hints: {
			'clinic-name': 'Plain text, up to {max} characters. Shown as "Shared by …".',
			'cta-url': 'Your booking or contact page. It must start with https://. Leave it empty for no button.',
			'cta-label': 'Up to {max} characters. Shown only with a link.',
			lang: 'The language of the widget and of the pages it links to. The figures and sources are the same in every language.',
		},
		/**
		 * What is wrong with a refused value: in English, the console's own warning, so a clinic can search for it.
		 * Other languages may use {max} (the attribute's limit), {languages} and {default}.
		 */
		problems: WARNINGS,
		errorPrefix: 'Error: ',
		accentHint: {
			white: 'Button text on it will be white, with a contrast of {ratio} to 1.',
			black: 'Button text on it will be black, with a contrast of {ratio} to 1.',
		},
		goals: 'Goals to show',
		goalsHint: 'Tick none to show every goal.',
		snippetHeading: 'Your snippet',
		pin: 'Pin version {version} (Subresource Integrity)',
		pinHint: 'A pinned version never changes and the browser checks it byte for byte. You get our fixes only when you update the snippet.',
		copy: 'Copy the snippet',
		copied: 'Copied. Paste it into your page where the estimator should appear.',
		copyBlocked: 'Your browser blocked copying. The snippet is selected: press Ctrl+C (or Cmd+C) to copy it.',
		plainFrame: 'No outside scripts allowed? Use a plain frame instead',
		plainFrameText:
			'This frame has a fixed height, so what a visitor opens scrolls inside it. Add this to your stylesheet for its width and a height that fits phones and computers:',
		frameStyles: 'Frame styles',
		frameSnippet: 'Plain frame snippet',
		preview: 'Preview',
		previewHint: 'This is the real widget, as your visitors will see it.',
	},
	/** The page inside clinics' frames (/embed/estimator/). */
	embedPage: {
		title: 'Session estimator',
		description:
			'What the best tests found for each mesotherapy goal, then how many sessions studies and health websites report, how far apart and for how long.',
		everyGoal: 'The figures for every goal',
		/** Around the link to the site, whose name goes between them. */
		fromBefore: 'From ',
		fromAfter:
			', an independent patient information site. The clinic showing it did not write it. It is for learning only: it is not a quote, a diagnosis or medical advice, and it cannot tell you if the treatment will work for you.',
	},
};

export type IslandWords = typeof islands;
