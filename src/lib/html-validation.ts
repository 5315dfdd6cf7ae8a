import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message of the Nu Html Checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

/** What an allow-list entry sees: the message and the markup it points at. */
export interface MessageContext {
	message: VnuMessage;
	/** The page's source. */
	html: string;
	/** Offset in `html` where the message's highlighted range starts (-1 when it has no position). */
	offset: number;
}

export interface AllowedMessage {
	/** The checker's exact message, or a pattern for messages that name a file or directive. */
	message: string | RegExp;
	/** Why we cannot fix it. */
	why: string;
	/** True when this occurrence is the known case; anything else with the same message still fails. */
	applies: (context: MessageContext) => boolean;
}

/** Astro's island rule, written by Astro just before a page's first island, wherever that island is. */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Script types that browsers run; a script of any other type is a data block, which CSP does not govern. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The start tag at an offset, and the text of its element up to the matching end tag. */
function elementAt(html: string, offset: number): { tag: string; name: string; text: string } | undefined {
	const match = /^<([a-z]+)\b[^>]*>/i.exec(html.slice(offset, offset + 2_000));
	if (!match) return undefined;
	const name = match[1]!.toLowerCase();
	const start = offset + match[0].length;
	const end = html.indexOf(`</${name}>`, start);
	return { tag: match[0], name, text: end === -1 ? '' : html.slice(start, end) };
}

/** The sources of one directive of the page's meta Content Security Policy. */
function cspSources(html: string, directive: string): string[] {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	const rule = meta?.[1]!
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([name]) => name === directive);
	return rule?.slice(1) ?? [];
}

/**
 * Messages we cannot fix, each checked against the markup it points at. Keep this list short: a new
 * message belongs in the page, not here.
 */
export const ALLOWED: AllowedMessage[] = [
	{
		message: 'A “style” element in “body” must be the first child of its parent.',
		why:
			'Astro writes its island rule (<style>astro-island,…{display:contents}</style>) in the body just before a ' +
			"page's first island, and no option moves it into the head.",
		applies: ({ html, offset }) => html.startsWith(ASTRO_ISLAND_STYLE, offset),
	},
	{
		message: /^Inline (script|style) violates Content Security Policy \(meta tag\)/,
		why:
			'The checker hashes an inline element differently from browsers when its text ends in a newline, and it ' +
			'applies script-src to data blocks (JSON-LD, Pagefind templates) that browsers never run. Accepted only ' +
			"when our own sha256 of the element's text is in the page's policy, or the script is a data block; " +
			'Chromium enforces the real policy in tests/e2e/production/pages.spec.ts.',
		applies: ({ html, offset }) => {
			const element = elementAt(html, offset);
			if (!element) return false;
			const type = /\stype="([^"]*)"/i.exec(element.tag)?.[1]?.toLowerCase();
			if (element.name === 'script' && type !== undefined && !SCRIPT_TYPES.has(type)) return true;
			const hash = `'sha256-${createHash('sha256').update(element.text).digest('base64')}'`;
			return cspSources(html, `${element.name}-src`).includes(hash);
		},
	},
	{
		message: /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/[^/]/,
		why:
			"The checker reads pages from file: URLs, where 'self' matches nothing, so it reports the site's own " +
			"/_astro/ files. Accepted only for same-site paths when the page's policy allows 'self'.",
		applies: ({ html, offset }) => {
			const element = elementAt(html, offset);
			const url = element && /\s(?:src|href)="([^"]*)"/i.exec(element.tag)?.[1];
			if (!element || !url || !url.startsWith('/') || url.startsWith('//')) return false;
			return cspSources(html, element.name === 'script' ? 'script-src' : 'style-src').includes("'self'");
		},
	},
];

/** A message that fails the check: the file, its position and the checker's words. */
export interface HtmlProblem {
	file: string;
	line: number;
	column: number;
	message: string;
}

