import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, readDataFile } from '../../src/lib/data-file.ts';
import { ComparisonRowSchema } from '../../src/lib/schemas/comparison.ts';
import { GlossaryTermSchema } from '../../src/lib/schemas/glossary.ts';
import { RedFlagSchema } from '../../src/lib/schemas/red-flag.ts';
import { SourceSchema } from '../../src/lib/schemas/source.ts';
import { TreatmentSchema } from '../../src/lib/schemas/treatment.ts';
import { root, sourceIds } from './helpers/content.ts';

const FILE = 'content/things.yaml';
const schema = z.object({
	title: z.string().min(3),
	year: z.number().int(),
	range: z.strictObject({ min: z.number(), max: z.number() }).optional(),
	tags: z.array(z.string()).default([]),
});
const read = (text: string) => readDataFile(FILE, text, schema);
const where = (text: string) => read(text).problems.map(formatProblem);

describe('readDataFile', () => {
	test('reads every entry in order, without its id, with defaults and YAML aliases resolved', () => {
		const text = ['- id: first', '  title: &t One', '  year: 2001', '- id: second', '  title: *t', '  year: 2002', '  tags: [a]'].join(
			'\n',
		);
		expect(read(text)).toEqual({
			entries: [
				{ id: 'first', line: 1, data: { title: 'One', year: 2001, tags: [] } },
				{ id: 'second', line: 4, data: { title: 'One', year: 2002, tags: ['a'] } },
			],
			problems: [],
		});
	});

	test('a quote never closed names the line and column where it opens, and no entry is returned', () => {
		const text = [
			'- id: first',
			'  title: One',
			'  year: 2001',
			'- id: second',
			'  title: "Unclosed quote',
			'  year: 2002',
			'- id: third',
			'  title: x',
		].join('\n');
		const { entries, problems } = read(text);
		expect(entries).toEqual([]);
		expect(problems.map(formatProblem)[0]).toBe(`${FILE}:5:10 this quote (") is never closed: end the value with "`);
	});

	test('a key written twice in one entry is a YAML error on its line', () => {
		expect(where(['- id: first', '  title: One', '  title: Two', '  year: 2001'].join('\n'))[0]).toMatch(
			/^content\/things\.yaml:3:3 the file is not valid YAML: .*unique/,
		);
	});

	test('a file that is not a list says what it must be', () => {
		expect(where('title: One\nyear: 2001\n')).toEqual([`${FILE}:1:1 the file must be a list of entries, each starting with "- id: "`]);
	});

	test('a missing, badly written or repeated id names the line of the entry', () => {
		const text = [
			'- id: first',
			'  title: One',
			'  year: 2001',
			'- title: Two',
			'  year: 2002',
			'- id: Third Entry',
			'  title: Three',
			'  year: 2003',
			'- id: first',
			'  title: Four',
			'  year: 2004',
		].join('\n');
		expect(where(text)).toEqual([
			`${FILE}:4:3 id: every entry needs an id: use lowercase words joined by hyphens, e.g. nhs-bruising`,
			`${FILE}:6:7 id: "Third Entry" is not a valid id: use lowercase words joined by hyphens, e.g. nhs-bruising`,
			`${FILE}:9:7 id: "first" is already the id of the entry on line 1; give each entry its own id`,
		]);
	});

	test('a wrong value names the line and column of the value, and the field', () => {
		const text = ['- id: first', '  title: One', '  year: 2001', '- id: second', '  title: Two', '  year: last year'].join('\n');
		expect(where(text)).toEqual([`${FILE}:6:9 year: Invalid input: expected number, received string`]);
	});

	test('a nested value names its path; an unknown key points to the key; a missing field points to its entry', () => {
		const text = [
			'- id: first',
			'  title: One',
			'  year: 2001',
			'  range:',
			'    min: 1',
			'    max: many',
			'- id: second',
			'  title: Two',
			'  year: 2002',
			'  range: { min: 1, max: 2, mni: 3 }',
			'- id: third',
			'  year: 2003',
		].join('\n');
		expect(where(text)).toEqual([
			`${FILE}:6:10 range.max: Invalid input: expected number, received string`,
			`${FILE}:10:28 range.mni: Unrecognized key: "mni"`,
			`${FILE}:11:3 title: Invalid input: expected string, received undefined`,
		]);
	});

	test('a value inside a list names its index', () => {
		expect(where(['- id: first', '  title: One', '  year: 2001', '  tags: [a, 2]'].join('\n'))).toEqual([
			`${FILE}:4:13 tags.1: Invalid input: expected string, received number`,
		]);
	});
});

// In the site, source ids are checked by Astro's reference('sources'); here an enum of the real ids plays that part.
const sourceId = z.enum(sourceIds as [string, ...string[]]);
describe.each([
	['content/sources.yaml', SourceSchema],
	['content/glossary.yaml', GlossaryTermSchema],
	['content/comparison.yaml', ComparisonRowSchema(sourceId)],
	['content/red-flags.yaml', RedFlagSchema(sourceId)],
	['content/treatments.yaml', TreatmentSchema(sourceId)],
])('%s', (file, fileSchema) => {
	const text = readFileSync(`${root}/${file}`, 'utf8');
	const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

	test('reads without a problem', () => {
		const { entries, problems } = readDataFile(file, text, fileSchema);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(entries.map((entry) => entry.id)).toEqual([...text.matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]));
	});

	test('an id used twice is refused, naming the line of each entry', () => {
		const [first, second] = [...text.matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]!);
		const repeated = text.replace(`- id: ${second}\n`, `- id: ${first}\n`);
		expect(readDataFile(file, repeated, fileSchema).problems.map(formatProblem)).toEqual([
			`${file}:${lineOf(`- id: ${second}\n`)}:7 id: "${first}" is already the id of the entry on line ${lineOf(`- id: ${first}\n`)}; give each entry its own id`,
		]);
	});
});

test('content/treatments.yaml with a number of sessions below 1 names its line, column and field path', () => {
	const file = 'content/treatments.yaml';
	const text = readFileSync(`${root}/${file}`, 'utf8').replace(/sessions: \{ max: \d+ \}/, 'sessions: { max: -4 }');
	const before = text.slice(0, text.indexOf('-4 }'));
	const position = `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
	expect(readDataFile(file, text, TreatmentSchema(sourceId)).problems.map(formatProblem)).toEqual([
		expect.stringMatching(new RegExp(`^${file}:${position} figures\\.\\d+\\.sessions\\.max: Too small`)),
	]);
});
