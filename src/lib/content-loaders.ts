/**
 * Content loaders for src/content.config.ts. `dataFile()` reads the YAML data files in content/ instead of
 * Astro's `file()` loader. `file()` only logs a file it cannot parse and keeps the entries of the last
 * build in its cache, so a typo gave a green build that shipped old data. This loader reads the file
 * with src/lib/data-file.ts and throws on any problem, naming the file, line, column and field.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, isLocale, TRANSLATED_LOCALES } from '../i18n/locales.ts';
import { formatProblem, ID_PATTERN, readDataFile, type DataFileProblem } from './data-file.ts';
import { readSummaryTranslations } from './review/summary-translations.ts';
import { translationProblems, type TranslationRules } from './translations.ts';

/** A path relative to the project root as editors see it in messages: "./content/faq" is "content/faq". */
const shownPath = (path: string) => path.replace(/^\.\//, '');

/** Reads a file of the project, or throws naming it as editors see it. */
const readProjectFile = (root: URL, path: string) =>
	readFile(new URL(path, root), 'utf8').catch((error: NodeJS.ErrnoException) => {
		throw new Error(`${shownPath(path)}: cannot read the file (${error.code ?? error.message})`);
	});

/** Stops the build listing every problem, one a line, pointing Astro at the first. */
function throwProblems(root: URL, problems: readonly DataFileProblem[]): void {
	if (problems.length === 0) return;
	// `loc` is the Vite/Rollup error convention Astro reads to print the YAML around the first problem instead of this file.
	const { file, line, column } = problems[0]!;
	const loc = { file: fileURLToPath(new URL(file, root)), line, column };
	throw Object.assign(new Error(problems.map(formatProblem).join('\n')), { loc });
}

/**
 * A loader that runs `sync` once, and again whenever one of `paths` changes while `astro dev` runs: a bad
 * edit is then reported and the last good data kept, so the server stays up.
 */
function syncedLoader(name: string, paths: readonly string[], sync: (context: LoaderContext) => Promise<void>): Loader {
	return {
		name,
		load: async (context) => {
			await sync(context);
			const files = paths.map((path) => fileURLToPath(new URL(path, context.config.root)));
			for (const file of files) context.watcher?.add(file);
			context.watcher?.on('change', (changed) => {
				if (!files.includes(changed)) return;
				sync(context).then(
					() => context.logger.info(`Reloaded ${paths.join(', ')}`),
					(error: Error) => context.logger.error(error.message),
				);
			});
		},
	};
}

/** The collection's entries from `path` (relative to the project root), checked with `schema`. */
export function dataFile<Schema extends z.ZodType>(path: string, schema: Schema): Loader & { schema: Schema } {
	const file = shownPath(path);
	const loader = syncedLoader('data-file', [path], async ({ config, store }) => {
		const { entries, problems } = readDataFile(file, await readProjectFile(config.root, path), schema);
		throwProblems(config.root, problems);
		store.clear();
		for (const { id, data } of entries) store.set({ id, data: data as Record<string, unknown>, filePath: file });
	});
	return { ...loader, schema };
}

/**
 * The translations of an English data file: content/<locale>/<name>.yaml for every translated language, each
 * checked with `schema` and against content/<name>.yaml under `rules` (see translationProblems: every id
 * translated, no unknown id, item lists as long as English's). Entry ids are "<locale>/<english id>": "es/abscess".
 */
export function translationFile<Schema extends z.ZodType>(
	name: string,
	schema: Schema,
	rules?: TranslationRules,
): Loader & { schema: Schema } {
	const englishFile = `content/${name}.yaml`;
	const files = TRANSLATED_LOCALES.map((locale) => ({ locale, file: `content/${locale}/${name}.yaml` }));
	const loader = syncedLoader('translation-file', [englishFile, ...files.map(({ file }) => file)], async ({ config, store }) => {
		const english = readDataFile(englishFile, await readProjectFile(config.root, englishFile), z.unknown());
		throwProblems(config.root, english.problems);
		const read = await Promise.all(
			files.map(async ({ locale, file }) => ({ locale, file, ...readDataFile(file, await readProjectFile(config.root, file), schema) })),
		);
		throwProblems(
			config.root,
			read.flatMap(({ file, entries, problems }) =>
				problems.length > 0 ? problems : translationProblems({ file, englishFile }, english.entries, entries, rules),
			),
		);
		store.clear();
		for (const { locale, file, entries } of read) {
			for (const { id, data } of entries) store.set({ id: `${locale}/${id}`, data: data as Record<string, unknown>, filePath: file });
		}
	});
	return { ...loader, schema };
}

/**
 * The page-history summaries of every translated language: content/<locale>/changes.yaml, read and checked by
 * src/lib/review/summary-translations.ts. Entry ids are "<locale>/<line>": "es/7".
 */
export function summaryTranslationFiles(): Loader {
	const files = TRANSLATED_LOCALES.map((locale) => ({ locale, file: `content/${locale}/changes.yaml` }));
	return syncedLoader(
		'summary-translations',
		files.map(({ file }) => file),
		async ({ config, store }) => {
			const read = await Promise.all(
				files.map(async ({ locale, file }) => ({
					locale,
					file,
					...readSummaryTranslations(file, await readProjectFile(config.root, file), locale),
				})),
			);
			throwProblems(
				config.root,
				read.flatMap(({ problems }) => problems),
			);
			store.clear();
			for (const { locale, file, translations } of read) {
				for (const { english, translated, line } of translations)
					store.set({ id: `${locale}/${line}`, data: { english, translated }, filePath: file });
			}
		},
	);
}

/**
 * The translations of a folder of Markdown files (content/articles, content/faq): content/<locale>/<kind>/,
 * one file per English file with the same name; ids are "<locale>/<name>": "es/cellulite". A missing or
 * extra translation stops the build, so every English page has its twin in every language. `textPages` are
 * translated too though they have no English file (their words live in a dictionary or a data file).
 */
export function translatedFiles(kind: string, extension: 'md' | 'mdx' | 'yaml', textPages: readonly string[] = []): Loader {
	const loader = glob({
		base: './content',
		pattern: `*/${kind}/*.${extension}`,
		generateId: ({ entry }) => {
			const [locale, , name] = entry.split('/');
			return `${locale}/${name!.slice(0, -extension.length - 1)}`;
		},
	});
	return {
		name: 'translated-files',
		load: async (context) => {
			const names = async (folder: string) =>
				(await readdir(new URL(folder, context.config.root)).catch(() => [] as string[])).filter((name) => name.endsWith(`.${extension}`));
			const english = [...(await names(`./content/${kind}/`)), ...textPages.map((page) => `${page}.${extension}`)];
			const problems: string[] = [];
			for (const folder of await readdir(new URL('./content/', context.config.root), { withFileTypes: true })) {
				const isTranslation = folder.isDirectory() && (await names(`./content/${folder.name}/${kind}/`)).length > 0;
				if (isTranslation && !(isLocale(folder.name) && folder.name !== DEFAULT_LOCALE)) {
					problems.push(`content/${folder.name}/${kind}/: "${folder.name}" is not a language of the site (src/i18n/locales.ts)`);
				}
			}
			for (const locale of TRANSLATED_LOCALES) {
				const translated = await names(`./content/${locale}/${kind}/`);
				for (const name of english.filter((name) => !translated.includes(name))) {
					const page = name.slice(0, -extension.length - 1);
					const what = textPages.includes(page)
						? `record what the ${page} page translates (npm run review:status prints its fingerprint)`
						: `translate content/${kind}/${name}`;
					problems.push(`content/${locale}/${kind}/${name} is missing: ${what}`);
				}
				for (const name of translated.filter((name) => !english.includes(name))) {
					problems.push(`content/${locale}/${kind}/${name}: there is no content/${kind}/${name} to translate; use the English file's name`);
				}
			}
			if (problems.length > 0) throw new Error(problems.join('\n'));
			await loader.load(context);
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
