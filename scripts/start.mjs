// `npm start`: builds the site if there is no build yet (or the sources are newer), then serves the
// production build at http://127.0.0.1:4321 (PORT to change it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const port = process.env.PORT ?? '4321';
const builtAt = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;

/** Newest modification time of any file below the given folders and files. */
function newest(paths) {
	let latest = 0;
	for (const path of paths) {
		if (!existsSync(path)) continue;
		const stat = statSync(path);
		if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
		else latest = Math.max(latest, stat.mtimeMs);
	}
	return latest;
}

const run = (args) => {
	const result = spawnSync('npx', args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
};

if (newest(['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json']) > builtAt) {
	console.log('Building the site…');
	run(['astro', 'build']);
}
console.log(`\nServing the site at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
run(['astro', 'preview', '--host', '127.0.0.1', '--port', port]);
