// The benchmark's results as a Markdown table, and the README section that shows it.
import { readFileSync, writeFileSync } from 'node:fs';
import { EMBED_PAGE_JS_BUDGET, type PageWeight } from '../../src/lib/page-weight.ts';
import type { ScrollOnlyJavascript } from './scroll-only.ts';

export interface BenchResults {
	date: string;
	machine: string;
	/** The machine's 1-minute load average when the bench started and ended. */
	loadAverage: { start: number; end: number };
	siteBuildSeconds: number;
	/** Page type → weight. */
	weights: Record<string, PageWeight>;
	/** Page type → Lighthouse category → median score 0–100 over the runs. */
	lighthouse: Record<string, Record<string, number>>;
	/** Page type → every run's scores. */
	lighthouseRuns: Record<string, Record<string, number>[]>;
	/** Page path → script files a reader who only scrolls downloads, and their bytes as sent (gzip). */
	scrollOnlyJs: Record<string, ScrollOnlyJavascript>;
	scaling: {
		syntheticArticles: number;
		pages: number;
		buildSeconds: number;
		msPerPage: number;
		pagefindBytes: number;
		pagefindFiles: number;
	}[];
	search: { corpus: number; queries: string[]; method: string; milliseconds: number[] } | null;
	load: {
		connections: number;
		seconds: number;
		paths: string[];
		requestsPerSecond: number;
		requests: number;
		errors: number;
		timeouts: number;
		non2xx: number;
		latencyMs: { p50: number; p99: number };
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Exact bytes for a figure held against a budget: "81,543 bytes". */
const bytes = (count: number) => `${count.toLocaleString('en')} bytes`;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export function renderMarkdown(results: BenchResults): string {
	const embed = results.weights['embed'];
	const lines = [
		`Measured ${results.date} with \`npm run bench\` on ${results.machine} (2 cores; load average ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end). Full numbers: \`bench/results.json\`.`,
		'',
		'| Page | HTML (gzip) | CSS (gzip) | JS (gzip) | Lighthouse mobile (median of runs): performance / accessibility / best practices / SEO |',
		'| --- | ---: | ---: | ---: | --- |',
		...Object.entries(results.weights).map(([name, weight]) => {
			const scores = results.lighthouse[name];
			return `| ${name} | ${kb(weight.html.gzip)} | ${kb(weight.css.gzip)} | ${kb(weight.js.gzip)} | ${scores ? CATEGORIES.map((c) => scores[c]).join(' / ') : ''} |`;
		}),
		...(embed
			? [
					'',
					`The clinic widget (/embed/estimator/) loads ${bytes(embed.js.gzip)} of JavaScript (gzip); its budget is ${bytes(EMBED_PAGE_JS_BUDGET)}.`,
				]
			: []),
		'',
		'| Page read by scrolling only (390×844, nothing touched) | Script files | JS as sent (gzip) |',
		'| --- | ---: | ---: |',
		...Object.entries(results.scrollOnlyJs).map(([path, js]) => `| ${path} | ${js.files} | ${kb(js.bytes)} |`),
		'',
		'| Synthetic articles added | Pages built | Build time | Per page | Pagefind index |',
		'| ---: | ---: | ---: | ---: | ---: |',
		...results.scaling.map(
			(s) =>
				`| ${s.syntheticArticles} | ${s.pages} | ${s.buildSeconds} s | ${s.msPerPage} ms | ${kb(s.pagefindBytes)} in ${s.pagefindFiles} files |`,
		),
	];
	if (results.scaling.length >= 2) {
		const [small, large] = [results.scaling[0]!, results.scaling.at(-1)!];
		lines.push(
			'',
			`Per-page build time at ${large.syntheticArticles} articles is ${(large.msPerPage / small.msPerPage).toFixed(2)}× that at ${small.syntheticArticles} (target: at most 1.2×).`,
		);
	}
	if (results.search) {
		const { milliseconds, corpus, method } = results.search;
		lines.push(
			'',
			`Search on the ${corpus}-article build, ${milliseconds.length} queries, measured with ${method}: first query (cold) ${milliseconds[0]} ms, median ${median(milliseconds)} ms, slowest ${Math.max(...milliseconds)} ms.`,
		);
	}
	const { load } = results;
	lines.push(
		'',
		`nginx under load (autocannon, ${load.connections} connections for ${load.seconds} s on the loopback, ${load.paths.length} paths in turn): ${load.requestsPerSecond} requests/s, ${load.requests} requests, ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx; latency p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms.`,
	);
	return `${lines.join('\n')}\n`;
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/** Replaces the README's bench section (between the markers) with the new table. */
export function updateReadme(readmePath: string, markdown: string): void {
	const readme = readFileSync(readmePath, 'utf8');
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start === -1 || end < start) throw new Error(`README.md has no "${START}" … "${END}" section for the bench table`);
	writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${markdown}${readme.slice(end)}`);
}
