// Prints the Flesch–Kincaid grade of MDX articles, as the build measures it.
// Usage: npx node scripts/reading-grade.ts content/articles/*.mdx
import { readFileSync } from 'node:fs';
import { proseFromMdx } from '../src/lib/mdx-prose.ts';
import { readability } from '../src/lib/readability.ts';
import { MAX_READING_GRADE } from '../src/lib/reading-level.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
	const stats = readability(proseFromMdx(readFileSync(file, 'utf8')));
	const verdict = stats.grade > MAX_READING_GRADE ? `ABOVE the limit of ${MAX_READING_GRADE}` : 'ok';
	if (stats.grade > MAX_READING_GRADE) failed = true;
	console.log(
		`${file}: grade ${stats.grade} (${stats.words} words, ${stats.sentences} sentences, ${(stats.words / Math.max(1, stats.sentences)).toFixed(1)} words per sentence) ${verdict}`,
	);
}
process.exitCode = failed ? 1 : 0;
