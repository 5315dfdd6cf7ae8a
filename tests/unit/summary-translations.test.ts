// Page-history summaries in Spanish: the file's checks (with lines), how a page shows them, and what
// `npm run review:status` lists when an English summary changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readReviewStatus, summaryGaps } from '../../scripts/review/read-content.ts';
import { formatProblem } from '../../src/lib/data-file.ts';
import { readSummaryTranslations, summaryCoverage, translateChanges } from '../../src/lib/review/summary-translations.ts';
import { MAX_CHANGE_SUMMARY } from '../../src/lib/schemas/page-history.ts';

const FILE = 'content/es/changes.yaml';
const read = (text: string) => readSummaryTranslations(FILE, text, 'es');
const messages = (text: string) => read(text).problems.map(formatProblem);

describe('readSummaryTranslations', () => {
	test('reads each English summary with its translation and line', () => {
		const { translations, problems } = read(
			['# comment', '"First published.": "Se publicó por primera vez."', '"Added a list.": "Añadimos una lista."'].join('\n'),
		);
		expect(problems).toEqual([]);
		expect(translations).toEqual([
			{ english: 'First published.', translated: 'Se publicó por primera vez.', line: 2 },
			{ english: 'Added a list.', translated: 'Añadimos una lista.', line: 3 },
		]);
	});

	test('an empty file has no translations and no problems', () => {
		expect(read('# nothing yet\n')).toEqual({ translations: [], problems: [] });
	});

	test('the same English summary twice is refused at its second line', () => {
		const [problem] = messages('"First published.": "Se publicó."\n"First published.": "Primera vez."\n');
		expect(problem).toMatch(/^content\/es\/changes\.yaml:2:1 the file is not valid YAML: Map keys must be unique/);
	});

	test('an unclosed quote is reported where it opens', () => {
		expect(messages('"First published.": "Se publicó.\n"Added a list.": "Añadimos una lista."\n')[0]).toMatch(
			/^content\/es\/changes\.yaml:1:21 this quote \("\) is never closed/,
		);
	});

	test('a list instead of a map, or a value that is not text, names the format', () => {
		expect(messages('- "First published."\n')[0]).toContain('each line maps an English summary to its translation');
		expect(messages('"First published.":\n  - "Se publicó."\n')[0]).toMatch(/^content\/es\/changes\.yaml:1:1 each line maps/);
	});

	test('a translation longer than a translated summary may be is refused at its line', () => {
		const long = 'Dijimos algo. '.repeat(Math.ceil((MAX_CHANGE_SUMMARY * 1.3) / 14) + 1).trim();
		const [problem] = messages(`"First published.": "Se publicó."\n"Added a list.": "${long}"\n`);
		expect(problem).toMatch(/^content\/es\/changes\.yaml:2:18 /);
		expect(problem).toContain(String(Math.round(MAX_CHANGE_SUMMARY * 1.3)));
	});

	test('translations that together read below Fernández-Huerta 65 are refused', () => {
		const hard =
			'"Added a list.": "Incorporamos información complementaria relativa a determinadas contraindicaciones farmacológicas, dermatológicas, cardiovasculares y endocrinológicas."';
		expect(messages(hard)[0]).toMatch(/^content\/es\/changes\.yaml:1:1 the translations together: Fernández-Huerta reading ease is -?\d+/);
	});

	test('the Spanish file passes its own checks and translates every summary the English pages give', () => {
		const root = join(import.meta.dirname, '../..');
		const { problems, translations } = read(readFileSync(join(root, FILE), 'utf8'));
		expect(problems).toEqual([]);
		const english = readReviewStatus(root, new Date('2026-12-02')).statuses.flatMap((status) =>
			status.changes.map((change) => change.summary),
		);
		expect(summaryCoverage(english, translations)).toEqual({ untranslated: [], unused: [] });
	});
});

describe('translateChanges', () => {
	const changes = [
		{ date: new Date('2026-11-25'), kind: 'new' as const, summary: 'First published.' },
		{ date: new Date('2026-12-02'), kind: 'update' as const, summary: 'Added a list of signs.' },
	];

	test('a translated summary replaces the English one; an untranslated one stays, marked as English', () => {
		expect(translateChanges(changes, new Map([['First published.', 'Primera publicación.']]), 'en')).toEqual([
			{ ...changes[0], summary: 'Primera publicación.' },
			{ ...changes[1], summaryLang: 'en' },
		]);
	});
});

describe('npm run review:status lists summaries left in English', () => {
	const root = mkdtempSync(join(tmpdir(), 'meso-summaries-'));
	cpSync(join(import.meta.dirname, '../../content'), join(root, 'content'), { recursive: true });
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('rewording an English summary on every page that gives it lists it as untranslated, and its old translation as unused with its line', () => {
		const before = 'The cellulite grades come from a published system. We had said they came from clinic material.';
		const after = 'The cellulite grades come from a published scale. We had said they came from clinic material.';
		for (const file of ['content/articles/cellulite.mdx', 'content/pages/estimator.yaml']) {
			const path = join(root, file);
			expect(readFileSync(path, 'utf8')).toContain(before);
			writeFileSync(path, readFileSync(path, 'utf8').replace(before, after));
		}
		const line =
			readFileSync(join(root, FILE), 'utf8')
				.split('\n')
				.findIndex((text) => text.startsWith(JSON.stringify(before))) + 1;
		expect(line).toBeGreaterThan(0);
		expect(summaryGaps(root, readReviewStatus(root, new Date('2026-12-02')).statuses)).toEqual([
			{ locale: 'es', file: FILE, untranslated: [after], unused: [{ english: before, line }] },
		]);
	});
});
