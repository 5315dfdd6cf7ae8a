import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { ArticleSchema } from '../../src/lib/schemas/article.ts';
import { GlossaryTermSchema } from '../../src/lib/schemas/glossary.ts';
import { SourceSchema, asSentence, endSentence, sourceHref, stopAfter } from '../../src/lib/schemas/source.ts';
import { readYaml } from './helpers/content.ts';
import { firstIssue as firstSchemaIssue } from './helpers/schema-issue.ts';

const knownSources = ['a', 'b', 'c', 'd', 'e'];
// In the site, ids are checked by Astro's reference('sources'); here a plain enum plays that part.
const articleSchema = ArticleSchema({ sourceId: z.enum(knownSources) });

const goodArticle = {
	title: 'What is mesotherapy?',
	description: 'What mesotherapy is, what goes into the injections, and what the evidence shows.',
	topic: 'basics',
	keywords: ['meso', 'fat jabs', 'vitamin injections'],
	keyPoints: ['It means many small injections.', 'There is no standard recipe.', 'It is not FDA-approved.'],
	sources: knownSources,
	lastReviewed: '2026-11-25',
	nextReviewDue: '2027-11-25',
	changes: [{ date: '2026-11-25', kind: 'new', summary: 'First published.' }],
};

const firstIssue = (data: unknown) => firstSchemaIssue(articleSchema, data);

describe('ArticleSchema', () => {
	test('accepts a complete article and fills defaults', () => {
		const result = articleSchema.parse(goodArticle);
		expect(result.order).toBe(100);
		expect(result.nextReviewDue).toEqual(new Date('2027-11-25'));
	});

	test('a missing title names the title field', () => {
		const { title: _omitted, ...withoutTitle } = goodArticle;
		expect(firstIssue(withoutTitle)?.path).toBe('title');
	});

	test('a date that is not a date names the field', () => {
		expect(firstIssue({ ...goodArticle, lastReviewed: 'last tuesday' })?.path).toBe('lastReviewed');
	});

	test('an unknown source id names the sources field and the position', () => {
		expect(firstIssue({ ...goodArticle, sources: ['a', 'b', 'c', 'd', 'nope'] })?.path).toBe('sources.4');
	});

	test('fewer than five sources is refused', () => {
		expect(firstIssue({ ...goodArticle, sources: ['a', 'b'] })?.path).toBe('sources');
	});

	test('an overdue review is accepted: the page builds and says it is due for review', () => {
		expect(firstIssue({ ...goodArticle, lastReviewed: '2024-01-01', nextReviewDue: '2025-12-31' })).toBeUndefined();
	});

	test('the next review must come after the last one, and within 24 months', () => {
		expect(firstIssue({ ...goodArticle, nextReviewDue: '2026-11-01' })?.message).toMatch(/must be after lastReviewed/);
		expect(firstIssue({ ...goodArticle, nextReviewDue: '2029-01-01' })?.message).toMatch(/more than 24 months/);
	});

	test('a description over 160 characters is refused', () => {
		expect(firstIssue({ ...goodArticle, description: 'x'.repeat(161) })?.path).toBe('description');
	});

	test('an unknown topic is refused', () => {
		expect(firstIssue({ ...goodArticle, topic: 'gossip' })?.path).toBe('topic');
	});

	test('a page history needs at least its first entry, and each entry a known kind and a short plain summary', () => {
		expect(firstIssue({ ...goodArticle, changes: [] })?.message).toMatch(/at least one change/);
		expect(firstIssue({ ...goodArticle, changes: [{ date: '2026-12-02', kind: 'fix', summary: 'Fixed a thing.' }] })?.path).toBe(
			'changes.0.kind',
		);
		expect(firstIssue({ ...goodArticle, changes: [{ date: '2026-12-02', kind: 'update', summary: 'x'.repeat(161) }] })?.path).toBe(
			'changes.0.summary',
		);
		const jargon =
			'Pharmacokinetic considerations necessitated comprehensive reconsideration of recommendations regarding phosphatidylcholine.';
		expect(firstIssue({ ...goodArticle, changes: [{ date: '2026-12-02', kind: 'correction', summary: jargon }] })?.message).toMatch(
			/above the limit of 8/,
		);
	});

	test('an old review field is not part of an article any more: reviews live in content/reviews/', () => {
		expect(articleSchema.parse({ ...goodArticle, review: { status: 'editorial' } })).not.toHaveProperty('review');
	});
});

