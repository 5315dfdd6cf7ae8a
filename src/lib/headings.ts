import { useTranslations } from '../i18n/index.ts';

/** A heading in an article's "On this page" list. */
export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

/** Boxes that print their own H2, with the id their heading gets (the same in every language). */
export const BOX_HEADINGS = {
	WhatWeDontKnow: { depth: 2, slug: 'what-we-dont-know' },
	WhenToGetHelp: { depth: 2, slug: 'when-to-get-help' },
} as const;
export type BoxName = keyof typeof BOX_HEADINGS;

/** The English heading of each box; pages pass their language's to headingsWithBoxes. */
const { site: english } = useTranslations('en');
const ENGLISH_BOX_TEXTS: Record<BoxName, string> = {
	WhatWeDontKnow: english.article.whatWeDontKnow,
	WhenToGetHelp: english.helpBox.heading,
};

const isBox = (name: string): name is BoxName => Object.hasOwn(BOX_HEADINGS, name);

/**
 * The article's markdown headings plus the headings that boxes such as <WhenToGetHelp> print
 * themselves, in the order they appear in the MDX body.
 */
export function headingsWithBoxes(
	headings: readonly TocHeading[],
	body: string,
	boxTexts: Record<BoxName, string> = ENGLISH_BOX_TEXTS,
): TocHeading[] {
	const result: TocHeading[] = [];
	let next = 0;
	for (const line of body.split('\n')) {
		const markdown = /^(#{1,6})\s/.exec(line);
		if (markdown && headings[next]?.depth === markdown[1]!.length) {
			result.push(headings[next]!);
			next += 1;
			continue;
		}
		const box = /^<(\w+)[\s>]/.exec(line.trim());
		const name = box?.[1];
		if (name && isBox(name) && !result.some((heading) => heading.slug === BOX_HEADINGS[name].slug)) {
			result.push({ ...BOX_HEADINGS[name], text: boxTexts[name] });
		}
	}
	return [...result, ...headings.slice(next)];
}
