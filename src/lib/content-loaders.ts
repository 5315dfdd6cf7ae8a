/**
 * Content loaders for src/content.config.ts. `dataFile()` reads the YAML data files in content/ instead of
 * Astro's `file()` loader. `file()` only logs a file it cannot parse and keeps the entries of the last
 * build in its cache, so a typo gave a green build that shipped old data. This loader reads the file
 * with src/lib/data-file.ts and throws on any problem, naming the file, line, column and field.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatProblem, ID_PATTERN, readDataFile } from './data-file.ts';

/** A path relative to the project root as editors see it in messages: "./content/faq" is "content/faq". */
const shownPath = (path: string) => path.replace(/^\.\//, '');

/** The collection's entries from `path` (relative to the project root), checked with `schema`. */
export function dataFile<Schema extends z.ZodType>(path: string, schema: Schema): Loader & { schema: Schema } {
	async function sync({ config, store }: Pick<LoaderContext, 'config' | 'store'>): Promise<void> {
		const url = new URL(path, config.root);
		const file = shownPath(path);
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

/**
 * Astro's `glob()` loader for a folder of Markdown or MDX files whose names are their ids and addresses
 * (content/articles, content/faq). By default `glob()` lowercases a name into an id, or takes a `slug:`
 * field, and when two files give one id (Bruising.md beside bruising.md) it keeps just one of them, only
 * warning. Here a name must already be an id and is used as it is, so two files can never share one.
 */
export function idFiles(folder: string, extension: 'md' | 'mdx' | 'yaml'): Loader {
	const shownFolder = shownPath(folder);
	const loader = glob({
		base: folder,
		pattern: `*.${extension}`,
		generateId: ({ entry, data }) => {
			if (data['slug'] !== undefined)
				throw new Error(`${shownFolder}/${entry}: remove the slug: field; the file name is the page's id and address`);
			return entry.slice(0, -extension.length - 1);
		},
	});
	return {
		name: 'id-files',
		load: async (context) => {
			for (const name of await readdir(new URL(folder, context.config.root))) {
				if (name.endsWith(`.${extension}`) && !ID_PATTERN.test(name.slice(0, -extension.length - 1))) {
					throw new Error(
						`${shownFolder}/${name}: the file name is the page's id and address, so it must be lowercase words joined by hyphens (e.g. blood-thinners.${extension}); rename the file`,
					);
				}
			}
			await loader.load(context);
		},
	};
}
