/**
 * The content loader for the YAML data files in content/, used by src/content.config.ts instead of
 * Astro's `file()` loader. `file()` only logs a file it cannot parse and keeps the entries of the last
 * build in its cache, so a typo gave a green build that shipped old data. This loader reads the file
 * with src/lib/data-file.ts and throws on any problem, naming the file, line, column and field.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, readDataFile } from './data-file.ts';

/** The collection's entries from `path` (relative to the project root), checked with `schema`. */
export function dataFile<Schema extends z.ZodType>(path: string, schema: Schema): Loader & { schema: Schema } {
	async function sync({ config, store }: Pick<LoaderContext, 'config' | 'store'>): Promise<void> {
		const url = new URL(path, config.root);
		const file = relative(fileURLToPath(config.root), fileURLToPath(url)).replaceAll('\\', '/');
		const text = await readFile(url, 'utf8').catch((error: NodeJS.ErrnoException) => {
			throw new Error(`${file}: cannot read the file (${error.code ?? error.message})`);
		});
		const { entries, problems } = readDataFile(file, text, schema);
		if (problems.length > 0) {
			// The first line is the first problem; the rest follow, one a line. `loc` is the Vite/Rollup
			// error convention Astro reads to print the YAML around the first problem instead of this file.
			const { line, column } = problems[0]!;
			const loc = { file: fileURLToPath(url), line, column };
			throw Object.assign(new Error(problems.map(formatProblem).join('\n')), { loc });
		}
		store.clear();
		for (const { id, data } of entries) store.set({ id, data: data as Record<string, unknown>, filePath: file });
	}

	return {
		name: 'data-file',
		schema,
		load: async (context) => {
			await sync(context);
			// While `astro dev` runs, a bad edit is reported and the last good data kept, so the server stays up.
			const filePath = fileURLToPath(new URL(path, context.config.root));
			context.watcher?.add(filePath);
			context.watcher?.on('change', (changed) => {
				if (changed !== filePath) return;
				sync(context).then(
					() => context.logger.info(`Reloaded ${path}`),
					(error: Error) => context.logger.error(error.message),
				);
			});
		},
	};
}
