// The About page: who writes the site, how it chooses sources, reviews pages and measures reading level.
// Counts arrive as numbers, so the page never states a figure the content files do not support.
import { rich } from '../rich.ts';

export const about = {
	title: 'About this site',
	breadcrumb: 'About',
	description:
		'Who writes this site, how we choose sources, how we review articles, how we measure reading level, and how to report an error.',
	lede: (siteName: string) =>
		`${siteName} explains mesotherapy in plain words. We want you to know what the evidence shows before you decide anything.`,
	whoHeading: 'Who writes it',
	who: 'A small, independent editorial team writes and checks every page. We are not a clinic. We do not sell treatments or products.',
	noneReviewed: 'No page has been reviewed by a clinician yet, and each page says so in its review box.',
	someReviewed: (reviewed: number, pages: number) =>
		`${reviewed} of our ${pages} pages have been reviewed by a named clinician, as they are now. Each page's review box says whether it has.`,
	clinicalReview:
		'When a clinician reviews a page, the page shows their name, their qualifications, the date and, where there is one, the public register where you can check them. We keep a record of exactly which words and figures they checked. If we change the page after that, it says "Changed since its clinical review" until a clinician checks it again.',
	translations:
		'Pages in other languages are translations of the English pages. Each one says which English version it comes from, and warns you when the English page has changed since. No clinician who reads that language has reviewed them yet.',
	howWeWriteHeading: 'How we choose sources and write',
	startStrong: 'We start from the strongest sources we can find and work down:',
	sourceOrder: [
		'Regulators and government bodies, such as the NHS, the UK medicines regulator (MHRA) and the US Food and Drug Administration (FDA).',
		'Professional societies of doctors and surgeons.',
		'Systematic reviews, which pull together all the studies on a question.',
		'Single studies and case reports.',
		'Consumer health publishers, only where nothing stronger exists.',
	],
	adverts:
		'Much of what you read about mesotherapy online comes from clinic adverts. Some of it is wrong, for example claims that it has no side effects. We use adverts only to learn what people are told, and we say what the evidence shows instead.',
	ownWords: 'Every fact names its source. Where sources disagree, we show each side. We write every page in our own words.',
	links: (linked: number, total: number, unlinked: number) =>
		rich([
			`We link to the original publisher, journal, PubMed record or regulator wherever we could confirm its official web address. That is ${linked} of our ${total} sources. For the other ${unlinked}, our `,
			{ link: '/sources/', text: 'sources page' },
			' gives the full reference and says why there is no link. We never link to copies.',
		]),
	reviewCycleHeading: 'How often we review',
	reviewCycle: (months: number) =>
		`Every article shows when we last checked it and when the next check is due. The next check is never more than ${months} months away. If a check is overdue, the page says so at the top until an editor has checked it again, so you know some of it may be out of date.`,
	history: rich([
		'Each page ends with its history: what we changed and when. ',
		{ link: '/updates/', text: 'All updates' },
		' are listed together, and ',
		{ link: '/corrections/', text: 'every correction' },
		' has its own list.',
	]),
	readingLevelHeading: 'Reading level',
	readingGuidance: rich([
		'Health guidance says patient information should be easy to read. Advice for key safety messages is to write at about grade 6 or below, and never above grade 7 to 8.',
		{ cite: 'epa-readability' },
		' Many health websites are much harder than that.',
		{ cite: 'eltorai-2015-readability' },
		{ cite: 'agarwal-2013-readability' },
	]),
	/** How this language's pages are measured; `limit` is the build's gate. */
	readingMeasure: (limit: number) =>
		`We measure each article with the Flesch–Kincaid grade. It looks at how long the sentences are and how many syllables the words have. Grade 7 means a typical 12 to 13 year old in the US school system could read it. Our build stops any article above grade ${limit}, and each article shows its grade at the top.`,
	formulaLimits: rich([
		'A formula cannot tell whether a page makes sense. It can be fooled by short words that are still hard to understand. So we also use plain words, explain medical terms, and keep the most important advice short.',
		{ cite: 'nih-clear-and-simple' },
		' Shorter sentences and fewer long words make health pages easier to read.',
		{ cite: 'asmr-2023-readability' },
	]),
	moneyHeading: 'Money and conflicts of interest',
	money:
		'We have none to declare. We show no adverts, use no affiliate links, and take no money from clinics or makers of products. Clinics may put our free session estimator on their own websites. It shows the same evidence and warnings as this site, and it does not collect any data about their visitors.',
	privacyHeading: 'Privacy',
	privacy: 'This site sets no cookies and uses no analytics or trackers. Search runs inside your browser.',
	reportHeading: 'Report an error',
	report: (email: string) =>
		rich([
			'If you think something on this site is wrong or out of date, please email ',
			{ link: `mailto:${email}`, text: email },
			'. Tell us the page and, if you can, a source. We check every report and correct mistakes openly.',
		]),
	noAdvice: rich([
		'We cannot give personal medical advice by email. If you are unwell after a treatment, read ',
		{ link: '/side-effects/', text: 'when to get help' },
		'.',
	]),
};
