import { describe, expect, test } from 'vitest';
import { buildVocabulary, indexedText, suggestQuery } from '../../src/lib/search-suggestion.ts';

const page = (main: string, mainAttributes = ' data-pagefind-body') => `<!doctype html><html><head><title>T</title>
<script type="application/ld+json">{"headline":"Head words"}</script></head>
<body><header><nav aria-label="Main"><a href="/">Topics</a></nav></header>
<main id="main"${mainAttributes}>${main}</main><footer>Cookies policy</footer></body></html>`;

describe('indexedText', () => {
	test('keeps the main content and the keywords metadata, as Pagefind indexes them', () => {
		const html = page(
			'<span hidden data-pagefind-meta="keywords:fat jabs, lipo"></span><h1>Bruising &amp; swelling</h1><p>A lump<br>may <em>appear</em>.</p>',
		);
		expect(indexedText(html)).toBe('fat jabs, lipo Bruising & swelling A lump may appear .');
	});

	test('leaves out ignored parts (nested too), navigation, forms, scripts, templates and comments', () => {
		const html = page(
			'<p>Kept one.</p><div data-pagefind-ignore><p>Citation <span>PubMed</span></p><div><p>deeper</p></div></div>' +
				'<nav class="toc"><a href="#a">Contents</a></nav><form><label>Goal</label></form>' +
				'<template><li>{{ meta.title }}</li></template><script>let a = "<p>code</p>";</script><!-- note -->' +
				'<svg><title>Diagram</title></svg><p>Kept <img src="x.png" alt="">two.</p>',
		);
		expect(indexedText(html)).toBe('Kept one. Kept two.');
	});

	test('a page that is not indexed gives no words', () => {
		expect(indexedText(page('<p>Search page</p>', ''))).toBe('');
	});
});

describe('buildVocabulary', () => {
	test('each word once, most frequent first, without numbers and words under 3 letters', () => {
		expect(buildVocabulary(['Lump or lump? A bruise.', 'Bruise, lump, 2027, 3rd day, ok'])).toEqual(['lump', 'bruise', 'day']);
	});
});

describe('suggestQuery', () => {
	// As the build makes it: the words of some answers, commonest first.
	const vocabulary = buildVocabulary([
		'Bruising and swelling are common after an injection. Swollen skin settles in days.',
		'A lump that grows, or signs of infection, need a doctor today. Check the lump and the bruising.',
		'A limb may feel numb. Infection is rare. Infections after a lump need a doctor.',
	]);

	test.each([
		['brusing', 'bruising'],
		['swolen', 'swollen'],
		['infecton', 'infection'],
		// "limb" is as close, but "lump" is the commoner word on the site.
		['lumb', 'lump'],
		['Brusing after INJECTON', 'bruising after injection'],
	])('"%s" → "%s"', (typed, expected) => {
		expect(suggestQuery(typed, vocabulary)).toBe(expected);
	});

	test('nothing to offer when every word is spelled as the site spells it, or nothing is close', () => {
		expect(suggestQuery('bruising', vocabulary)).toBeUndefined();
		// A word the site has with another ending is not a typo.
		expect(suggestQuery('bruised', vocabulary)).toBeUndefined();
		expect(suggestQuery('zzqx vvbn', vocabulary)).toBeUndefined();
		// Short words are never "corrected": "lup" is too short to guess at.
		expect(suggestQuery('lup', vocabulary)).toBeUndefined();
		expect(suggestQuery('', vocabulary)).toBeUndefined();
	});

	test('a typo is never "corrected" to a word with another first letter', () => {
		expect(suggestQuery('dump', vocabulary)).toBeUndefined();
	});
});
