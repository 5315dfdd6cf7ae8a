// `npm run bench`: measures the production build and writes bench/results.json and bench/results.md
// (the README's table). Not part of `npm test`: it takes minutes and its numbers are for reading,
// not for pass/fail. Steps: page weights, Lighthouse (mobile) through nginx, the JavaScript a reader
// who only scrolls downloads (scroll-only.ts), build scaling with 100 and 1,000 synthetic articles,
// search time-to-first-result on the 1,000-article build, and a bounded loopback load test of nginx.
// Options (environment): BENCH_PORT (nginx, default 8099), BENCH_SIZES (default "100,1000"),
// BENCH_LIGHTHOUSE_RUNS (default 3; the table shows each score's median, as Lighthouse advises,
// because the performance score moves with whatever else the machine is doing).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { pageWeight, type PageWeight } from '../../src/lib/page-weight.ts';
import { SEARCH_RESULT_LINKS, searchBox } from '../../tests/e2e/production/site.ts';
import { syntheticArticles } from './corpus.ts';
import { SCROLL_ONLY_PAGES, scrollOnlyJavascript } from './scroll-only.ts';
import { median, renderMarkdown, updateReadme, type BenchResults } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env['BENCH_PORT'] ?? 8099);
const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000').split(',').map(Number);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LIGHTHOUSE_RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);

/** The page types the issue names, by the path that represents each. */
const PAGES = {
	home: '/',
	article: '/articles/what-is-mesotherapy/',
	estimator: '/estimator/',
	'side-effect FAQ': '/side-effects/',
	search: '/search/',
	embed: '/embed/estimator/',
} as const;

/** Lay queries for the search timing, the way readers type them. */
const QUERIES = [
	'cellulite',
	'hair loss',
	'bruising',
	'fat jabs',
	'eye bags',
	'double chin',
	'lump after injection',
	'how many sessions',
	'side effects',
	'cost',
];

const log = (message: string) => console.log(`[bench] ${message}`);

