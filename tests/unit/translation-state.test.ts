import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/lib/review/fingerprint.ts';
import { articleContent, type ContentLibrary } from '../../src/lib/review/page-content.ts';
import { translationState } from '../../src/lib/review/translation.ts';

const library: ContentLibrary = { signs: [], faq: [], treatments: new Map(), glossary: new Map(), comparison: [] };
const englishPage = {
	title: 'Mesotherapy for cellulite',
	description: 'What mesotherapy claims to do for cellulite and what studies found.',
	keyPoints: ['Cellulite is very common.'],
	sources: ['luebberding-2015-cellulite'],
	body: 'Most women have dimples after puberty.',
};
const translatedFrom = fingerprint(articleContent(englishPage, library));
const record = { of: translatedFrom, date: new Date('2026-12-02') };

describe('translationState', () => {
	test('a translation of the English page as it is now is current', () => {
		const state = translationState(record, { fingerprint: translatedFrom, modified: new Date('2026-12-02') });
		expect(state).toEqual({ translatedOn: new Date('2026-12-02'), stale: false, englishChangedOn: new Date('2026-12-02') });
	});

	test('changing the English text makes the translation stale, with the day the English page changed', () => {
		const changed = fingerprint(articleContent({ ...englishPage, body: 'Most women have dimples after puberty. Men rarely do.' }, library));
		const state = translationState(record, { fingerprint: changed, modified: new Date('2027-01-10') });
		expect(state.stale).toBe(true);
		expect(state.englishChangedOn).toEqual(new Date('2027-01-10'));
	});

	test('re-wrapping the English text is not a change', () => {
		const rewrapped = fingerprint(articleContent({ ...englishPage, body: 'Most women have dimples\nafter puberty.' }, library));
		expect(translationState(record, { fingerprint: rewrapped, modified: new Date('2026-12-02') }).stale).toBe(false);
	});
});