describe('SourceSchema', () => {
	const good = {
		title: 'Effectiveness of mesotherapy on body contouring',
		short: 'Park and others, 2008',
		publisher: 'Plastic and Reconstructive Surgery',
		year: 2008,
		url: 'https://pubmed.ncbi.nlm.nih.gov/18349597/',
		kind: 'trial',
	};

	test('accepts a canonical https source', () => {
		expect(SourceSchema.parse(good).url).toBe(good.url);
	});

	test('refuses a plain http address', () => {
		expect(firstSchemaIssue(SourceSchema, { ...good, url: 'http://pubmed.ncbi.nlm.nih.gov/18349597/' })?.message).toBe(
			'url must be an https address',
		);
	});

	test.each([
		['https://www.scribd.com/document/123/paper', 'scribd.com'],
		['https://www.scribd.com./document/123/paper', 'scribd.com'],
		['https://WWW.Scribd.COM/document/123/paper', 'scribd.com'],
		['https://scribd.com/document/123/paper', 'scribd.com'],
		['https://fr.scribd.com/document/123/paper', 'scribd.com'],
		['https://www.researchgate.net/publication/1_Paper/link/1/download.pdf', 'researchgate.net'],
		['https://uni.academia.edu/123/Paper', 'academia.edu'],
	])('refuses a copy on a mirror or file-sharing site: %s', (url, host) => {
		expect(firstSchemaIssue(SourceSchema, { ...good, url })).toEqual({
			path: 'url',
			message: `url is on ${host}, which only hosts copies of papers; link the original instead: the publisher's page, PubMed, PMC or https://doi.org/ with the DOI`,
		});
	});

	test('a host that only ends with the same letters as a mirror is not one', () => {
		expect(SourceSchema.safeParse({ ...good, url: 'https://notscribd.com/paper' }).success).toBe(true);
	});

	test('refuses an unknown kind', () => {
		expect(SourceSchema.safeParse({ ...good, kind: 'blog' }).success).toBe(false);
	});

	test('sourceHref prefers the URL, then the DOI, then PubMed, else nothing', () => {
		expect(sourceHref({ url: 'https://example.org/' })).toBe('https://example.org/');
		expect(sourceHref({ doi: '10.1111/obr.12049' })).toBe('https://doi.org/10.1111/obr.12049');
		expect(sourceHref({ pmid: '17550571' })).toBe('https://pubmed.ncbi.nlm.nih.gov/17550571/');
		expect(sourceHref({})).toBeUndefined();
	});

	test('a part of a reference ends with exactly one full stop', () => {
		expect(endSentence('Tan J, Rao B')).toBe('Tan J, Rao B.');
		expect(endSentence('Zeng R, Xiong J, Gao W, et al.')).toBe('Zeng R, Xiong J, Gao W, et al.');
		expect(stopAfter('Mesotherapy: What is new?')).toBe('');
		expect(stopAfter('Alopecia secondary to mesotherapy')).toBe('.');
	});

	test('a date note stands as a sentence of its own', () => {
		expect(asSentence('date not shown')).toBe('Date not shown.');
		expect(asSentence('sin fecha')).toBe('Sin fecha.');
		expect(asSentence('c. 2021-2022 (as quoted)')).toBe('C. 2021-2022 (as quoted).');
	});
});

describe('the bibliography (content/sources.yaml)', () => {
	const bibliography = readYaml('content/sources.yaml');

	test('every entry passes the schema', () => {
		for (const { id, ...entry } of bibliography) expect(SourceSchema.safeParse(entry).success, id).toBe(true);
	});

	test('an entry without a link says why in its note', () => {
		const unlinked = bibliography.filter((entry) => sourceHref(SourceSchema.parse(entry)) === undefined);
		for (const entry of unlinked) expect(entry.note, entry.id).toMatch(/canonical web address/);
	});
});

describe('GlossaryTermSchema', () => {
	test('needs a real definition', () => {
		expect(GlossaryTermSchema.safeParse({ term: 'Dermis', definition: 'skin' }).success).toBe(false);
		expect(GlossaryTermSchema.parse({ term: 'Dermis', definition: 'The thick middle layer of your skin.' }).aka).toEqual([]);
	});
});

describe('the glossary (content/glossary.yaml)', () => {
	const glossary = new Map(readYaml('content/glossary.yaml').map(({ id, ...entry }) => [id, GlossaryTermSchema.parse(entry)]));

	test('never calls the germs behind mesotherapy infections slow-growing (audit A1)', () => {
		for (const [id, entry] of glossary) expect(entry.definition, id).not.toMatch(/slow[- ]growing/i);
	});

	test('keeps approval (medicines) and clearance (devices) apart (audit m13)', () => {
		expect(glossary.get('fda-approved')?.aka.map((name) => name.toLowerCase())).not.toContain('fda cleared');
		expect(glossary.get('fda-cleared')?.definition).toMatch(/device/);
	});

	test('does not call a haematoma a blood blister (audit m14)', () => {
		expect(glossary.get('haematoma')?.aka).not.toContain('blood blister');
	});
});
