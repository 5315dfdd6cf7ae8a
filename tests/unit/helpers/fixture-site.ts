// Copies of the real site in a temporary folder, changed and built as an editor would: for tests
// that check what a build does with some content (a broken file, a review file, an overdue page).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './content.ts';

const run = promisify(execFile);
const created: string[] = [];

/** A copy of the project (code and content; `keepContent` leaves out content files it returns false for). */
export function copySite(keepContent: (path: string) => boolean = () => true): string {
	const dir = mkdtempSync(join(tmpdir(), 'meso-build-'));
	created.push(dir);
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true, filter: keepContent });
	// Each package linked, not the folder: Astro's content cache (node_modules/.astro) stays the copy's
	// own, so builds running side by side never read each other's content.
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules')).filter((name) => !['.astro', '.vite', '.vite-temp'].includes(name))) {
		symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
	return dir;
}

/** Applies each change to its file in a copy (paths relative to the project; a missing file starts empty). */
export function changeFiles(dir: string, changes: Record<string, (text: string) => string>): void {
	for (const [path, change] of Object.entries(changes)) {
		const file = join(dir, path);
		writeFileSync(file, change(existsSync(file) ? readFileSync(file, 'utf8') : ''));
	}
}

export interface RunResult {
	failed: boolean;
	/** Exit code (0 when it succeeded). */
	code: number;
	stdout: string;
	/** Everything it printed: stdout, then stderr. */
	output: string;
}

/** Runs a command of the project in a copy and returns whether it failed, with everything it printed. */
export async function runIn(dir: string, command: string, args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
	try {
		const { stdout, stderr } = await run(command, args, {
			cwd: dir,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
			maxBuffer: 16 * 1024 * 1024,
		});
		return { failed: false, code: 0, stdout, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '', code = 1 } = error as { stdout?: string; stderr?: string; code?: number };
		return { failed: true, code, stdout, output: stdout + stderr };
	}
}

/** `astro build` in a copy. */
export const buildSite = (dir: string, env: Record<string, string> = {}) =>
	runIn(dir, join(root, 'node_modules/.bin/astro'), ['build'], env);

/** Removes every copy made so far (call in afterAll). */
export function removeSiteCopies(): void {
	for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
