import { describe, expect, test } from 'vitest';
import { normaliseQuery, readSearchState, searchHref, topicFilters, topicFromFilters } from '../../src/lib/search.ts';

describe('readSearchState', () => {
	test('reads the words and the topic from the query string', () => {
		expect(readSearchState('?q=fat+jabs&topic=body')).toEqual({ query: 'fat jabs', topic: 'body' });
	});

	test('tidies spaces a reader or a shared link left in', () => {
		expect(readSearchState('?q=%20%20eye%20%20%20bags%20')).toEqual({ query: 'eye bags', topic: undefined });
	});

	test('ignores a topic the site does not have, keeping the words', () => {
		expect(readSearchState('?q=lump&topic=knees')).toEqual({ query: 'lump', topic: undefined });
		expect(readSearchState('?q=lump&topic=constructor')).toEqual({ query: 'lump', topic: undefined });
	});

	test('no query string means no search', () => {
		expect(readSearchState('')).toEqual({ query: '', topic: undefined });
	});
});

describe('searchHref', () => {
	test('builds a shareable address with encoded words', () => {
		expect(searchHref({ query: 'lump after injection', topic: 'safety' })).toBe('/search/?q=lump+after+injection&topic=safety');
	});

	test('leaves out empty parts', () => {
		expect(searchHref({ query: '', topic: undefined })).toBe('/search/');
		expect(searchHref({ query: '', topic: 'hair' })).toBe('/search/?topic=hair');
		expect(searchHref({ query: 'papada', topic: undefined }, 'es')).toBe('/es/search/?q=papada');
	});

	test('round-trips through readSearchState, even with symbols', () => {
		const state = { query: 'vs lipo & "fat" 100%', topic: 'body' } as const;
		expect(readSearchState(new URL(searchHref(state), 'https://example.org').search)).toEqual(state);
	});
});

describe('topic filters', () => {
	test('a topic becomes the Pagefind filter on its id (the same in every language), and back', () => {
		expect(topicFilters('hair')).toEqual({ topic: ['hair'] });
		expect(topicFromFilters({ topic: ['safety'] })).toBe('safety');
	});

	test('no topic means no filter', () => {
		expect(topicFilters(undefined)).toEqual({});
		expect(topicFromFilters({})).toBeUndefined();
	});

	test('an unknown id or several ids select no single topic', () => {
		expect(topicFromFilters({ topic: ['knees'] })).toBeUndefined();
		expect(topicFromFilters({ topic: ['hair', 'body'] })).toBeUndefined();
	});
});

test('normaliseQuery trims and collapses whitespace, including tabs and new lines', () => {
	expect(normaliseQuery('\t going \n bald ')).toBe('going bald');
});
