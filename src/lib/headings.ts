/** A heading in an article's "On this page" list. */
export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

/** Boxes that print their own H2, with the id their heading gets. */
export const BOX_HEADINGS: Record<string, TocHeading> = {
	WhatWeDontKnow: { depth: 2, slug: 'what-we-dont-know', text: "What we don't know" },
	WhenToGetHelp: { depth: 2, slug: 'when-to-get-help', text: 'When to get help' },
};

/**
 * The article's markdown headings plus the headings that boxes such as <WhenToGetHelp> print
 * themselves, in the order they appear in the MDX body.
 */
export function headingsWithBoxes(headings: readonly TocHeading[], body: string): TocHeading[] {
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
		const boxHeading = box ? BOX_HEADINGS[box[1]!] : undefined;
		if (boxHeading && !result.includes(boxHeading)) result.push(boxHeading);
	}
	return [...result, ...headings.slice(next)];
}
