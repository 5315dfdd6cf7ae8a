import { expect, test } from 'vitest';
import { headingsWithBoxes } from '../../src/lib/headings.ts';

test('box headings are placed where their boxes stand in the body', () => {
	const headings = [
		{ depth: 2, slug: 'what-it-is', text: 'What it is' },
		{ depth: 3, slug: 'history', text: 'History' },
		{ depth: 2, slug: 'questions-to-ask', text: 'Questions to ask' },
	];
	const body = [
		'Intro.',
		'## What it is',
		'### History',
		'<WhatWeDontKnow>',
		'- gap',
		'</WhatWeDontKnow>',
		'<WhenToGetHelp>',
		'## Questions to ask',
	].join('\n');
	expect(headingsWithBoxes(headings, body).map((h) => h.slug)).toEqual([
		'what-it-is',
		'history',
		'what-we-dont-know',
		'when-to-get-help',
		'questions-to-ask',
	]);
});

test('an article without boxes keeps its headings unchanged', () => {
	const headings = [{ depth: 2, slug: 'a', text: 'A' }];
	expect(headingsWithBoxes(headings, '## A\n\nText.')).toEqual(headings);
});
