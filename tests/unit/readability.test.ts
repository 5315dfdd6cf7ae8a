import { describe, expect, test } from 'vitest';
import { proseFromMdx } from '../../src/lib/mdx-prose.ts';
import { countSyllables, readability, splitSentences } from '../../src/lib/readability.ts';
import { articleReadability, easeBand, readingProblem, readingScore, shownScore } from '../../src/lib/reading-level.ts';

describe('countSyllables', () => {
	test.each([
		['cat', 1],
		['table', 2],
		['make', 1],
		['jumped', 1],
		['wanted', 2],
		['bruising', 2],
		['injection', 3],
		['syllable', 3],
		['dermatologist', 5],
		['people', 2],
		['area', 3],
		['mesotherapy', 5],
		['72', 1],
	])('%s has %i syllables', (word, expected) => {
		expect(countSyllables(word)).toBe(expected);
	});
});

describe('readability', () => {
	test('a passage of one-syllable words in short sentences scores below grade 1', () => {
		// 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45, rounded half up to −1.4
		expect(readability('The cat sat on the mat.')).toEqual({ sentences: 1, words: 6, syllables: 6, grade: -1.4 });
	});

	test('a known passage scores the grade the formula gives by hand', () => {
		const text = 'Bruising is common after injections. It often fades within days.';
		// 10 words, 2 sentences; syllables 2+1+2+2+3 + 1+2+1+2+1 = 17
		// 0.39 × (10 ÷ 2) + 11.8 × (17 ÷ 10) − 15.59 = 6.42
		expect(readability(text)).toEqual({ sentences: 2, words: 10, syllables: 17, grade: 6.4 });
	});

	test('long sentences of long words score far higher than short plain ones', () => {
		const hard =
			'Mesotherapy-associated nontuberculous mycobacterial infections frequently necessitate prolonged multidrug antimicrobial therapy and occasionally surgical debridement.';
		const easy = 'Some people get a skin infection. It can take months of pills to clear.';
		expect(readability(hard).grade).toBeGreaterThan(20);
		expect(readability(easy).grade).toBeLessThan(5);
	});

	test('empty text has grade 0 instead of NaN', () => {
		expect(readability('')).toEqual({ sentences: 0, words: 0, syllables: 0, grade: 0 });
	});

	test('abbreviations and decimals do not end sentences', () => {
		expect(splitSentences('Ask your doctor, e.g. your GP. Take 1.5 mg.')).toEqual(['Ask your doctor, eg your GP.', 'Take 1.5 mg.']);
	});
});

describe('proseFromMdx', () => {
	const mdx = [
		'---',
		'title: Example',
		'---',
		"import Thing from './thing';",
		'',
		'## A heading that is not counted',
		'',
		'Bruising is common.<Cite id="a" /> It fades in <Term id="x">a few days</Term>.',
		'',
		'| a | table |',
		'| - | ----- |',
		'',
		'- First item',
		'- Second [item](/articles/)',
		'',
		'<WhenToGetHelp>',
		'<CareLevel level="emergency">',
		'',
		'- Trouble breathing',
		'',
		'</CareLevel>',
		'</WhenToGetHelp>',
	].join('\n');

	test('keeps paragraphs and list items, drops headings, tables, imports and component tags', () => {
		expect(proseFromMdx(mdx).split('\n')).toEqual([
			'Bruising is common. It fades in a few days.',
			'First item',
			'Second item',
			'Trouble breathing',
		]);
	});

	test('article readability also counts the "At a glance" points', () => {
		const withPoints = articleReadability('Short one.', ['A second point here.']);
		expect(withPoints.sentences).toBe(2);
		expect(withPoints.words).toBe(6);
	});
});

test('the score readers see rounds to a whole grade of at least 1, or a whole ease from 0 to 100', () => {
	expect(shownScore({ scale: 'grade', value: 6.6, wordsPerSentence: 10 })).toBe(7);
	expect(shownScore({ scale: 'grade', value: -1.5, wordsPerSentence: 10 })).toBe(1);
	expect(shownScore({ scale: 'ease', value: 117.7, wordsPerSentence: 5 })).toBe(100);
	expect(shownScore({ scale: 'ease', value: 66.4, wordsPerSentence: 5 })).toBe(66);
});

test('each language is measured and gated on its own scale', () => {
	expect(readingScore('es', 'La piel se pone roja.')).toEqual({ scale: 'ease', value: 117.7, wordsPerSentence: 5 });
	expect(readingScore('en', 'The cat sat on the mat.')).toEqual({ scale: 'grade', value: -1.4, wordsPerSentence: 6 });
	expect(readingProblem({ scale: 'ease', value: 64.9, wordsPerSentence: 20 })).toMatch(/below the minimum of 65/);
	expect(readingProblem({ scale: 'ease', value: 65, wordsPerSentence: 20 })).toBeUndefined();
	expect(readingProblem({ scale: 'grade', value: 7.5, wordsPerSentence: 20 })).toBeUndefined();
	expect(readingProblem({ scale: 'grade', value: 7.5, wordsPerSentence: 20 }, true)).toMatch(/above the limit of 7/);
	expect([95, 85, 72, 65, 55, 40, 10].map(easeBand)).toEqual([
		'very-easy',
		'easy',
		'fairly-easy',
		'standard',
		'fairly-difficult',
		'difficult',
		'very-difficult',
	]);
});
