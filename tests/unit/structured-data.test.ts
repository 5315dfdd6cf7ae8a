import { describe, expect, test } from 'vitest';
import { articleStructuredData, serializeJsonLd, type ArticleStructuredDataInput } from '../../src/lib/structured-data.ts';

const input: ArticleStructuredDataInput = {
	url: 'https://meso.example/articles/cellulite/',
	siteUrl: 'https://meso.example/',
	siteName: 'Mesotherapy Explained',
	inLanguage: 'en',
	title: 'Mesotherapy for cellulite',
	description: 'What studies found.',
	lastReviewed: new Date('2026-11-25'),
	dateModified: new Date('2026-12-02'),
	sources: [
		{ title: 'A trial', publisher: 'A journal', year: 2008, url: 'https://pubmed.ncbi.nlm.nih.gov/1/' },
		{ title: 'A DOI only', publisher: 'Another journal', year: 2015, doi: '10.1000/xyz' },
		{ title: 'An undated label', publisher: 'A maker', year: null },
	],
	breadcrumbs: [
		{ href: '/', label: 'Home' },
		{ href: '/articles/', label: 'Topics' },
		{ href: '/articles/cellulite/', label: 'Mesotherapy for cellulite' },
	],
};

const [page, trail] = articleStructuredData(input)['@graph'];

describe('articleStructuredData', () => {
	test('describes a MedicalWebPage about the mesotherapy procedure, with its review date and the day it last changed', () => {
		expect(page).toMatchObject({
			'@type': 'MedicalWebPage',
			url: input.url,
			name: 'Mesotherapy for cellulite',
			lastReviewed: '2026-11-25',
			dateModified: '2026-12-02',
			about: { '@type': 'MedicalProcedure', name: 'Mesotherapy' },
			breadcrumb: { '@id': `${input.url}#breadcrumb` },
		});
	});

	test('names no reviewer without a current clinical review, and the clinician with credentials and register with one', () => {
		expect(page).not.toHaveProperty('reviewedBy');
		const [clinical] = articleStructuredData({
			...input,
			reviewer: { name: 'Dr Ada Example', credentials: 'MBBS, MRCP', register: { url: 'https://www.gmc-uk.org/registrants/0000000' } },
		})['@graph'];
		expect(clinical).toMatchObject({
			reviewedBy: {
				'@type': 'Person',
				name: 'Dr Ada Example',
				hasCredential: { name: 'MBBS, MRCP' },
				sameAs: 'https://www.gmc-uk.org/registrants/0000000',
			},
		});
	});

	test('cites every source in order, linking the URL, else the DOI, and leaving out what is unknown', () => {
		expect('citation' in page! && page.citation).toEqual([
			{
				'@type': 'CreativeWork',
				name: 'A trial',
				publisher: { '@type': 'Organization', name: 'A journal' },
				datePublished: '2008',
				url: 'https://pubmed.ncbi.nlm.nih.gov/1/',
			},
			{
				'@type': 'CreativeWork',
				name: 'A DOI only',
				publisher: { '@type': 'Organization', name: 'Another journal' },
				datePublished: '2015',
				url: 'https://doi.org/10.1000/xyz',
			},
			{ '@type': 'CreativeWork', name: 'An undated label', publisher: { '@type': 'Organization', name: 'A maker' } },
		]);
	});

	test('turns the breadcrumbs into a BreadcrumbList of absolute addresses, numbered from 1', () => {
		expect(trail).toEqual({
			'@type': 'BreadcrumbList',
			'@id': `${input.url}#breadcrumb`,
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://meso.example/' },
				{ '@type': 'ListItem', position: 2, name: 'Topics', item: 'https://meso.example/articles/' },
				{ '@type': 'ListItem', position: 3, name: 'Mesotherapy for cellulite', item: input.url },
			],
		});
	});
});

describe('serializeJsonLd', () => {
	test('is valid JSON that cannot close its script element, whatever the text holds', () => {
		const json = serializeJsonLd({ name: 'Bad </script><script>alert(1)</script> title' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual({ name: 'Bad </script><script>alert(1)</script> title' });
	});
});
