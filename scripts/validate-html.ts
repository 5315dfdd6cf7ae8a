// Checks every page of the built site with the Nu Html Checker (the W3C's validator) in one Java process.
// Errors and warnings fail, except the few in ALLOWED (src/lib/html-validation.ts), each with its reason.
// Usage: node scripts/validate-html.ts [dist]
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ALLOWED, formatProblem, validateHtml } from '../src/lib/html-validation.ts';
import { htmlFiles } from '../src/lib/link-check.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const files = htmlFiles(dist);
const { problems, allowedCount } = validateHtml(files, process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const problem of problems) console.error(formatProblem(problem));
const summary = `${files.length} pages checked in ${seconds} s: ${problems.length} errors, ${allowedCount} known messages allowed (${ALLOWED.length} rules in src/lib/html-validation.ts).`;
if (problems.length > 0) {
	console.error(`\nThe Nu Html Checker found problems. ${summary}`);
	process.exitCode = 1;
} else {
	console.log(`Valid HTML. ${summary}`);
}
