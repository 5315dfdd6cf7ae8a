import { describe, expect, test } from 'vitest';
import { faqPageStructuredData, plainAnswer } from '../../src/lib/faq-structured-data.ts';
import { serializeJsonLd } from '../../src/lib/structured-data.ts';

const page = {
	pageUrl: 'https://example.org/side-effects/',
	name: 'Side effects and when to get help',
	description: 'Answers to common worries after mesotherapy.',
	siteName: 'Mesotherapy Explained',
	siteUrl: 'https://example.org/',
	inLanguage: 'en-GB',
	questions: [
		{
			id: 'small-bumps',
			question: 'I have small bumps. What are they?',
			answerMarkdown: 'Small bumps are **common**.\n\n[New lumps weeks later](/side-effects/#lump-weeks-later) are <em>different</em>.',
			sources: [{ title: 'Mesotherapy', url: 'https://www.healthline.com/health/mesotherapy' }],
		},
		{
			id: 'report-a-problem',
			question: 'How do I report a problem? </script><script>alert(1)</script>',
			answerMarkdown: 'Tell the clinic.',
			sources: [{ title: 'FDA warning (no link known)' }],
		},
	],
};

describe('faqPageStructuredData', () => {
	const data = faqPageStructuredData(page);
	const json = JSON.parse(serializeJsonLd(data)) as {
		'@type': string[];
		mainEntity: { '@type': string; '@id': string; name: string; acceptedAnswer: { '@type': string; text: string; citation: object[] } }[];
	};

	test('is valid JSON describing a MedicalWebPage that is also an FAQPage', () => {
		expect(json['@type']).toEqual(['MedicalWebPage', 'FAQPage']);
		expect(json).toMatchObject({ '@context': 'https://schema.org', url: page.pageUrl, inLanguage: 'en-GB' });
	});

	test('has one Question with an accepted Answer per entry, linked to the question on the page', () => {
		expect(json.mainEntity).toHaveLength(2);
		expect(json.mainEntity.map((q) => [q['@type'], q['@id'], q.acceptedAnswer['@type']])).toEqual([
			['Question', 'https://example.org/side-effects/#small-bumps', 'Answer'],
			['Question', 'https://example.org/side-effects/#report-a-problem', 'Answer'],
		]);
	});

	test('answer text is plain: no Markdown, no HTML, link text kept', () => {
		expect(json.mainEntity[0]!.acceptedAnswer.text).toBe('Small bumps are common. New lumps weeks later are different.');
		for (const question of json.mainEntity) expect(question.acceptedAnswer.text).not.toMatch(/[<>*[\]]/);
	});

	test('cites each source, with its address only where one is known', () => {
		expect(json.mainEntity.map((q) => q.acceptedAnswer.citation)).toEqual([
			[{ '@type': 'CreativeWork', name: 'Mesotherapy', url: 'https://www.healthline.com/health/mesotherapy' }],
			[{ '@type': 'CreativeWork', name: 'FDA warning (no link known)' }],
		]);
	});
});

describe('serializeJsonLd (the FAQ page)', () => {
	test('text can never close the script element early, yet reads back unchanged', () => {
		const text = serializeJsonLd(faqPageStructuredData(page));
		expect(text).not.toContain('</script');
		expect(text).not.toContain('<');
		expect((JSON.parse(text) as { mainEntity: { name: string }[] }).mainEntity[1]!.name).toBe(page.questions[1]!.question);
	});

	test('plainAnswer joins paragraphs into one line', () => {
		expect(plainAnswer('One.\n\nTwo.')).toBe('One. Two.');
	});
});
