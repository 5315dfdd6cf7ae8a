// `npm run review:status` lists a translation as stale exactly when its English page's content changed since.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readReviewStatus, staleTranslations } from '../../scripts/review/read-content.ts';

const root = mkdtempSync(join(tmpdir(), 'meso-translations-'));
cpSync(join(import.meta.dirname, '../../content'), join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const today = new Date('2026-12-02');
const stale = () => staleTranslations(root, readReviewStatus(root, today).statuses);

describe('staleTranslations', () => {
	test('every Spanish page translates its English page as it is now', () => {
		expect(stale()).toEqual([]);
	});

	test('changing an English article makes its Spanish page stale, and only that one', () => {
		const file = join(root, 'content/articles/cellulite.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('Most women have them after puberty.', 'Most women have them after puberty. So do some men.'),
		);
		expect(stale().map(({ locale, page, file }) => ({ locale, page, file }))).toEqual([
			{ locale: 'es', page: 'cellulite', file: 'content/es/articles/cellulite.mdx' },
		]);
	});

	test('changing a warning sign makes every Spanish page that shows it stale, including the side-effect page', () => {
		const file = join(root, 'content/red-flags.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/sign: "([^"]+)"/, 'sign: "$1, now said differently"'));
		expect(stale().map(({ page }) => page)).toContain('side-effects');
	});

	test('changing an English glossary definition makes the Spanish glossary stale, with no day to name', () => {
		const file = join(root, 'content/glossary.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/definition: "([^"]+)"/, 'definition: "$1 Said differently."'));
		expect(stale().find(({ page }) => page === 'glossary')).toMatchObject({
			locale: 'es',
			file: 'content/es/pages/glossary.yaml',
			englishChangedOn: undefined,
		});
	});
});
