// Builds copies of the real site with deliberately broken files (an article, a side-effect question,
// each YAML data file) and checks that the editor sees the file, the line and the field in the build
// output, as a real build would show them. Each copy has its own Astro content cache, so a test can
// build once, break a file and build again with that cache present, as on any machine that has built before.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { buildSite as build, changeFiles, copySite, removeSiteCopies } from './helpers/fixture-site.ts';

// One build at a time, each allowed several minutes: on a busy 2-core machine parallel builds only time out.
vi.setConfig({ testTimeout: 300_000 });
const ARTICLE = 'what-is-mesotherapy';

/**
 * A copy of the site holding just one article (and its translations), with `edit` applied to that article's source; or,
 * with `others`, a copy of all the content with those changes applied to other content files
 * (paths relative to the project; a missing file starts empty), so the build gets past every page that does not use them.
 */
function fixtureSite(edit: (mdx: string) => string, others?: Record<string, (text: string) => string>): string {
	const dir = copySite(
		(path) => others !== undefined || !/content\/(?:[a-z]{2}\/)?articles\/.+\.mdx$/.test(path) || path.endsWith(`${ARTICLE}.mdx`),
	);
	const article = join(dir, 'content/articles', `${ARTICLE}.mdx`);
	writeFileSync(article, edit(readFileSync(article, 'utf8')));
	changeFiles(dir, others ?? {});
	return dir;
}

afterAll(removeSiteCopies);

