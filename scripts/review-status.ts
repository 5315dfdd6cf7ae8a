// `npm run review:status`: one row per page (articles, side-effects, estimator) with its review
// dates, days left until the next review (negative when overdue), its clinical review state and its
// fingerprint in full (what a review file records), then the translations whose English page changed since
// they were made, and the page-history summaries still shown in English. `-- --json` prints the same as JSON.
// Exits 1 when a page is overdue (so a scheduled job can alert) and 2 when a review or page file is wrong.
// `BUILD_DATE=YYYY-MM-DD` sets the day it counts from, as for the build.
import { isoDate } from '../src/lib/dates.ts';
import type { PageStatus } from '../src/lib/review/status.ts';
import { buildDay } from '../src/lib/review/today.ts';
import { readReviewStatus, staleTranslations, summaryGaps, textPageFingerprints } from './review/read-content.ts';

const today = buildDay(process.env);
const json = process.argv.includes('--json');

const row = (status: PageStatus) => ({
	page: status.id,
	lastReviewed: isoDate(status.lastReviewed),
	nextReviewDue: isoDate(status.nextReviewDue),
	daysLeft: status.daysLeft,
	overdue: status.overdue,
	clinicalReview: status.clinical,
	reviewedOn: status.review ? isoDate(status.review.date) : null,
	fingerprint: status.fingerprint,
});

let result: ReturnType<typeof readReviewStatus>;
try {
	result = readReviewStatus(process.cwd(), today);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
const rows = result.statuses.map(row);
// Translations whose English page changed since: listed for editors, never an error (the pages say so too).
const stale = staleTranslations(process.cwd(), result.statuses).map((translation) => ({
	...translation,
	translatedOn: isoDate(translation.translatedOn),
	englishChangedOn: translation.englishChangedOn && isoDate(translation.englishChangedOn),
}));
// Pages translated from a dictionary or a data file (glossary, sources, about, for-clinics): what a translation records.
const textPages = textPageFingerprints(process.cwd());
// Summaries with no translation are shown in English on the translated pages: listed, never an error.
let gaps: ReturnType<typeof summaryGaps>;
try {
	gaps = summaryGaps(process.cwd(), result.statuses);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}

if (json) {
	console.log(
		JSON.stringify(
			{ today: isoDate(today), pages: rows, textPages, staleTranslations: stale, summaryGaps: gaps, problems: result.problems },
			null,
			2,
		),
	);
} else {
	const columns = ['page', 'lastReviewed', 'nextReviewDue', 'daysLeft', 'clinicalReview', 'fingerprint'] as const;
	const widths = columns.map((column) => Math.max(column.length, ...rows.map((r) => String(r[column]).length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, i) => cell.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	console.log(`Review status on ${isoDate(today)}`);
	console.log(line(columns));
	for (const r of rows) console.log(line(columns.map((column) => String(r[column]))));
	const overdue = rows.filter((r) => r.overdue).map((r) => r.page);
	if (overdue.length > 0) console.log(`\nOverdue: ${overdue.join(', ')}. Check each against its sources and set new review dates.`);
	console.log('\nPages translated from a dictionary or a data file, and the fingerprint of their English words:');
	for (const [page, fingerprint] of Object.entries(textPages)) console.log(`${page.padEnd(widths[0]!)}  ${fingerprint}`);
	for (const { locale, page, file, translatedOn, englishChangedOn } of stale) {
		const changed = englishChangedOn ? `the English page changed (latest change ${englishChangedOn})` : 'its English words changed';
		console.log(
			`\nStale translation (${locale}) of ${page}: ${file} translates the English page of ${translatedOn}; ${changed}. Update the translation, then its translation.of.`,
		);
	}
	for (const { locale, file, untranslated, unused } of gaps) {
		for (const summary of untranslated)
			console.log(`\nUntranslated summary (${locale}): "${summary}". Add it to ${file} with its translation.`);
		for (const { english, line } of unused) {
			console.log(
				`\nUnused summary translation (${locale}) at ${file}:${line}: no page's history says "${english}" now. Key it by the new English text.`,
			);
		}
	}
	for (const problem of result.problems) console.error(problem);
}
process.exitCode = result.problems.length > 0 ? 2 : rows.some((r) => r.overdue) ? 1 : 0;
