// Builds a small copy of the real site with one deliberately broken file (an article, a side-effect
// question, the warning-sign rulebook) and checks that the editor sees the file and the field in the
// build output, as a real build would show them.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const ARTICLE = 'what-is-mesotherapy';
const created: string[] = [];

/**
 * A copy of the site holding just one article, with `edit` applied to that article's source; or,
 * with `others`, a copy of all the content with those changes applied to other content files
 * (paths relative to the project), so the build gets past every page that does not use them.
 */
function fixtureSite(edit: (mdx: string) => string, others?: Record<string, (text: string) => string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'meso-build-'));
	created.push(dir);
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	cpSync(join(root, 'content'), join(dir, 'content'), {
		recursive: true,
		filter: (path) => others !== undefined || !/content\/articles\/.+\.mdx$/.test(path) || path.endsWith(`${ARTICLE}.mdx`),
	});
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const article = join(dir, 'content/articles', `${ARTICLE}.mdx`);
	writeFileSync(article, edit(readFileSync(article, 'utf8')));
	for (const [path, change] of Object.entries(others ?? {})) writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
	return dir;
}

/** Runs `astro build` in a fixture and returns whether it failed, with everything it printed. */
async function build(dir: string): Promise<{ failed: boolean; output: string }> {
	try {
		const { stdout, stderr } = await run(join(root, 'node_modules/.bin/astro'), ['build'], {
			cwd: dir,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

afterAll(() => {
	for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('a broken article stops the build and says where', () => {
	test('a missing title names the file and the field', async () => {
		const { failed, output } = await build(fixtureSite((mdx) => mdx.replace(/^title: .*\n/m, '')));
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx`);
		expect(output).toMatch(/title\**: .*(Required|expected string)/i);
	});

	test('a bad date names the field and the expected form', async () => {
		const { failed, output } = await build(fixtureSite((mdx) => mdx.replace(/^lastReviewed: .*$/m, 'lastReviewed: last tuesday')));
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx`);
		expect(output).toContain('lastReviewed: must be a date written as YYYY-MM-DD');
	});

	test('citing an unknown source id names the id and the file', async () => {
		const { failed, output } = await build(fixtureSite((mdx) => mdx.replace(/<Cite id="([^"]+)" \/>/, '<Cite id="no-such-source" />')));
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx: <Cite id="no-such-source"/> cites an unknown source id "no-such-source"`);
	});

	test('an overdue review fails with the field named', async () => {
		const { failed, output } = await build(
			fixtureSite((mdx) =>
				mdx.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2023-01-01').replace(/^nextReviewDue: .*$/m, 'nextReviewDue: 2024-01-01'),
			),
		);
		expect(failed).toBe(true);
		expect(output).toContain(`content/articles/${ARTICLE}.mdx`);
		expect(output).toContain('nextReviewDue: review overdue: nextReviewDue (2024-01-01) has passed');
	});
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