/** 1-based line and column of the first `needle` in `text`, as `line:column`. */
function positionOf(text: string, needle: string): string {
	const before = text.slice(0, text.indexOf(needle));
	if (before.length === text.length) throw new Error(`"${needle}" is not in the text`);
	return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

/**
 * The first thing a failed build says that is not a progress line: Astro's own `[ERROR]` lines count,
 * its `[content]`, `[build]` or `[WARN]` lines do not.
 */
const firstMessage = (output: string) =>
	output.split('\n').find((line) => line.trim() !== '' && !/^\d\d:\d\d:\d\d \[(?!ERROR\])/.test(line));

describe('a broken article stops the build and says where', () => {
	test('a missing title and a bad date name the file and each field', async () => {
		const { failed, output } = await build(
			fixtureSite((mdx) => mdx.replace(/^title: .*\n/m, '').replace(/^lastReviewed: .*$/m, 'lastReviewed: last tuesday')),
		);
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx`);
		expect(output).toMatch(/title\**: .*(Required|expected string)/i);
		expect(output).toContain('lastReviewed: must be a date written as YYYY-MM-DD');
	});
});

// A review file for a page that does not exist, end to end; wrong fields are covered by the unit
// tests of ReviewRecordSchema, and the success paths (a current review, a stale one, an overdue page)
// by review-build.test.ts.
test('a clinical review of a page that does not exist stops the build, naming the file and the page field', async () => {
	const file = 'content/reviews/no-such-page.yaml';
	const review = [
		'page: no-such-page',
		'reviewer: { name: Test Reviewer, credentials: MBBS }',
		'date: 2026-12-01',
		'scope: The whole page and its sources',
	];
	const { failed, output } = await build(
		fixtureSite((mdx) => mdx, { [file]: () => [...review, `fingerprint: "v1:${'0'.repeat(64)}"`].join('\n') }),
	);
	expect(failed).toBe(true);
	expect(output).toContain(`${file}: page: there is no page "no-such-page"`);
});

// The contradiction check end to end; unknown sign ids and bad levels are covered by the unit tests
// of faqProblems and RedFlagSchema (each build here takes a while).
test('a side-effect answer whose urgency contradicts its warning sign stops the build, naming the file and the rulebook entry', async () => {
	const faq = 'content/faq/lump-weeks-later.md';
	const { failed, output } = await build(
		fixtureSite((mdx) => mdx, { [faq]: (md) => md.replace(/^urgency: .*$/m, 'urgency: contact-clinic') }),
	);
	expect(failed).toBe(true);
	expect(output).toContain(
		`${faq}: urgency "contact-clinic" contradicts the warning sign "late-lump" in content/red-flags.yaml, whose level is "same-day"`,
	);
});

// One copy of the whole site, built once so that Astro's content cache holds every collection, then
// broken one file at a time. A data file that cannot be read or checked must stop the build, never
// leave the site built from the cached entries of the last good build. What each data file's problems
// say (repeated ids, values out of range) is tested without a build in data-file.test.ts.
describe('a broken data file stops the build even with a content cache from a good build', () => {
	const dir = fixtureSite((mdx) => mdx, {});
	const read = (path: string) => readFileSync(join(dir, path), 'utf8');

	/** Builds with `changes` applied (a new path creates the file), then puts every file back. */
	async function buildWith(changes: Record<string, (text: string) => string>) {
		const originals = Object.keys(changes).map((path) => [path, existsSync(join(dir, path)) ? read(path) : undefined] as const);
		changeFiles(dir, changes);
		try {
			return await build(dir);
		} finally {
			for (const [path, text] of originals) {
				if (text === undefined) rmSync(join(dir, path));
				else writeFileSync(join(dir, path), text);
			}
		}
	}

	test('the good build passes and leaves a content cache', async () => {
		const { failed, output } = await build(dir);
		expect(output).not.toContain('[ERROR]');
		expect(failed).toBe(false);
		expect(existsSync(join(dir, 'node_modules/.astro/data-store.json'))).toBe(true);
	});

	const SOURCES = 'content/sources.yaml';
	// The first title that is not quoted gets an opening quote and no closing one.
	const unclosedTitle = (yaml: string) => yaml.replace(/^(\s+title: )(\w.*)$/m, '$1"$2');
	const unclosedMessage = () => {
		const title = /^\s+title: (\w.*)$/m.exec(read(SOURCES))![1]!;
		return `${SOURCES}:${positionOf(unclosedTitle(read(SOURCES)), `"${title}`)} this quote (") is never closed: end the value with "`;
	};

	test('sources.yaml that is not valid YAML: the first message names file, line and column', async () => {
		const expected = unclosedMessage();
		const { failed, output } = await buildWith({ [SOURCES]: unclosedTitle });
		expect(failed).toBe(true);
		expect(firstMessage(output)).toBe(expected);
	});

	test('the same without any cache: the same first message, and no follow-on errors', async () => {
		const expected = unclosedMessage();
		rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
		rmSync(join(dir, '.astro'), { recursive: true, force: true });
		const { failed, output } = await buildWith({ [SOURCES]: unclosedTitle });
		expect(failed).toBe(true);
		expect(firstMessage(output)).toBe(expected);
		expect(output).not.toContain('Invalid content reference');
	});

	test('a source on a mirror, hidden by a trailing dot and capitals, names the line and what to link instead', async () => {
		const onMirror = (yaml: string) => yaml.replace(/^(\s+url: )https:\/\/\S+$/m, '$1https://WWW.Scribd.com./document/1/paper');
		const expected = `${SOURCES}:${positionOf(onMirror(read(SOURCES)), 'https://WWW.Scribd')} url: url is on scribd.com, which only hosts copies of papers; link the original instead`;
		const { failed, output } = await buildWith({ [SOURCES]: onMirror });
		expect(failed).toBe(true);
		expect(firstMessage(output)).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		expect(output).not.toContain('Browser APIs');
	});

	test('a citation label with words in it that has no Spanish label stops the build, naming the English entry', async () => {
		const LABELS = 'content/es/sources.yaml';
		// An entry with a label and no note, so the build stops for the label alone.
		const [entry, id] = /^- id: (\S+)\n {2}short: .*\n(?=\n|$)/m.exec(read(LABELS))!;
		const englishLine = read(SOURCES).split('\n').indexOf(`- id: ${id}`) + 1;
		const { failed, output } = await buildWith({ [LABELS]: (yaml) => yaml.replace(entry, '') });
		expect(failed).toBe(true);
		expect(firstMessage(output)).toBe(
			`${LABELS}:1:1 id: "${id}" (${SOURCES}:${englishLine}) has no translation (its short label has words in it, or it has a note or dateNote): add an entry with id: ${id}`,
		);
	});

	// Every other data file, read by its own loader: English files, each language's translations, the summaries.
	const DATA_FILES = [
		'content/treatments.yaml',
		'content/glossary.yaml',
		'content/comparison.yaml',
		'content/red-flags.yaml',
		...['glossary', 'red-flags', 'comparison', 'treatments', 'sources', 'changes'].map((name) => `content/es/${name}.yaml`),
	];

	/** The file with one quote left open: before the first value written without quotes, or else at the end of one written with them. */
	function unclosedQuote(yaml: string): { broken: string; opening: string } {
		const lines = yaml.split('\n');
		const bare = lines.findIndex((line) => /^\s*(?:- )?[\w-]+: [A-Za-z]/.test(line));
		const quoted = lines.findIndex((line) => /^\s*(?:- )?("[^"]*"|[\w-]+): "[^"]*"$/.test(line));
		const index = bare >= 0 ? bare : quoted;
		if (index < 0) throw new Error('no value to break');
		lines[index] = bare >= 0 ? lines[index]!.replace(/: ([A-Za-z])/, ': "$1') : lines[index]!.slice(0, -1);
		const column = bare >= 0 ? lines[index]!.indexOf(': "') + 3 : lines[index]!.lastIndexOf(': "') + 3;
		return { broken: lines.join('\n'), opening: `${index + 1}:${column}` };
	}

	test.each(DATA_FILES)(
		'%s that is not valid YAML: the first message names it, the line and the column of the open quote',
		async (file) => {
			const { opening } = unclosedQuote(read(file));
			const { failed, output } = await buildWith({ [file]: (yaml) => unclosedQuote(yaml).broken });
			expect(failed).toBe(true);
			expect(firstMessage(output)).toBe(`${file}:${opening} this quote (") is never closed: end the value with "`);
		},
	);

	test.each(['content/glossary.yaml', 'content/es/glossary.yaml'])(
		'%s with an entry twice: its id is refused at the second, naming the first',
		async (file) => {
			const first = /^- id: [\s\S]*?\n(?=\n|- id:)/m.exec(read(file))![0];
			const [, id] = /^- id: (\S+)/.exec(first)!;
			const firstLine = read(file).split('\n').indexOf(`- id: ${id}`) + 1;
			const lineCount = read(file).replace(/\n$/, '').split('\n').length;
			const { failed, output } = await buildWith({ [file]: (yaml) => `${yaml.replace(/\n*$/, '\n\n')}${first}` });
			expect(failed).toBe(true);
			expect(firstMessage(output)).toMatch(
				new RegExp(
					`^${file}:${lineCount + 2}:\\d+ id: "${id}" is already the id of the entry on line ${firstLine}; give each entry its own id$`,
				),
			);
		},
	);

	test('an unknown <Cite> and <Term> in an article name the file and the line of each', async () => {
		const file = `content/articles/${ARTICLE}.mdx`;
		const broken = (mdx: string) =>
			mdx.replace(/<Cite id="([^"]+)" \/>/, '<Cite id="no-such-source" />').replace(/<Term id="[^"]+">/, '<Term id="no-such-term">');
		const text = broken(read(file));
		const { failed, output } = await buildWith({ [file]: broken });
		expect(failed).toBe(true);
		expect(output).toContain(
			`${file}:${positionOf(text, '<Cite id="no-such-source"')} <Cite id="no-such-source"/> cites an unknown source id "no-such-source"`,
		);
		expect(output).toContain(
			`${file}:${positionOf(text, '<Term id="no-such-term"')} <Term id="no-such-term"> names an unknown glossary id`,
		);
	});

	test('a link in an article to a heading that does not exist names the article file, the line and what to do', async () => {
		const file = `content/articles/${ARTICLE}.mdx`;
		const link = '[the risks](/articles/risks-and-side-effects/#no-such-heading)';
		// At the end of the body's first paragraph.
		const withLink = (mdx: string) => {
			const lines = mdx.split('\n');
			const paragraph = lines.findIndex((text, index) => index > lines.indexOf('---', 1) && /^[A-Z]/.test(text));
			lines[paragraph] += ` See ${link}.`;
			return lines.join('\n');
		};
		const lines = withLink(read(file)).split('\n');
		const line = lines.findIndex((text) => text.includes(link)) + 1;
		const { failed, output } = await buildWith({ [file]: withLink });
		expect(failed).toBe(true);
		expect(output).toContain(
			`${file}:${line}: /articles/${ARTICLE}/index.html links to /articles/risks-and-side-effects/#no-such-heading, but /articles/risks-and-side-effects/index.html has no element with id "no-such-heading": link to an id it has`,
		);
	});

	test('a side-effect question whose file name differs from another only in case, even with the same text, is refused by name', async () => {
		const { failed, output } = await buildWith({ 'content/faq/Blood-Thinners.md': () => read('content/faq/blood-thinners.md') });
		expect(failed).toBe(true);
		expect(firstMessage(output)).toBe(
			"content/faq/Blood-Thinners.md: the file name is the page's id and address, so it must be lowercase words joined by hyphens (e.g. blood-thinners.md); rename the file",
		);
	});

	test('a side-effect question with a slug: field (which could repeat another id) is refused', async () => {
		const path = 'content/faq/breastfeeding.md';
		const { failed, output } = await buildWith({ [path]: (md) => md.replace(/^---\n/, '---\nslug: blood-thinners\n') });
		expect(failed).toBe(true);
		expect(firstMessage(output)).toBe(`${path}: remove the slug: field; the file name is the page's id and address`);
	});
});
