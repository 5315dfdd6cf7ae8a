// The English words of the site's pages and their frame: header, footer, article chrome, reviews, the pages'
// own text. Sentences with a number or a date are functions, so each language orders its own words;
// paragraphs with links are Rich parts (src/i18n/rich.ts). Dates and numbers arrive already formatted.
import type { FaqCategory } from '../../lib/schemas/faq.ts';
import type { ChangeKind } from '../../lib/schemas/page-history.ts';
import type { SourceKind } from '../../lib/schemas/source.ts';
import type { Topic } from '../../lib/topics.ts';
import { rich } from '../rich.ts';

export const site = {
	meta: {
		name: 'Mesotherapy Explained',
		tagline: 'Plain, honest, sourced information about mesotherapy',
		description:
			'Independent patient information about mesotherapy: what it is, what the evidence shows, risks, side effects and when to get help.',
		/** The <title> of every page but the home page. */
		pageTitle: (title: string, siteName: string) => `${title} | ${siteName}`,
		shareImageAlt:
			'Mesotherapy Explained. Patient information: plain, honest, sourced information about mesotherapy: what it is, what the evidence shows, and when to get help.',
		skipLink: 'Skip to main content',
	},
	header: {
		/** The button that opens the navigation on narrow screens. */
		menu: 'Menu',
		mainNavigation: 'Main',
		/** The link at the end of each article section back to the header (menu and search). */
		backToTop: 'Back to top: menu and search',
		nav: { topics: 'Topics', sideEffects: 'Side effects', estimator: 'Session estimator', forClinics: 'For clinics' },
		/** The language switcher's label; each language is named in itself (LOCALE_INFO). */
		languages: 'Language',
	},
	footer: {
		disclaimerTitle: 'This site is for education, not medical advice.',
		disclaimer:
			'It cannot diagnose you or tell you which treatment is right for you. Talk to a doctor or other licensed health professional about your own health.',
		privacyTitle: 'Privacy:',
		privacy: 'no cookies, no tracking, no advertising. Nothing you type here leaves your browser.',
		links: {
			about: 'About us and how we write',
			sources: 'All our sources',
			glossary: 'Glossary',
			updates: 'Updates and corrections',
			sideEffects: 'Side effects and when to get help',
		},
	},
	breadcrumbs: { label: 'Breadcrumb', home: 'Home', topics: 'Topics' },
	topics: {
		basics: 'The basics',
		body: 'Body and fat',
		face: 'Face and eyes',
		hair: 'Hair',
		safety: 'Safety and side effects',
		planning: 'Planning a treatment',
	} satisfies Record<Topic, string>,
	article: {
		atAGlance: 'At a glance',
		onThisPage: 'On this page',
		topic: (topic: string) => `Topic: ${topic}`,
		/** The reading level line at the top of an article: the score as readers see it. */
		readingLevel: (score: number) => `Reading level: about grade ${score}`,
		whatThisMeans: 'what this means',
		whatWeDontKnow: "What we don't know",
	},
	sources: {
		heading: 'Sources',
		intro: 'We checked each fact on this page against these sources. Links go to the original publisher, journal or regulator.',
		seeAll: 'See every source we use',
		noDate: 'No date',
		one: 'Source',
		many: 'Sources',
		kinds: {
			regulator: 'Regulators and government',
			society: 'Professional societies',
			'systematic-review': 'Systematic reviews',
			review: 'Other reviews',
			trial: 'Clinical studies',
			'case-report': 'Case reports and outbreak reports',
			guideline: 'Guidance on writing for patients',
			book: 'Books',
			consumer: 'Consumer health publishers',
		} satisfies Record<SourceKind, string>,
	},
	helpBox: {
		heading: 'When to get help',
		intro: 'Most side effects are mild and settle by themselves. These signs need help:',
		doThisIf: 'Do this if you have:',
		everySign: 'See every warning sign and its question',
		/** The question on reporting a side effect to the regulators. */
		reportProblem: 'How to report a problem with your treatment',
	},
	glossaryTerm: { more: 'More in the glossary' },
	faq: {
		linkToQuestion: 'Link to this question',
		seeAllQuestions: (count: number) => `See all ${count} questions about side effects`,
		categories: {
			'during-treatment': 'During the treatment',
			'first-days': 'The first few days',
			'weeks-later': 'Weeks later',
			infection: 'Infection',
			'allergic-reaction': 'Allergic reactions',
			'skin-changes': 'Skin changes and scars',
			'face-and-eyes': 'Face and eyes',
			'fat-dissolving-injections': 'After fat-dissolving injections',
			hair: 'Hair',
			'before-treatment': 'Before your treatment',
			'getting-help': 'Getting help and reporting a problem',
		} satisfies Record<FaqCategory, string>,
	},
	translation: {
		/** On every translated page until a clinician who reads its language has reviewed it. */
		status: (date: string) => `Translated from the English page of ${date}; not yet reviewed by a clinician who reads this language.`,
		/** When the English page changed after the translation was made. */
		stale: (date: string) => `The English version was updated on ${date}; this translation may not include those changes.`,
		/** The same, for a page with no history to date the change. */
		staleUndated: 'The English version has changed since; this translation may not include those changes.',
		readEnglish: 'Read the English page',
		/** At the foot of every translated page: the whole edition's status, in its language. */
		edition: 'This edition is translated from the English one. No clinician who reads this language has reviewed it yet.',
	},
	review: {
		box: {
			title: 'About this page',
			lastReviewed: 'Last reviewed',
			nextReviewDue: 'Next review due',
			clinicalReview: 'Clinical review',
			lastChanged: 'Last changed',
			howWeReview: 'How we write and review',
			reportError: 'Report an error',
		},
		/** No clinician has reviewed the page. */
		notClinicallyReviewed: 'Written from the cited sources; not yet reviewed by a clinician.',
		/** A clinician approved the content as it is now. */
		clinicallyReviewed: (name: string, credentials: string, date: string) => `Clinically reviewed by ${name}, ${credentials}, on ${date}.`,
		/** Before the link to the reviewer's entry on a public register. */
		checkRegister: 'Check their registration:',
		register: (name: string, number: string) => `${name} number ${number}`,
		/** A clinician reviewed the page, and its content has changed since. */
		changedSinceReview: (date: string) => `Changed since its clinical review on ${date}.`,
		changedSinceReviewDetail: 'A clinician has not yet checked the newer version.',
		/** The next review date has passed. */
		dueForReview: 'This page is due for review.',
		dueForReviewDetail: (date: string) =>
			`We planned to check it again by ${date}. Some of it may be out of date. Ask a doctor or nurse before you decide anything.`,
		history: {
			title: 'Page history',
			intro: 'What changed on this page, newest first.',
			kinds: { new: 'New page', update: 'Update', correction: 'Correction' } satisfies Record<ChangeKind, string>,
			allUpdates: 'All updates to the site',
		},
		updates: {
			title: 'Updates',
			description: 'What changed on this site, newest first. Corrections are marked.',
			lede: 'Every change we make to a page, newest first. When something we said was wrong, we mark the change as a correction.',
			corrections: 'See only the corrections',
			feed: 'Follow these updates with a feed reader (RSS)',
			feedTitle: 'Mesotherapy Explained: updates',
		},
		corrections: {
			title: 'Corrections',
			description: 'Every time we found something wrong on this site and corrected it.',
			lede: 'When something on a page was wrong, we correct it and list it here. We found these ourselves or were told about them.',
			allUpdates: 'See every update, not only corrections',
			none: 'We have not corrected anything yet.',
			report: 'Think something is wrong? Tell us.',
		},
	},
	home: {
		heading: 'Mesotherapy: what it is, what the evidence shows, and how to stay safe',
		lede: 'Mesotherapy means many small injections into the skin. Clinics offer it for fat, cellulite, the face and hair loss. This site explains it in plain words, with a source for every fact.',
		worried: rich([
			'We do not sell treatments, take adverts or track you. If you already had a treatment and something feels wrong, go to ',
			{ link: '/side-effects/', text: 'side effects and when to get help' },
			'.',
		]),
	},
	articles: {
		title: 'All topics',
		description: 'Every article on mesotherapy: the basics, body, face, hair, safety and planning a treatment.',
		intro: 'Each article is written from published sources and lists them at the end.',
	},
	sideEffects: {
		title: 'Side effects and when to get help',
		breadcrumb: 'Side effects',
		description:
			'Answers to common worries after mesotherapy, from bruising to lumps weeks later, each with how urgent it is and what to do.',
		keywords: ['side effects', 'is this normal', 'worried after treatment', 'when to get help', 'complications', 'reaction'],
		lede: 'Most side effects are mild and settle by themselves. A few need help fast. Find your question below: each one says how urgent it is and what to do.',
		questions: 'Questions about side effects',
		questionsIntro: rich([
			'These answers give general information from our ',
			{ link: '/sources/', text: 'sources' },
			'. They do not replace advice from a doctor who can see you. For more detail, read ',
			{ link: '/articles/risks-and-side-effects/', text: 'risks and side effects' },
			'.',
		]),
		getHelpNow: 'Get help now if you have these signs',
		trustYourself: 'If you are worried, trust that feeling and get help. You do not need to be sure first.',
	},
	glossary: {
		title: 'Glossary',
		description: 'Plain-language meanings of the medical words used on this site, from abscess to subcutaneous fat.',
		keywords: ['glossary', 'meaning', 'definition', 'medical words', 'jargon', 'dictionary'],
		intro: 'Medical words used on this site, in plain English.',
		alsoCalled: (names: string) => `(also called ${names})`,
		readMore: (term: string) => `Read more about ${term.toLowerCase()}`,
	},
	sourcesPage: {
		title: 'Sources',
		heading: 'Our sources',
		description: 'Every source behind this site, grouped by kind, with the articles that cite each one.',
		intro:
			'Every fact on this site comes from one of these sources. We link to the original publisher, journal, PubMed record or regulator. Where we could not confirm an official web address, we give the full reference instead of a link.',
		groups: 'Groups',
		citedIn: 'Cited in:',
		background: 'Background for our editors; not cited on a page.',
	},
	notFound: {
		title: 'Page not found',
		description: 'We could not find that page.',
		heading: 'We could not find that page',
		intro: 'The address may be mistyped, or the page may have moved.',
		home: 'Go to the home page',
		search: 'Search the site',
		sideEffects: 'Worried about a side effect? Read when to get help',
		allArticles: 'All articles',
	},
	searchPage: {
		title: 'Search',
		description: 'Search every article in your own words, such as fat jabs, eye bags or a lump after an injection.',
		intro: 'Type the words you would use yourself. For example: “fat jabs”, “going bald” or “lump after injection”.',
		allArticles: 'All articles',
	},
	estimatorPage: {
		title: 'Session estimator',
		description:
			'What the best tests found for each mesotherapy goal, then how many sessions studies and health websites report, with every source.',
		keywords: ['how many sessions', 'how often', 'how long does it take', 'schedule', 'treatment plan', 'number of treatments'],
		heading: 'How many sessions, and for how long?',
		lede: 'First see what the best tests found for each goal. Then see what studies and health websites report about the number of sessions, the time between them and how long a course takes. There is no standard plan, so the numbers differ a lot.',
		everyGoal: 'Every goal at a glance',
		howWeWorkItOut: 'How we work it out',
		method: [
			'For each goal we first say what the best fair test found, with its source. A fair test compares treated people, or treated skin, with a comparison group.',
			'We use only numbers that a study or a health website reports. We show each one with its source.',
			'We list the strongest source first: medicine regulators, then reviews and studies. Consumer health websites come last.',
			'The example is what one source reported. It is not a recommendation, and we say when the shots in it are not approved.',
			'We make a calendar file only from numbers you type, such as a plan a clinic offered you. We do not make one for goals where the best fair test found no benefit.',
			'The ranges run from the lowest to the highest number the sources give.',
			'The time from first to last session comes from each source\'s own plan. Where a source gives only a shortest gap, such as "at least 1 month apart", we use that gap.',
			'Some numbers that clinics quote have no study behind them. We show them, marked as clinic claims, but we leave them out of the ranges.',
			'We round weeks to the nearest whole week. A month counts as 30 days.',
			'The estimator works in your browser. It does not save what you enter or send it to us. Your choices appear in the page address, so you can share the plan if you want to.',
		],
		forClinics: rich([
			'Clinics can show this estimator on their own website. ',
			{ link: '/for-clinics/', text: 'Read how it works for clinics' },
			'.',
		]),
	},
};
