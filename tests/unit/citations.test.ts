import { describe, expect, test } from 'vitest';
import { citationProblems, citedIds } from '../../src/lib/citations.ts';

describe('citedIds', () => {
	test('finds every cited id once, in order of first appearance', () => {
		const body = 'One.<Cite id="b" /> Two.<Cite id="a"/><Cite id="b" /> Three.<Cite id=\'c\' />';
		expect(citedIds(body)).toEqual(['b', 'a', 'c']);
	});
});

describe('citationProblems', () => {
	const file = 'content/articles/example.mdx';
	const known = new Set(['a', 'b', 'c']);

	test('no problems when text and list agree with the bibliography', () => {
		expect(citationProblems({ file, cited: ['a', 'b'], listed: ['b', 'a'], known })).toEqual([]);
	});

	test('an unknown cited id names the file and the id', () => {
		expect(citationProblems({ file, cited: ['a', 'zzz'], listed: ['a'], known })).toEqual([
			'content/articles/example.mdx: <Cite id="zzz"/> cites an unknown source id "zzz" (not in content/sources.yaml)',
		]);
	});

	test('with the positions of the citations, the message names the line and column of the first one', () => {
		const citedAt = [
			{ id: 'a', line: 3, column: 1 },
			{ id: 'zzz', line: 12, column: 40 },
			{ id: 'zzz', line: 20, column: 2 },
		];
		expect(citationProblems({ file, cited: ['a', 'zzz'], citedAt, listed: ['a'], known })).toEqual([
			'content/articles/example.mdx:12:40 <Cite id="zzz"/> cites an unknown source id "zzz" (not in content/sources.yaml)',
		]);
	});

	test('a cited id missing from the frontmatter list is reported', () => {
		expect(citationProblems({ file, cited: ['a', 'b'], listed: ['a'], known })).toEqual([
			'content/articles/example.mdx: <Cite id="b"/> is not in the frontmatter field "sources"; add it there',
		]);
	});

	test('a listed id never cited in the text is reported', () => {
		expect(citationProblems({ file, cited: ['a'], listed: ['a', 'c'], known })).toEqual([
			'content/articles/example.mdx: frontmatter field "sources" lists "c" but the text never cites it with <Cite id="c"/>',
		]);
	});

	test("the help box's sources do not count as the text's: listing one only the box cites is still reported, with why", () => {
		expect(citationProblems({ file, cited: ['a'], listed: ['a', 'c'], known, citedByBox: ['c'] })).toEqual([
			'content/articles/example.mdx: frontmatter field "sources" lists "c" but the text never cites it with <Cite id="c"/> ' +
				'(the "When to get help" box adds its own sources to the page; list only what the text cites)',
		]);
		// A source the text and the box both cite is listed as usual.
		expect(citationProblems({ file, cited: ['a', 'c'], listed: ['a', 'c'], known, citedByBox: ['c'] })).toEqual([]);
	});
});
