// Prints the reading score of articles and side-effect answers exactly as the build measures them, and fails
// when one does not pass: an English article with its "At a glance" points (grade 8 at most), an English answer
// (grade 7 at most), a Spanish article or answer in content/es/ (Fernández-Huerta reading ease 65 at least).
// Usage: npx node scripts/reading-grade.ts content/articles/*.mdx content/es/faq/*.md
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../src/i18n/locales.ts';
import { readingProblem, readingScore } from '../src/lib/reading-level.ts';

/** The language of a content file: content/<locale>/… for a translation, else English. */
const localeOf = (file: string): Locale => {
	const folder = /(?:^|\/)content\/([a-z]{2})\//.exec(file)?.[1];
	return folder && isLocale(folder) ? folder : DEFAULT_LOCALE;
};

let failed = false;
for (const file of process.argv.slice(2)) {
	const text = readFileSync(file, 'utf8');
	const [, frontmatter = '', body = text] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
	const { keyPoints = [] } = (parse(frontmatter) ?? {}) as { keyPoints?: string[] };
	const isAnswer = /(?:^|\/)faq\/[^/]+\.md$/.test(file);
	const locale = localeOf(file);
	const score = readingScore(locale, body, keyPoints);
	const problem = readingProblem(score, isAnswer);
	if (problem) failed = true;
	const measure = score.scale === 'grade' ? `grade ${score.value}` : `reading ease ${score.value}`;
	console.log(`${file}: ${measure} (${score.wordsPerSentence.toFixed(1)} words per sentence) ${problem ?? 'ok'}`);
}
process.exitCode = failed ? 1 : 0;
