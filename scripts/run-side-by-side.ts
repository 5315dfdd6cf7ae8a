// `node scripts/run-side-by-side.ts check lint test:unit`: runs npm scripts at the same time and fails when any
// fails. Used by `npm test` for the checks that do not need the build: each of them leaves a core idle much of the
// time, so side by side they finish sooner than one after the other. Each script's output is printed whole when
// it ends, so the lines of two scripts never mix.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
	console.error('Usage: node scripts/run-side-by-side.ts <npm script> [<npm script> …]');
	process.exit(2);
}

function run(script: string): Promise<boolean> {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn('npm', ['run', script], { env: { ...process.env, FORCE_COLOR: '0' } });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
		child.on('close', (code) => {
			const seconds = Math.round((Date.now() - started) / 1000);
			process.stdout.write(
				`${Buffer.concat(output).toString()}\n${code === 0 ? 'passed' : 'FAILED'}: npm run ${script} (${seconds} s)\n\n`,
			);
			resolve(code === 0);
		});
	});
}

const passed = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, index) => !passed[index]);
if (failed.length > 0) {
	console.error(`Failed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
	process.exit(1);
}
