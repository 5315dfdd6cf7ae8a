import { describe, expect, test } from 'vitest';
import { tagUses, unknownTermProblems } from '../../src/lib/mdx-tags.ts';

const text = [
	'---',
	'title: Example',
	'---',
	'',
	'The <Term id="dermis">dermis</Term> is deep.<Cite id="a" />',
	'  <Cite id=\'b\' /> and <Term id="lump">a lump</Term>.',
].join('\n');

describe('tagUses', () => {
	test('finds each use of a tag with its 1-based line and column, in order', () => {
		expect(tagUses(text, 'Cite')).toEqual([
			{ id: 'a', line: 5, column: 45 },
			{ id: 'b', line: 6, column: 3 },
		]);
		expect(tagUses(text, 'Term').map((use) => use.id)).toEqual(['dermis', 'lump']);
	});

	test('a tag whose name only starts the same is not counted', () => {
		expect(tagUses('<Citation id="x" /><Terms id="y" />', 'Cite')).toEqual([]);
	});
});

describe('unknownTermProblems', () => {
	test('names the file, line and column of each unknown term, and what to do', () => {
		expect(unknownTermProblems('content/articles/example.mdx', text, new Set(['dermis']))).toEqual([
			'content/articles/example.mdx:6:23 <Term id="lump"> names an unknown glossary id "lump"; use an id from content/glossary.yaml or add the term there',
		]);
	});

	test('no problem when every term is in the glossary', () => {
		expect(unknownTermProblems('x.mdx', text, new Set(['dermis', 'lump']))).toEqual([]);
	});
});
