import { DEFAULT_CTA_LABEL, WARNINGS } from '../../lib/embed-contract.ts';
import { site } from './site.ts';

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
	/**
	 * The session estimator, its no-JavaScript table and its calendar files. In templates, {goal} is the goal's
	 * label as written and {goalLower} the same in lower case, so each language puts it where its grammar wants.
	 */
	estimator: {
		/** The site's name in this language, for the printed summary (the islands get no other dictionary). */
		siteName: site.meta.name,
		title: 'How many sessions? See what sources report',
		sharedBy: 'Shared by {clinic}',
		intro:
			'This tool shows first what the best tests found, then what studies and health websites report about sessions. It is for learning only. It is not a quote, a diagnosis or a plan from a doctor, and it cannot tell you if the treatment will work for you.',
		linkNotesIntro: 'We could not use part of the link you followed:',
		/** Why part of a shared link was left out (codes from src/lib/estimator-url.ts). */
		linkNote: "The link's {what} ({value}) {why}, so we left it out.",
		linkParts: { goal: 'goal', grade: 'grade', start: 'start date', sessions: 'number of sessions', every: 'days between sessions' },
		linkReasons: {
			'unknown-goal': 'is not one we have figures for',
			'grade-not-applicable': 'does not apply to {goalLower}',
			'grade-needs-goal': 'needs a goal that has grades',
			'unknown-grade': 'is not a {goalLower} grade (they go from {min} to {max})',
			'bad-date': 'is not a real date written as YYYY-MM-DD',
			'bad-number': 'is not a whole number from {min} to {max}',
		},
		errorPrefix: 'Error: ',
		formLabel: 'Choose a goal',
		goalLegend: 'What do you want to treat?',
		gradeLegend: 'How easy is the {goalLower} to see? (optional)',
		/** Followed by the grade scale's sources and a full stop. */
		gradeHint: 'Doctors sort {goalLower} into grades. These are the published {scale} grades',
		noGrade: 'Not sure, or no grade',
		gradeOption: 'Grade {grade}: {description}',
		showResult: 'Show what sources report',
		prompt: 'Choose what you want to treat to see what sources report.',
		/** What each disclosure of the compact widget (inside clinics' frames) holds. */
		disclosures: { grade: 'Choose a grade (optional)', sources: 'Where the numbers come from', plan: 'Your plan, a timeline and dates' },
		planLegend: 'Your plan (optional)',
		ownNumbers: 'These are your own numbers.',
		exampleFilled:
			'We filled in an example: what {source} reported. It is not a recommendation. Type the plan a clinic offered you to compare it.',
		sessionsLabel: 'Number of sessions',
		everyLabel: 'Days between sessions',
		startLabel: 'Date of the first session',
		everyHint: 'The time from one session to the next.',
		startHint: 'Optional. With a date you get a list of dates.',
		showExample: 'Show the example again',
		/** Problems with what a reader typed (codes from src/lib/estimator.ts and schedule.ts). */
		problems: {
			sessions: 'Enter a whole number of sessions from {min} to {max}.',
			intervalDays: 'Enter a whole number of days from {min} to {max}.',
			'not-a-date': 'Enter a real date, for example 2027-01-10.',
			'year-out-of-range': 'Enter a date between the years {min} and {max}.',
		},
		/** Why no estimate can be made (a goal or grade from an old link, or a goal with no usable figure). */
		estimateProblems: {
			'unknown-goal': 'We have no figures for "{goal}". Choose one of: {goals}.',
			'no-grades': '{goal} has no grades. Leave the grade out.',
			'grade-out-of-range': '{goal} grades go from {from} to {to}.',
			'no-timed-figure': '{goal} has no sourced figure with the time between sessions.',
		},
		/** "Book a consultation — clinic.example": a clinic's button always shows where it leads. */
		cta: '{label} — {host}',
		opensInNewTab: ' (opens in a new tab)',
		/** The button a clinic did not label. */
		defaultCtaLabel: DEFAULT_CTA_LABEL,

		verdictHeading: 'What the best evidence found',
		strengths: { 'no-benefit': 'No benefit found in a fair test', unproven: 'Not shown to work', weak: 'Weak evidence' },
		resultHeading: 'What sources report for {goalLower}',
		resultHeadingGrade: 'What sources report for {goalLower}, grade {grade}',
		factsIntro: 'What sources report about sessions, strongest source first:',
		facts: { sessions: 'Sessions', gap: 'Time between sessions', span: 'From first to last session' },
		keepInMind: 'Keep in mind:',
		topUps: 'Top-up sessions later: ',
		noTopUpSource: 'No source we found says how long results last or when to repeat them. ',
		/** How far the sources agree (codes from src/lib/estimator.ts). */
		agreement: {
			'one-source': 'Only one source gives numbers for this, so we cannot compare sources.',
			both: 'The sources overlap on both the number of sessions and the time between them.',
			sessions: 'The sources overlap on the number of sessions, but not on the time between them.',
			interval: 'The sources overlap on the time between sessions, but not on the number of sessions.',
			neither: 'The sources do not agree on the number of sessions or on the time between them.',
		},
		numbersFrom: 'The numbers come from {sources}.',
		readMore: 'Read what the evidence says about {goalLower}',
		sourcesLabel: 'Where the numbers for {goalLower} come from',
		clinicClaim: 'Quoted by some clinics; we found no study behind this number',
		/** A clinic claim's grades in the table: "(grade 2, 3)". */
		claimGrades: '(grade {grades})',
		apart: '{gap} apart',
		noGapGiven: 'no time between sessions given',
		spanFirstToLast: '{span} from first to last',
		atShortestGap: '{span} from first to last at the shortest gap',
		notApproved: 'Not approved: ',
		notApprovedTreatment: 'Not an approved treatment: ',

		/** Numbers as sources report them: exact, a range, "up to" or "or more". */
		sessions: {
			exact: { one: '{count} session', other: '{count} sessions' },
			range: '{min} to {max} sessions',
			upTo: { one: 'up to {count} session', other: 'up to {count} sessions' },
			orMore: '{min} or more sessions',
		},
		days: {
			exact: { one: '{count} day', other: '{count} days' },
			range: '{min} to {max} days',
			upTo: { one: 'up to {count} day', other: 'up to {count} days' },
			orMore: '{min} or more days',
		},
		/** Weeks are rounded from days, so they always say "about". */
		weeks: {
			exact: { one: 'about {count} week', other: 'about {count} weeks' },
			range: 'about {min} to {max} weeks',
			upTo: { one: 'up to about {count} week', other: 'up to about {count} weeks' },
			orMore: 'about {min} or more weeks',
		},
		noFigure: 'no figure',

		exampleHeading: 'The example in weeks',
		exampleHeadingDates: 'The example in weeks and dates',
		ownHeading: 'Your plan in weeks',
		ownHeadingDates: 'Your plan in weeks and dates',
		/** Around the example's source, which is a link. */
		exampleFromBefore: 'Example: what ',
		exampleFromAfter: ' reported',
		notARecommendation: 'It is not a recommendation.',
		noGradePlan: 'No source gives a plan for grade {grade} {goalLower}. This example is a general figure for every grade.',
		correctPlan: 'Correct the plan above to see it here.',
		exampleUses: 'The timeline below uses {plan}.',
		ownPlan: 'Your plan: {plan}.',
		/** "4 sessions, 28 days apart". */
		planWords: '{sessions}, {days} apart',
		/** How a plan compares with what the sources report. */
		compareSessions: {
			below: 'A plan of {plan} is fewer than what the sources report ({range}).',
			within: 'A plan of {plan} is within what the sources report ({range}).',
			above: 'A plan of {plan} is more than what the sources report ({range}).',
		},
		compareGap: {
			below: 'A gap of {gap} is shorter than what they report ({range}).',
			within: 'A gap of {gap} is within what they report ({range}).',
			above: 'A gap of {gap} is longer than what they report ({range}).',
		},
		firstSession: 'First session',
		sameDay: 'Same day',
		dayNumber: 'Day {day}',
		oneSession: 'One session, so there is no time between sessions.',
		sessionDays: 'Sessions on day {days} after the first one: {span} from first to last.',
		sessionDate: 'Session {number}: ',
		addDate: 'Add the date of your first session above to see dates.',
		addDateCalendar: 'Add the date of your first session above to see dates and get a calendar file.',
		reminder: 'These are example dates, not medical advice. A clinic should explain why it suggests its plan.',
		noCalendar: {
			'no-benefit': 'We do not make calendar files for {goalLower}, because the best fair test found no benefit.',
			'example-plan': 'We make a calendar file only from numbers you type, such as a plan a clinic offered you, never from the example.',
		},
		addToCalendar: 'Add to calendar (.ics)',
		print: 'Print this summary',
		printedFrom: 'Printed from {site}: {url}',
		printedFromSite: 'Printed from {site} ({url})',
		noScript: 'The estimator needs JavaScript to change the goal or add your own dates.',
		noScriptTable: 'See the figures for every goal in one table',
		table: {
			caption: 'What the best evidence found for each goal, then what sources report about sessions. None of these is a standard plan.',
			goal: 'Goal',
			sessions: 'Sessions',
			gap: 'Time between sessions',
			span: 'First to last session',
			reportedBy: 'Reported by',
		},
	},
	/** Calendar files (.ics) made from a reader's own plan. */
	calendar: {
		productId: '-//Mesotherapy Explained//Session estimator//EN',
		name: 'Mesotherapy plan: {goal}',
		fileName: 'mesotherapy-plan',
		summary: 'Mesotherapy session {number} of {total} ({goal}), example date',
		/** {verdict}: what the best evidence found, as a sentence with its sources. */
		verdict: '{strength}. {text} ({sources})',
		description:
			'What the best evidence found: {verdict} Example date from a plan based on {basis}, starting {start}. There is no standard plan: confirm every date with your clinic. What the evidence says: {url}',
		ownNumbers: 'your own numbers',
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
		/** What a clinic's frame shows for a wrong address under /embed/. */
		notFound: {
			title: 'Not found',
			description: 'This part of the session estimator was not found.',
			heading: 'This part of the estimator was not found',
			text: 'The address in this frame may be mistyped.',
			link: 'Open the session estimator on our site',
			newTab: '(it opens in a new tab)',
		},
	},
};

export type IslandWords = typeof islands;