function run(command: string, args: string[], cwd: string): void {
	const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

/** Starts nginx on the build in `root` and resolves once it answers. */
async function startNginx(root: string): Promise<ChildProcess> {
	const server = spawn('node', [join(ROOT, 'scripts/serve-nginx.ts'), root], {
		env: { ...process.env, PORT: String(PORT) },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((wait) => setTimeout(wait, 100));
	}
	server.kill('SIGTERM');
	throw new Error(`nginx did not answer on port ${PORT}`);
}

const stopNginx = (server: ChildProcess) =>
	new Promise<void>((done) => {
		server.once('exit', () => done());
		server.kill('SIGTERM');
	});

function pageWeights(dist: string): Record<string, PageWeight> {
	const readText = (path: string) => readFileSync(join(dist, path), 'utf8');
	return Object.fromEntries(
		Object.entries(PAGES).map(([name, path]) => {
			return [name, pageWeight(readText(join(path, 'index.html')), readText)];
		}),
	);
}

/**
 * Lighthouse's four category scores (0–100) for one page, mobile form factor (its default). Tries up
 * to three times: on a busy machine Lighthouse sometimes fails to record the trace (NO_NAVSTART).
 */
function lighthouse(url: string): Record<string, number> {
	const output = join(mkdtempSync(join(tmpdir(), 'meso-lh-')), 'report.json');
	const args = [
		url,
		'--quiet',
		'--output=json',
		`--output-path=${output}`,
		'--only-categories=performance,accessibility,best-practices,seo',
		'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
	];
	for (let attempt = 1; ; attempt++) {
		const result = spawnSync(join(ROOT, 'node_modules/.bin/lighthouse'), args, { stdio: ['ignore', 'inherit', 'inherit'] });
		if (result.status === 0) break;
		if (attempt === 3) throw new Error(`Lighthouse failed three times on ${url}`);
	}
	const report = JSON.parse(readFileSync(output, 'utf8'));
	rmSync(join(output, '..'), { recursive: true, force: true });
	return Object.fromEntries(
		Object.entries(report.categories as Record<string, { score: number }>).map(([id, { score }]) => [id, Math.round(score * 100)]),
	);
}

/** A copy of the project with `count` synthetic articles added, sharing node_modules. */
function corpusCopy(count: number): string {
	const copy = mkdtempSync(join(tmpdir(), `meso-bench-${count}-`));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
		cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
	for (const { name, english, spanish } of syntheticArticles(ROOT, count)) {
		writeFileSync(join(copy, 'content/articles', name), english);
		writeFileSync(join(copy, 'content/es/articles', name), spanish);
	}
	return copy;
}

const folderBytes = (folder: string): { bytes: number; files: number } =>
	readdirSync(folder, { withFileTypes: true }).reduce(
		(sum, entry) => {
			const path = join(folder, entry.name);
			const inner = entry.isDirectory() ? folderBytes(path) : { bytes: statSync(path).size, files: 1 };
			return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
		},
		{ bytes: 0, files: 0 },
	);

/** Time from typing a query to the first result link on screen, in the search page's own box. */
async function searchTimes(origin: string): Promise<{ method: string; milliseconds: number[] }> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	const page = await browser.newPage();
	await page.goto(`${origin}/search/`);
	const box = searchBox(page);
	// The box appears once Pagefind's UI has loaded.
	await box.waitFor();
	const milliseconds: number[] = [];
	for (const query of QUERIES) {
		await box.fill('');
		const start = performance.now();
		await box.fill(query);
		await page.locator(SEARCH_RESULT_LINKS).first().waitFor({ state: 'visible', timeout: 15_000 });
		milliseconds.push(Math.round(performance.now() - start));
	}
	await browser.close();
	return { method: "the search page's box (typing to the first result link visible)", milliseconds };
}

/** A bounded load test: 10 connections for 10 seconds, loopback only, over a mix of real paths. */
async function loadTest(origin: string, paths: string[]) {
	const result = await autocannon({
		url: origin,
		connections: 10,
		duration: 10,
		// Like a browser: ask for gzip, so nginx compresses as it would for readers.
		headers: { 'accept-encoding': 'gzip' },
		requests: paths.map((path) => ({ method: 'GET', path })),
	});
	return {
		connections: 10,
		seconds: 10,
		paths,
		requestsPerSecond: Math.round(result.requests.average),
		requests: result.requests.total,
		errors: result.errors,
		timeouts: result.timeouts,
		non2xx: result.non2xx,
		latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
	};
}

async function main() {
	const loadAtStart = loadavg()[0]!;
	log('Building the site…');
	const started = performance.now();
	run('npx', ['astro', 'build'], ROOT);
	const siteBuildSeconds = (performance.now() - started) / 1000;
	const dist = join(ROOT, 'dist');

	log('Weighing pages…');
	const weights = pageWeights(dist);

	const server = await startNginx(ROOT);
	const origin = `http://127.0.0.1:${PORT}`;
	const scores: BenchResults['lighthouse'] = {};
	const lighthouseRuns: BenchResults['lighthouseRuns'] = {};
	let load: BenchResults['load'];
	let scrollOnlyJs: BenchResults['scrollOnlyJs'];
	try {
		log(`JavaScript for a reader who only scrolls: ${SCROLL_ONLY_PAGES.join(', ')}`);
		scrollOnlyJs = await scrollOnlyJavascript(origin, SCROLL_ONLY_PAGES);
		for (const [name, path] of Object.entries(PAGES)) {
			log(`Lighthouse (mobile), ${LIGHTHOUSE_RUNS} runs: ${path}`);
			const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouse(`${origin}${path}`));
			scores[name] = Object.fromEntries(Object.keys(runs[0]!).map((category) => [category, median(runs.map((r) => r[category]!))]));
			lighthouseRuns[name] = runs;
		}
		log('Load test (10 s, 10 connections, loopback)…');
		const assets = readdirSync(join(dist, '_astro'))
			.filter((name) => name.endsWith('.css'))
			.map((name) => `/_astro/${name}`);
		load = await loadTest(origin, ['/', PAGES.article, '/articles/', '/search/', ...assets.slice(0, 1), '/pagefind/pagefind-entry.json']);
	} finally {
		await stopNginx(server);
	}

	const scaling: BenchResults['scaling'] = [];
	let search: BenchResults['search'] = null;
	for (const size of SIZES) {
		log(`Build scaling: ${size} synthetic articles…`);
		const copy = corpusCopy(size);
		const start = performance.now();
		run('npx', ['astro', 'build'], copy);
		const seconds = (performance.now() - start) / 1000;
		const pages = htmlFiles(join(copy, 'dist')).length;
		const index = folderBytes(join(copy, 'dist/pagefind'));
		scaling.push({
			syntheticArticles: size,
			pages,
			buildSeconds: round(seconds, 1),
			msPerPage: round((seconds * 1000) / pages, 1),
			pagefindBytes: index.bytes,
			pagefindFiles: index.files,
		});
		if (size === Math.max(...SIZES)) {
			log(`Search timing on the ${size}-article build…`);
			const corpusServer = await startNginx(copy);
			try {
				const times = await searchTimes(origin);
				search = { corpus: size, queries: QUERIES, ...times };
			} finally {
				await stopNginx(corpusServer);
			}
		}
		rmSync(copy, { recursive: true, force: true });
	}

	const results: BenchResults = {
		date: new Date().toISOString().slice(0, 10),
		machine: `${process.platform} ${process.arch}, Node ${process.version}, ${spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
		// Other work on the machine slows every timing here (Lighthouse's performance score most).
		loadAverage: { start: round(loadAtStart, 1), end: round(loadavg()[0]!, 1) },
		siteBuildSeconds: round(siteBuildSeconds, 1),
		weights,
		lighthouse: scores,
		lighthouseRuns,
		scrollOnlyJs,
		scaling,
		search,
		load,
	};
	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	const markdown = renderMarkdown(results);
	writeFileSync(join(ROOT, 'bench/results.md'), markdown);
	updateReadme(join(ROOT, 'README.md'), markdown);
	log('Wrote bench/results.json, bench/results.md and the README table.');
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

await main();