/** Errors fail, and so do warnings: the checker reports a table row wider than its header only as a warning. */
function fails(message: VnuMessage): boolean {
	return message.type !== 'info' || message.subType === 'warning';
}

/** Offset of a 1-based line and column (UTF-16 units, as the checker counts) in a text. */
function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let current = 1; current < line; current++) {
		offset = text.indexOf('\n', offset) + 1;
		if (offset === 0) return -1;
	}
	return offset + column - 1;
}

/** The allow-list entry that covers a message, if any. */
export function allowedBy(message: VnuMessage, html: string, allowed: AllowedMessage[] = ALLOWED): AllowedMessage | undefined {
	const line = message.firstLine ?? message.lastLine;
	const offset = line !== undefined && message.firstColumn !== undefined ? offsetOf(html, line, message.firstColumn) : -1;
	return allowed.find(
		(entry) =>
			(typeof entry.message === 'string' ? entry.message === message.message : entry.message.test(message.message)) &&
			entry.applies({ message, html, offset }),
	);
}

/** The Nu Html Checker's jar, as installed by the vnu-jar package. */
export function vnuJarPath(): string {
	return createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
}

/** Runs the checker once over every file (Java is slow to start) and returns its messages. */
export function runVnu(files: string[], jar = vnuJarPath()): VnuMessage[] {
	if (files.length === 0) throw new Error('No HTML files to check: run `npm run build` first.');
	// C1 only (TieredStopAtLevel=1) halves the CPU time of a run this short; the checker then needs a bigger stack.
	const java = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-jar', jar];
	const result = spawnSync('java', [...java, '--format', 'json', '--stdout', '--skip-non-html', ...files], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.error) {
		const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new Error(
			missing
				? 'Java is not installed, and the Nu Html Checker (vnu.jar) needs Java 17 or later. On Debian: ' +
						'apt-get install default-jre-headless (.ci/run does this on a fresh machine).'
				: `Could not run the Nu Html Checker: ${result.error.message}`,
		);
	}
	try {
		return (JSON.parse(result.stdout) as { messages: VnuMessage[] }).messages;
	} catch {
		throw new Error(`The Nu Html Checker did not answer in JSON (exit ${result.status}):\n${result.stdout}${result.stderr}`);
	}
}

/** Path of a checker URL relative to `root`, with forward slashes. */
function displayPath(url: string | undefined, root: string): string {
	if (!url?.startsWith('file:')) return url ?? '(no file)';
	return relative(root, fileURLToPath(url)).split(sep).join('/');
}

/**
 * Checks HTML files with the Nu Html Checker: the failing messages (errors and warnings) that the allow-list
 * does not cover, and how many it did cover. Paths in problems are relative to `root`.
 */
export function validateHtml(
	files: string[],
	root: string,
	allowed: AllowedMessage[] = ALLOWED,
): { problems: HtmlProblem[]; allowedCount: number } {
	const problems: HtmlProblem[] = [];
	let allowedCount = 0;
	const sources = new Map<string, string>();
	const source = (url: string): string => {
		if (!sources.has(url)) sources.set(url, url.startsWith('file:') ? readFileSync(fileURLToPath(url), 'utf8') : '');
		return sources.get(url)!;
	};
	for (const message of runVnu(files)) {
		if (!fails(message)) continue;
		if (message.url && allowedBy(message, source(message.url), allowed)) {
			allowedCount++;
			continue;
		}
		problems.push({
			file: displayPath(message.url, root),
			line: message.firstLine ?? message.lastLine ?? 0,
			column: message.firstColumn ?? message.lastColumn ?? 0,
			message: message.type === 'info' ? `warning: ${message.message}` : message.message,
		});
	}
	return { problems, allowedCount };
}

/** One problem as `path:line:col message`, the form editors and terminals link to. */
export function formatProblem(problem: HtmlProblem): string {
	return `${problem.file}:${problem.line}:${problem.column} ${problem.message}`;
}
