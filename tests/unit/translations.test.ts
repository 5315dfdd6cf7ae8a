import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { readDataFile } from '../../src/lib/data-file.ts';
import { labelNeedsTranslation } from '../../src/lib/schemas/source.ts';
import { SourceTextSchema, TreatmentTextSchema } from '../../src/lib/schemas/translation.ts';
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
		const problems = translationProblems(goals, en, es, { itemLists: { caveats: [], figures: ['note', 'approval'] } });
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

	test('when only some entries need a translation, only those are missing, and the message says why', () => {
		const sources = { file: 'content/es/sources.yaml', englishFile: 'content/sources.yaml' };
		const en = readDataFile(
			sources.englishFile,
			[
				'- id: fda-2010',
				'  short: FDA, 2010',
				'- id: park-2008',
				'  short: Park and others, 2008',
				'- id: tan',
				'  short: Tan and Rao',
			].join('\n'),
			z.unknown(),
		).entries;
		const es = readDataFile(sources.file, '- id: tan\n  short: Tan y Rao\n', z.unknown()).entries;
		const needed = {
			when: (english: unknown) => labelNeedsTranslation((english as { short: string }).short),
			because: 'its short label has words in it',
		};
		expect(translationProblems(sources, en, es, { needed })).toEqual([
			{
				file: sources.file,
				line: 1,
				column: 1,
				field: 'id',
				message:
					'"park-2008" (content/sources.yaml:3) has no translation (its short label has words in it): add an entry with id: park-2008',
			},
		]);
	});

	test('a citation label needs a translation when it has a word in small letters, not for names, acronyms and years', () => {
		const needing = [
			'Park and others, 2008',
			'FDA, dermal fillers',
			'Kybella label',
			'PAH meta-analysis, 2025',
			'Grazer and de Jong, 2000',
		];
		const neutral = [
			'FDA, 2010',
			'Healthline',
			'El-Domyati, 2012',
			'Matthews-Brzozowska, 2017',
			'NTM Info & Research',
			'MHRA, Yellow Card',
		];
		expect(needing.filter((label) => !labelNeedsTranslation(label))).toEqual([]);
		expect(neutral.filter(labelNeedsTranslation)).toEqual([]);
	});

	test('a translated citation label holds only the label: its title and links stay in English', () => {
		expect(SourceTextSchema.safeParse({ short: 'Park y otros, 2008' }).success).toBe(true);
		expect(SourceTextSchema.safeParse({ short: 'Park y otros, 2008', title: 'Título' }).success).toBe(false);
	});

	test('a note the English entry has must be translated, and one it does not have must go', () => {
		const sources = { file: 'content/es/sources.yaml', englishFile: 'content/sources.yaml' };
		const en = readDataFile(
			sources.englishFile,
			['- id: fda-2010', '  short: FDA, 2010', '  note: No link.', '- id: cdc-2024', '  short: CDC, 2024'].join('\n'),
			z.unknown(),
		).entries;
		const es = readDataFile(
			sources.file,
			['- id: fda-2010', '  short: FDA, 2010', '- id: cdc-2024', '  short: CDC, 2024', '  dateNote: sin fecha'].join('\n'),
			z.unknown(),
		).entries;
		expect(translationProblems(sources, en, es, { fieldsLikeEnglish: ['note', 'dateNote'] })).toEqual([
			{ file: sources.file, line: 1, column: 1, field: 'note', message: 'is missing: translate it from content/sources.yaml:1' },
			{
				file: sources.file,
				line: 3,
				column: 1,
				field: 'dateNote',
				message: 'the English entry (content/sources.yaml:4) has no dateNote; remove it',
			},
		]);
	});
});
