import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CARE_LEVEL_IDS } from '../../src/lib/care-levels.ts';
import { answerGrade, compareFaq, faqProblems, groupFaqByCategory, linkedQuestionIds } from '../../src/lib/faq.ts';
import { MAX_READING_GRADE } from '../../src/lib/reading-level.ts';
import { readability, splitSentences } from '../../src/lib/readability.ts';
import { FAQ_CATEGORY_IDS, FaqSchema } from '../../src/lib/schemas/faq.ts';
import { proseFromMdx } from '../../src/lib/mdx-prose.ts';
import { sourceIds } from './helpers/content.ts';
import { firstIssue as firstSchemaIssue } from './helpers/schema-issue.ts';

// In the site, ids are checked by Astro's reference('sources'); here the bibliography's ids play that part.
const faqSchema = FaqSchema(z.enum(sourceIds as [string, ...string[]]));

/** Every question file as written: its id (the file name), frontmatter and Markdown answer. */
const questions = readdirSync('content/faq')
	.filter((name) => name.endsWith('.md'))
	.map((name) => {
		const [, frontmatter, body] = readFileSync(`content/faq/${name}`, 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
		return { file: `content/faq/${name}`, id: name.replace(/\.md$/, ''), frontmatter: parse(frontmatter ?? '') as unknown, body: body ?? '' };
	});

const good = {
	question: 'I have bruises where the needles went in. Is that normal?',
	category: 'first-days',
	urgency: 'expected',
	sources: [sourceIds[0]],
};

const firstIssue = (data: unknown) => firstSchemaIssue(faqSchema, data);

describe('FaqSchema', () => {
	test('accepts a complete question and fills defaults', () => {
		expect(faqSchema.parse(good)).toMatchObject({ keywords: [], order: 100 });
	});

	test('urgency uses the care levels of src/lib/care-levels.ts, not a second vocabulary', () => {
		for (const urgency of CARE_LEVEL_IDS) expect(faqSchema.safeParse({ ...good, urgency }).success).toBe(true);
		expect(firstIssue({ ...good, urgency: 'same-day-doctor' })?.path).toBe('urgency');
	});

	test('urgency may be left out for questions that are not about a symptom', () => {
		const { urgency: _omitted, ...general } = good;
		expect(faqSchema.parse(general).urgency).toBeUndefined();
	});

	test('an unknown category is refused', () => {
		expect(firstIssue({ ...good, category: 'gossip' })?.path).toBe('category');
	});

	test('an unknown source id names the sources field and the position', () => {
		expect(firstIssue({ ...good, sources: [sourceIds[0], 'no-such-source'] })?.path).toBe('sources.1');
	});

	test('a question needs at least one source', () => {
		expect(firstIssue({ ...good, sources: [] })?.path).toBe('sources');
	});

	test('a red flag is only for emergency and same-day questions', () => {
		const redFlag = 'Swelling of your lips, tongue or throat';
		expect(faqSchema.safeParse({ ...good, urgency: 'emergency', redFlag }).success).toBe(true);
		expect(firstIssue({ ...good, redFlag })).toEqual({
			path: 'redFlag',
			message: 'redFlag is only for questions whose urgency is emergency or same-day',
		});
	});
});

describe('the questions in content/faq', () => {
	test('there are at least 25', () => {
		expect(questions.length).toBeGreaterThanOrEqual(25);
	});

	test.each(questions.map((q) => [q.file, q] as const))('%s: valid frontmatter, known sources, a real answer', (_file, q) => {
		const result = faqSchema.safeParse(q.frontmatter);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		const sentences = splitSentences(proseFromMdx(q.body)).length;
		expect(sentences, 'an answer has 2 to 5 short sentences').toBeGreaterThanOrEqual(2);
		expect(sentences, 'an answer has 2 to 5 short sentences').toBeLessThanOrEqual(5);
		// The build refuses anything above the site's limit; answers aim a grade lower still.
		expect(answerGrade(q.body), 'reading grade').toBeLessThanOrEqual(Math.min(MAX_READING_GRADE, 7));
	});

	test('no answer reads above the site limit, links between questions resolve, every source is known', () => {
		const written = questions.map((q) => ({ ...q, sources: faqSchema.parse(q.frontmatter).sources }));
		expect(faqProblems(written, { questions: new Set(questions.map((q) => q.id)), sources: new Set(sourceIds) })).toEqual([]);
	});

	test('the red-flag signs are the plainest words on the site (grade 6 or below) and cover both urgent levels', () => {
		const flagged = questions.map((q) => faqSchema.parse(q.frontmatter)).filter((data) => data.redFlag);
		expect(new Set(flagged.map((data) => data.urgency))).toEqual(new Set(['emergency', 'same-day']));
		expect(readability(flagged.map((data) => data.redFlag).join('\n')).grade).toBeLessThanOrEqual(6);
	});

	test('every category has at least one question', () => {
		const used = new Set(questions.map((q) => faqSchema.parse(q.frontmatter).category));
		expect([...FAQ_CATEGORY_IDS].filter((category) => !used.has(category))).toEqual([]);
	});
});

describe('faqProblems', () => {
	const known = { questions: new Set(['a']), sources: new Set(['kybella-label']) };
	const question = (body: string, sources = ['kybella-label']) => ({ file: 'content/faq/a.md', body, sources });

	test('names the file when an answer reads above the limit', () => {
		const hard =
			'Subcutaneous administration of pharmacological preparations occasionally precipitates granulomatous inflammation necessitating prolonged antimicrobial chemotherapy.';
		expect(faqProblems([question(hard)], known)).toEqual([
			expect.stringMatching(/^content\/faq\/a\.md: the answer reads at grade \d+(\.\d)?, above the limit of 8\./),
		]);
	});

	test('names the file and the id when an answer links to a question that does not exist', () => {
		const body = 'Small bumps are common. [Lumps weeks later](/side-effects/#no-such-question) are different.';
		expect(linkedQuestionIds(body)).toEqual(['no-such-question']);
		expect(faqProblems([question(body)], known)).toEqual([
			'content/faq/a.md: links to /side-effects/#no-such-question, but there is no content/faq/no-such-question.md',
		]);
	});

	test('names the file and the id of an unknown source', () => {
		expect(faqProblems([question('Bruising is common. It fades.', ['kybella-label', 'no-such-source'])], known)).toEqual([
			'content/faq/a.md: field "sources" lists an unknown source id "no-such-source" (not in content/sources.yaml)',
		]);
	});
});

describe('page order and groups', () => {
	const entry = (category: (typeof FAQ_CATEGORY_IDS)[number], order: number, question: string) => ({
		data: { category, order, question },
	});

	test('questions sort by category order, then order, then question', () => {
		const sorted = [entry('hair', 1, 'B'), entry('first-days', 2, 'A'), entry('first-days', 1, 'Z'), entry('first-days', 1, 'Y')].sort(
			compareFaq,
		);
		expect(sorted.map((e) => `${e.data.category}:${e.data.order}:${e.data.question}`)).toEqual([
			'first-days:1:Y',
			'first-days:1:Z',
			'first-days:2:A',
			'hair:1:B',
		]);
	});

	test('groups follow the category order, leave out empty categories and carry the label', () => {
		const groups = groupFaqByCategory([entry('hair', 1, 'Hair?'), entry('during-treatment', 1, 'Pain?')]);
		expect(groups.map((g) => [g.category, g.label, g.entries.length])).toEqual([
			['during-treatment', 'During the treatment', 1],
			['hair', 'Hair', 1],
		]);
	});
});
