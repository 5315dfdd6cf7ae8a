import { describe, expect, test } from 'vitest';
import {
	byUrgency,
	createFaqIndex,
	editDistance,
	filterFaq,
	isFiltering,
	NO_FILTER,
	normalize,
	stem,
	type FaqFilterItem,
} from '../../src/lib/faq-filter.ts';

const ITEMS: FaqFilterItem[] = [
	{
		id: 'bruising',
		question: 'I have bruises where the needles went in. Is that normal?',
		answer: 'Yes. Bruising is one of the most common side effects.',
		keywords: ['black and blue'],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'itching',
		question: 'Why is my skin itchy after mesotherapy?',
		answer: 'Mild itching where the needles went in is a common side effect.',
		keywords: [],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'lump-weeks-later',
		question: 'I have new lumps or boils weeks after my treatment. What should I do?',
		answer: 'See a doctor today. Some skin infections start 1 to 12 weeks after mesotherapy.',
		keywords: ['abscess'],
		category: 'weeks-later',
		urgency: 'same-day',
	},
	{
		id: 'swelling',
		question: 'Is swelling normal after mesotherapy?',
		answer: 'Some swelling where the needles went in is common.',
		keywords: ['puffy'],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'skin-turns-white',
		question: 'My skin turned white after a face injection. Is that serious?',
		answer: 'Get help now. Skin that turns white can mean a blood vessel is blocked.',
		keywords: [],
		category: 'face-and-eyes',
		urgency: 'emergency',
	},
	{
		id: 'hot-skin',
		question: 'The skin is hot and sore. Is it infected?',
		answer: 'See a doctor today.',
		keywords: ['infekted'],
		category: 'infection',
		urgency: 'same-day',
	},
	{
		id: 'pregnancy',
		question: 'Can I have mesotherapy while I am pregnant?',
		answer: 'We found no studies that show it is safe in pregnancy.',
		keywords: [],
		category: 'before-treatment',
	},
];
const index = createFaqIndex(ITEMS);
const shown = (query: string, rest: Partial<typeof NO_FILTER> = {}) => filterFaq(index, { ...NO_FILTER, query, ...rest }).ids;

describe('stem: different endings of a word meet', () => {
	test.each([
		[['bruise', 'bruises', 'bruised', 'bruising'], 'bruis'],
		[['itch', 'itchy', 'itching', 'itches', 'itchiness'], 'itch'],
		[['swell', 'swelling', 'swollen', 'swells'], 'swel'],
		[['infection', 'infected', 'infections', 'infectious'], 'infect'],
		[['allergy', 'allergic', 'allergies'], 'allerg'],
		[['scar', 'scars', 'scarring', 'scarred'], 'scar'],
		[['pregnant', 'pregnancy'], 'pregnant'],
	])('%j all stem to %s', (forms, expected) => {
		for (const form of forms) expect(stem(form), form).toBe(expected);
	});

	test('short words keep their letters', () => {
		expect(stem('red')).toBe('red');
		expect(stem('eyes')).toBe('eye');
	});
});

describe('editDistance', () => {
	test('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
		expect(editDistance('brusing', 'bruising', 2)).toBe(1);
		expect(editDistance('itcy', 'itchy', 2)).toBe(1);
		expect(editDistance('lupm', 'lump', 2)).toBe(1);
		expect(editDistance('sweling', 'swelling', 2)).toBe(1);
		expect(editDistance('same', 'same', 2)).toBe(0);
	});

	test('stops counting once over the limit', () => {
		expect(editDistance('bruise', 'pregnancy', 1)).toBe(2);
	});
});

