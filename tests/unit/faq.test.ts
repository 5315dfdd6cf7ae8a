import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CARE_LEVEL_IDS, type CareLevel } from '../../src/lib/care-levels.ts';
import { answerGrade, compareFaq, faqProblems, groupFaqByCategory, linkedQuestionIds } from '../../src/lib/faq.ts';
import { MAX_READING_GRADE } from '../../src/lib/reading-level.ts';
import { FAQ_CATEGORY_IDS, FaqSchema } from '../../src/lib/schemas/faq.ts';
import { readYaml, root, sourceIds } from './helpers/content.ts';
import { firstIssue as firstSchemaIssue } from './helpers/schema-issue.ts';

/** The warning-sign rulebook as written: each sign's id and level. */
const signs = readYaml('content/red-flags.yaml').map(({ id, level }) => ({ id, level: level as CareLevel }));
const signLevels = new Map(signs.map((sign) => [sign.id, sign.level]));

// In the site, ids are checked by Astro's reference('sources') and reference('redFlags'); here the
// bibliography's and the rulebook's ids play that part.
const faqSchema = FaqSchema(z.enum(sourceIds as [string, ...string[]]), z.enum(signs.map((sign) => sign.id) as [string, ...string[]]));

/** Every question file as written: its id (the file name), frontmatter and Markdown answer. */
const questions = readdirSync(`${root}/content/faq`)
	.filter((name) => name.endsWith('.md'))
	.map((name) => {
		const [, frontmatter, body] = readFileSync(`${root}/content/faq/${name}`, 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
		return {
			file: `content/faq/${name}`,
			id: name.replace(/\.md$/, ''),
			frontmatter: parse(frontmatter ?? '') as unknown,
			body: body ?? '',
		};
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

	test('a question may link a warning sign by its id in content/red-flags.yaml; an unknown id is refused', () => {
		expect(faqSchema.parse({ ...good, urgency: signs[0]!.level, sign: signs[0]!.id }).sign).toBe(signs[0]!.id);
		expect(firstIssue({ ...good, sign: 'no-such-sign' })?.path).toBe('sign');
	});
});

describe('the questions in content/faq', () => {
	test.each(questions.map((q) => [q.file, q] as const))('%s: valid frontmatter and id', (_file, q) => {
		const result = faqSchema.safeParse(q.frontmatter);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	test('no answer reads above the site limit, links between questions resolve, every source is known', () => {
		const written = questions.map((q) => {
			const data = faqSchema.parse(q.frontmatter);
			return { ...q, sources: data.sources, urgency: data.urgency, sign: data.sign as string | undefined };
		});
		expect(
			faqProblems(written, { questions: new Set(questions.map((q) => q.id)), sources: new Set(sourceIds), signs: signLevels }),
		).toEqual([]);
	});

	test('every emergency and same-day sign of the rulebook has a question that links it, except those the answers only mention', () => {
		const linked = new Set(questions.map((q) => faqSchema.parse(q.frontmatter).sign));
		const unlinked = signs.filter((sign) => sign.level !== 'contact-clinic' && !linked.has(sign.id)).map((sign) => sign.id);
		// Covered in the answer on hot, swollen skin, which links the more common sign.
		expect(unlinked).toEqual(['infection-face-fast-or-weak-immunity']);
	});

	test('every category has at least one question', () => {
		const used = new Set(questions.map((q) => faqSchema.parse(q.frontmatter).category));
		expect([...FAQ_CATEGORY_IDS].filter((category) => !used.has(category))).toEqual([]);
	});
});

describe('faqProblems', () => {
	const known = {
		questions: new Set(['a']),
		sources: new Set(['kybella-label']),
		signs: new Map<string, CareLevel>([['late-lump', 'same-day']]),
	};
	const question = (body: string, sources = ['kybella-label']) => ({ file: 'content/faq/a.md', body, sources });
	const fine = 'Bruising is common. It fades.';

	test('names the file when an answer reads above the limit', () => {
		const hard =
			'Subcutaneous administration of pharmacological preparations occasionally precipitates granulomatous inflammation necessitating prolonged antimicrobial chemotherapy. '.repeat(
				2,
			);
		expect(faqProblems([question(hard)], known)).toEqual([
			expect.stringMatching(/^content\/faq\/a\.md: the answer reads at grade \d+(\.\d)?, above the limit of 7\./),
		]);
	});

	test('holds answers to grade 7, a grade below articles: an answer at grade 7.5 fails', () => {
		// About grade 7.5 by the site's own formula: long sentences of everyday words.
		const answer =
			'Some people find that the skin where they had the shots stays sore and a bit swollen for several days after the visit. ' +
			'If it keeps getting worse instead of better, or the skin feels hot, call the clinic that treated you.';
		const grade = answerGrade(answer);
		expect(grade).toBeGreaterThan(7);
		expect(grade).toBeLessThanOrEqual(MAX_READING_GRADE);
		expect(faqProblems([question(answer)], known)).toEqual([expect.stringContaining('above the limit of 7.')]);
	});

	test('an answer has 2 to 5 sentences: one or six are refused, naming the file and what to write', () => {
		expect(faqProblems([question('Bruising is common.')], known)).toEqual([
			'content/faq/a.md: the answer has 1 sentence; write 2 to 5 short ones.',
		]);
		expect(faqProblems([question('It is common. '.repeat(6))], known)).toEqual([
			'content/faq/a.md: the answer has 6 sentences; write 2 to 5 short ones.',
		]);
		expect(faqProblems([question('It is common. '.repeat(5))], known)).toEqual([]);
	});

	test('names the file and the id when an answer links to a question that does not exist', () => {
		const body = 'Small bumps are common. [Lumps weeks later](/side-effects/#no-such-question) are different.';
		expect(linkedQuestionIds(body)).toEqual(['no-such-question']);
		expect(faqProblems([question(body)], known)).toEqual([
			'content/faq/a.md: links to /side-effects/#no-such-question, but there is no content/faq/no-such-question.md',
		]);
	});

	test('names the file and the id of an unknown source', () => {
		expect(faqProblems([question(fine, ['kybella-label', 'no-such-source'])], known)).toEqual([
			'content/faq/a.md: field "sources" lists an unknown source id "no-such-source" (not in content/sources.yaml)',
		]);
	});

	test('a question whose urgency agrees with the level of the sign it links passes', () => {
		expect(faqProblems([{ ...question(fine), urgency: 'same-day', sign: 'late-lump' }], known)).toEqual([]);
	});

	test('names the file and the rulebook entry when the urgency contradicts the linked sign', () => {
		expect(faqProblems([{ ...question(fine), urgency: 'contact-clinic', sign: 'late-lump' }], known)).toEqual([
			'content/faq/a.md: urgency "contact-clinic" contradicts the warning sign "late-lump" in content/red-flags.yaml, whose level is "same-day". ' +
				'One sign has one urgency everywhere: change the urgency, or link the sign the answer is really about.',
		]);
		// Leaving the urgency out contradicts it too.
		expect(faqProblems([{ ...question(fine), sign: 'late-lump' }], known)).toEqual([
			expect.stringContaining('urgency "(none)" contradicts'),
		]);
	});

	test('names the file and the id of an unknown sign', () => {
		expect(faqProblems([{ ...question(fine), urgency: 'same-day', sign: 'no-such-sign' }], known)).toEqual([
			'content/faq/a.md: field "sign" names an unknown warning sign "no-such-sign" (not in content/red-flags.yaml)',
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

	test('groups follow the category order and leave out empty categories', () => {
		const groups = groupFaqByCategory([entry('hair', 1, 'Hair?'), entry('during-treatment', 1, 'Pain?')]);
		expect(groups.map((g) => [g.category, g.entries.length])).toEqual([
			['during-treatment', 1],
			['hair', 1],
		]);
	});
});
