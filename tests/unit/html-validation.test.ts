import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { allowedBy, formatProblem, validateHtml, type HtmlProblem, type VnuMessage } from '../../src/lib/html-validation.ts';

const page = (body: string, head = '') =>
	`<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>Fixture</title>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = (styleSrc: string) => `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src ${styleSrc}">`;

const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const styleText = 'p{color:red}\n';
const fixtures: Record<string, string> = {
	'valid.html': page('<h1>Fine</h1>\n<p>A valid page.</p>'),
	// The two mistakes the site had: a row wider than its header, and a script after </html>.
	'invalid.html':
		page('<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td><td>3</td></tr>\n</table>') + '<script src="/x.js"></script>\n',
	'island.html': page(`<p>Before.</p>\n${islandStyle}<astro-island>x</astro-island>`),
	'other-style.html': page('<p>Before.</p>\n<style>p{color:red}</style>'),
	'csp-hashed.html': page('<p>x</p>', `${csp(`'self' ${sha256(styleText)}`)}<style>${styleText}</style>`),
	'csp-unhashed.html': page('<p>x</p>', `${csp(`'self' ${sha256('something else')}`)}<style>${styleText}</style>`),
};

/** Where a piece of markup starts in a fixture, as the checker counts it: "line:column", both from 1. */
const at = (file: string, markup: string): string => {
	const before = fixtures[file]!.slice(0, fixtures[file]!.indexOf(markup)).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
};

let dir: string;
let problems: HtmlProblem[];
const problemsIn = (file: string) => problems.filter((problem) => problem.file === file).map(formatProblem);

describe('validateHtml (runs the Nu Html Checker)', () => {
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'vnu-'));
		for (const [name, html] of Object.entries(fixtures)) writeFileSync(join(dir, name), html);
		// One Java run for every fixture. No skip when Java is missing: runVnu throws and says how to install it.
		problems = validateHtml(
			Object.keys(fixtures).map((name) => join(dir, name)),
			dir,
		).problems;
	}, 120_000);

	test('passes a valid page', () => {
		expect(problemsIn('valid.html')).toEqual([]);
	});

	test('fails an invalid page, naming the file, line, column and message', () => {
		const found = problemsIn('invalid.html');
		expect(found).toContain(`invalid.html:${at('invalid.html', '<script')} Stray start tag “script”.`);
		expect(found).toContain(
			`invalid.html:${at('invalid.html', '</tr>\n</table>')} warning: A table row was 3 columns wide and exceeded the column count established by the first row (2).`,
		);
	});

	test("allows Astro's island style, and only that style", () => {
		expect(problemsIn('island.html')).toEqual([]);
		expect(problemsIn('other-style.html')).toEqual([
			`other-style.html:${at('other-style.html', '<style>')} A “style” element in “body” must be the first child of its parent.`,
		]);
	});

	test("allows the checker's CSP warning only when the inline element's hash really is in the policy", () => {
		expect(problemsIn('csp-hashed.html')).toEqual([]);
		expect(problemsIn('csp-unhashed.html')).toEqual([
			`csp-unhashed.html:${at('csp-unhashed.html', '<style>')} warning: Inline style violates Content Security Policy (meta tag): ` +
				'blocked by “style-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
		]);
	});
});

describe('allowedBy', () => {
	const message = (text: string, line: number, column: number): VnuMessage => ({
		type: 'info',
		subType: 'warning',
		message: text,
		lastLine: line,
		firstColumn: column,
	});
	const resource =
		'Resource violates Content Security Policy (meta tag): external script “/_astro/a.js” blocked by “script-src” directive.';
	const head = (scriptSrc: string) =>
		`<meta http-equiv="content-security-policy" content="script-src ${scriptSrc}">\n<script src="/_astro/a.js"></script>`;

	test("allows a same-site script blocked only because file: URLs never match 'self'", () => {
		expect(allowedBy(message(resource, 2, 1), head("'self'"))).toBeDefined();
		expect(allowedBy(message(resource, 2, 1), head("'none'"))).toBeUndefined();
	});

	test('allows JSON-LD, which browsers never run, but not an unhashed script', () => {
		const html = `<meta http-equiv="content-security-policy" content="script-src 'self'">\n<script type="application/ld+json">{}</script><script>alert(1)</script>`;
		const inline = 'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.';
		expect(allowedBy(message(inline, 2, 1), html)).toBeDefined();
		expect(allowedBy(message(inline, 2, 46), html)).toBeUndefined();
	});
});
