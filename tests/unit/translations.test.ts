import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { readDataFile } from '../../src/lib/data-file.ts';
import { TreatmentTextSchema } from '../../src/lib/schemas/translation.ts';
import { translationProblems } from '../../src/lib/translations.ts';

const files = { file: 'content/es/glossary.yaml', englishFile: 'content/glossary.yaml' };
const english = readDataFile(
	files.englishFile,
	['- id: abscess', '  term: Abscess', '- id: bruise', '  term: Bruise', '- id: cellulite', '  term: Cellulite'].join('\n'),
	z.unknown(),
).entries;

describe('translationProblems', () => {
	test('a complete translation has no problems', () => {
		const spanish = readDataFile(files.file, '- id: abscess\n- id: bruise\n- id: cellulite\n', z.unknown()).entries;
		expect(translationProblems(files, english, spanish)).toEqual([]);
	});

	test('an id English does not have is reported at its line; a missing English id names its English line', () => {
		const spanish = readDataFile(files.file, '- id: abscess\n- id: bruse\n- id: cellulite\n', z.unknown()).entries;
		const { file } = files;
		expect(translationProblems(files, english, spanish)).toEqual([
			{
				file,
				line: 2,
				column: 1,
				field: 'id',
				message: '"bruse" is not an id in content/glossary.yaml: translate its entries only, with their ids',
			},
			{
				file,
				line: 1,
				column: 1,
				field: 'id',
				message: '"bruise" (content/glossary.yaml:3) has no translation: add an entry with id: bruise',
			},
		]);
	});

	test('lists translated item by item must be as long as English, with the same optional texts', () => {
		const goals = { file: 'content/es/treatments.yaml', englishFile: 'content/treatments.yaml' };
		const en = readDataFile(
			goals.englishFile,
			'- id: cellulite\n  caveats: [{ text: a }, { text: b }]\n  figures:\n    - { note: n }\n',
			z.unknown(),
		).entries;
		const es = readDataFile(
			goals.file,
			'- id: cellulite\n  caveats: [uno]\n  figures:\n    - { note: nota, approval: sí }\n',
			z.unknown(),
		).entries;
		const problems = translationProblems(goals, en, es, { caveats: [], figures: ['note', 'approval'] });
		expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['1 caveats', '1 figures.0.approval']);
		expect(problems[0]!.message).toContain('has 1 items, but "cellulite" in content/treatments.yaml:1 has 2');
	});

	test('a translated goal may not carry numbers or sources, which stay in English', () => {
		const result = TreatmentTextSchema.safeParse({
			label: 'Celulitis',
			verdict: 'Texto',
			figures: [],
			caveats: [],
			maintenance: [],
			sources: ['x'],
		});
		expect(result.success).toBe(false);
	});
});