describe('filterFaq', () => {
	test('no filter shows every question in its original order', () => {
		expect(filterFaq(index, NO_FILTER)).toEqual({ ids: ITEMS.map((item) => item.id), match: 'no-query' });
	});

	test('a word finds the questions that use it in any form', () => {
		expect(shown('bruise')).toEqual(['bruising']);
		expect(shown('bruised')).toEqual(['bruising']);
		expect(shown('itching')).toEqual(['itching']);
		expect(shown('itchy')).toEqual(['itching']);
		expect(shown('swollen')).toEqual(['swelling']);
	});

	test('a misspelled word still finds its question', () => {
		expect(shown('brusing')).toEqual(['bruising']);
		expect(shown('itcy')).toEqual(['itching']);
		expect(shown('sweling')).toEqual(['swelling']);
		expect(shown('pregnent')).toEqual(['pregnancy']);
	});

	test('keywords count as words of the question', () => {
		expect(shown('abscess')).toEqual(['lump-weeks-later']);
		expect(shown('black and blue')).toEqual(['bruising']);
	});

	test('a word still being typed already matches', () => {
		expect(shown('bru')).toEqual(['bruising']);
	});

	test('capitals, accents and punctuation do not matter', () => {
		expect(shown('  LUMPS?! ')).toEqual(['lump-weeks-later']);
		expect(shown('bruisé')).toEqual(['bruising']);
	});

	test('a word spelled as in the text is taken as meant, not as a typo ("sore" does not find "some")', () => {
		expect(shown('sore')).toEqual(['hot-skin']);
	});

	test("a misspelling kept in one question's keywords still finds the others as a typo", () => {
		expect(shown('infekted')).toEqual(['lump-weeks-later', 'hot-skin']);
	});

	test('a typo on the first letter is not forgiven, so "burn" does not find "turns"', () => {
		expect(shown('burn')).toEqual([]);
	});

	test('words every question shares are ignored, so the meaningful word decides', () => {
		expect(shown('swelling after mesotherapy injections')).toEqual(['swelling']);
	});

	test('every word must match when some question has them all', () => {
		expect(filterFaq(index, { ...NO_FILTER, query: 'white skin' })).toEqual({ ids: ['skin-turns-white'], match: 'all' });
	});

	test('when no question has every word, the closest matches show and the result says so', () => {
		expect(filterFaq(index, { ...NO_FILTER, query: 'lump tummy' })).toEqual({ ids: ['lump-weeks-later'], match: 'some' });
	});

	test('nothing matching gives no questions', () => {
		expect(filterFaq(index, { ...NO_FILTER, query: 'zzzz' })).toEqual({ ids: [], match: 'nothing' });
	});

	test('only stop words are searched as they are, rather than ignored', () => {
		expect(shown('what')).toEqual(['lump-weeks-later']);
	});

	test('categories narrow to any of the chosen ones', () => {
		expect(shown('', { categories: ['weeks-later'] })).toEqual(['lump-weeks-later']);
		expect(shown('', { categories: ['weeks-later', 'face-and-eyes'] })).toEqual(['skin-turns-white', 'lump-weeks-later']);
	});

	test('urgency narrows to one care level, and hides questions without one', () => {
		expect(shown('', { urgency: 'emergency' })).toEqual(['skin-turns-white']);
		expect(shown('', { urgency: 'same-day' })).toEqual(['lump-weeks-later', 'hot-skin']);
		expect(shown('', { urgency: 'expected' })).toEqual(['bruising', 'itching', 'swelling']);
	});

	test('words, categories and urgency combine', () => {
		expect(shown('common', { categories: ['first-days'], urgency: 'expected' })).toEqual(['bruising', 'itching', 'swelling']);
		expect(shown('itchy', { urgency: 'emergency' })).toEqual([]);
	});
});

describe('filterFaq: the most urgent matches first', () => {
	// In page order, the expected bumps come before the urgent lumps, as on the side-effects page.
	const BUMPS_THEN_LUMPS: FaqFilterItem[] = [
		{
			id: 'small-bumps',
			question: 'I have small bumps where the needles went in. Is that normal?',
			answer: 'Small lumps at the injection spots are common and go down by themselves.',
			keywords: [],
			category: 'first-days',
			urgency: 'expected',
		},
		{
			id: 'firm-lump',
			question: 'My lump does not hurt. Should I worry?',
			answer: 'Contact your clinic about any lump that is not going away after some weeks.',
			keywords: [],
			category: 'weeks-later',
			urgency: 'contact-clinic',
		},
		{
			id: 'lump-weeks-later',
			question: 'I have new lumps or boils weeks after my treatment. What should I do?',
			answer: 'See a doctor today.',
			keywords: [],
			category: 'weeks-later',
			urgency: 'same-day',
		},
		{
			id: 'what-to-tell',
			question: 'What should I tell the doctor about my lumps?',
			answer: 'Say which treatment you had and when.',
			keywords: [],
			category: 'weeks-later',
		},
	];
	const lumps = createFaqIndex(BUMPS_THEN_LUMPS);

	test('"lumps weeks later" lists Urgent before Non-urgent before Expected, then questions without a level', () => {
		expect(filterFaq(lumps, { ...NO_FILTER, query: 'lumps' }).ids).toEqual([
			'lump-weeks-later',
			'firm-lump',
			'small-bumps',
			'what-to-tell',
		]);
		expect(filterFaq(lumps, { ...NO_FILTER, query: 'lumps weeks later' }).ids[0]).toBe('lump-weeks-later');
	});

	test('a topic alone is sorted the same way; no filter keeps the page order', () => {
		expect(filterFaq(lumps, { ...NO_FILTER, categories: ['weeks-later'] }).ids).toEqual(['lump-weeks-later', 'firm-lump', 'what-to-tell']);
		expect(filterFaq(lumps, NO_FILTER).ids).toEqual(BUMPS_THEN_LUMPS.map((item) => item.id));
	});

	test('byUrgency keeps the order within one care level', () => {
		const expected = BUMPS_THEN_LUMPS.filter((item) => item.urgency === 'expected');
		expect(byUrgency([...expected, ...expected.map((item) => ({ ...item, id: `${item.id}-2` }))]).map((item) => item.id)).toEqual([
			'small-bumps',
			'small-bumps-2',
		]);
	});
});

describe('helpers', () => {
	test('normalize keeps letters and digits only', () => {
		expect(normalize("Can't breathe — 38°C!")).toBe('cant breathe 38 c');
	});

	test('isFiltering is false only when nothing narrows the list', () => {
		expect(isFiltering(NO_FILTER)).toBe(false);
		expect(isFiltering({ ...NO_FILTER, query: '   ' })).toBe(false);
		expect(isFiltering({ ...NO_FILTER, query: 'lump' })).toBe(true);
		expect(isFiltering({ ...NO_FILTER, categories: ['hair'] })).toBe(true);
		expect(isFiltering({ ...NO_FILTER, urgency: 'emergency' })).toBe(true);
	});
});
