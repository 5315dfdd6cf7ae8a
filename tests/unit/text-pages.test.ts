// The fingerprint a page translated from a dictionary or a data file records: it changes with the English words a
// translation translates, and with nothing else.
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { textPageFingerprint, type EnglishWords } from '../../src/lib/review/text-pages.ts';

const english: EnglishWords = {
	glossary: [
		{ id: 'abscess', term: 'Abscess', aka: ['boil'], definition: 'A pocket of pus.' },
		{ id: 'bruise', term: 'Bruise', definition: 'Blood under the skin.' },
	],
	sources: [{ id: 'fda-2010', short: 'FDA, 2010', note: 'No link.' }],
	dictionary: en,
};

describe('textPageFingerprint', () => {
	test('changes when a word the page translates changes', () => {
		const before = textPageFingerprint('glossary', english);
		const reworded = {
			...english,
			glossary: [english.glossary[0]!, { ...english.glossary[1]!, definition: 'Blood under the skin, after a knock.' }],
		};
		expect(textPageFingerprint('glossary', reworded)).not.toBe(before);
		const noted = { ...english, sources: [{ ...english.sources[0]!, note: 'No web address.' }] };
		expect(textPageFingerprint('sources', noted)).not.toBe(textPageFingerprint('sources', english));
		const about = { ...english, dictionary: { ...en, about: { ...en.about, title: 'About us' } } };
		expect(textPageFingerprint('about', about)).not.toBe(textPageFingerprint('about', english));
	});

	test('does not change with the order entries are read in, or with words of another page', () => {
		const reversed = { ...english, glossary: [...english.glossary].reverse() };
		expect(textPageFingerprint('glossary', reversed)).toBe(textPageFingerprint('glossary', english));
		const otherPage = { ...english, sources: [{ ...english.sources[0]!, note: 'Changed.' }] };
		expect(textPageFingerprint('glossary', otherPage)).toBe(textPageFingerprint('glossary', english));
		expect(textPageFingerprint('glossary', english)).not.toBe(textPageFingerprint('sources', english));
	});
});
