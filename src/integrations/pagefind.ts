import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentTypeOf } from '../lib/http-headers.ts';
import { htmlFiles } from '../lib/link-check.ts';
import { LOCALES } from '../i18n/locales.ts';
import { localeOfPath } from '../i18n/paths.ts';
import { vocabularyPath } from '../lib/search.ts';
import { buildVocabulary, indexedText } from '../lib/search-suggestion.ts';

interface PagefindResponse {
	errors: string[];
}

/** Pagefind reports problems in an `errors` list instead of throwing; turn them into a thrown error. */
function assertNoErrors<T extends PagefindResponse>(response: T, step: string): T {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${response.errors.map((e) => `  - ${e}`).join('\n')}`);
	}
	return response;
}

/** Indexes the built site with Pagefind's Node API; any Pagefind error fails the build. */
export async function buildSearchIndex(outDir: URL): Promise<number> {
	try {
		const { index } = assertNoErrors(await pagefind.createIndex({}), 'create an index');
		if (!index) throw new Error('Pagefind returned no index');
		const { page_count } = assertNoErrors(await index.addDirectory({ path: fileURLToPath(outDir) }), 'index the built pages');
		assertNoErrors(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', outDir)) }), 'write the index');
		return page_count;
	} finally {
		await pagefind.close();
	}
}

/**
 * Writes the words of every indexed page (its text and keywords, as Pagefind sees them) beside the
 * index, one file per language, for the search's "Did you mean …?". Returns how many words each holds.
 */
export function writeSearchVocabulary(outDir: URL): string {
	const root = fileURLToPath(outDir);
	const files = htmlFiles(root);
	return LOCALES.map((locale) => {
		const ofLocale = files.filter((file) => localeOfPath(`/${relative(root, file).split(sep).join('/')}`) === locale);
		const vocabulary = buildVocabulary(ofLocale.map((file) => indexedText(readFileSync(file, 'utf8'))));
		writeFileSync(new URL(`.${vocabularyPath(locale)}`, outDir), JSON.stringify(vocabulary));
		return `${vocabularyPath(locale)} (${vocabulary.length} words)`;
	}).join(', ');
}

/**
 * Answers a request for /pagefind/<file> from the last build's index, if there is one. Returns false
 * when the file does not exist, so the dev server answers 404 and the search UI says a build is needed.
 */
export function serveBuiltIndex(indexDir: string, path: string, response: ServerResponse): boolean {
	const file = normalize(join(indexDir, decodeURIComponent(path.split('?')[0]!)));
	if (!file.startsWith(indexDir + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
	response.setHeader('Content-Type', contentTypeOf(file));
	response.setHeader('Cache-Control', 'no-store');
	response.end(readFileSync(file));
	return true;
}

/**
 * Astro integration: builds the search index after every production build. In `astro dev` it serves
 * the last build's index at /pagefind/, so search works (on content as it was at that build).
 */
export function pagefindIndex(): AstroIntegration {
	let indexDir = '';
	return {
		name: 'meso:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				indexDir = fileURLToPath(new URL('./pagefind/', config.outDir)).replace(/[\\/]$/, '');
			},
			'astro:server:setup': ({ server, logger }) => {
				if (!existsSync(indexDir)) logger.warn('No search index yet: run `npm run build` once for search to work in dev.');
				server.middlewares.use('/pagefind/', (request, response, next) => {
					if (!serveBuiltIndex(indexDir, request.url ?? '', response)) next();
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await buildSearchIndex(dir);
				if (pages === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from every page?');
				logger.info(`Pagefind indexed ${pages} pages.`);
				logger.info(`Wrote ${writeSearchVocabulary(dir)} for "Did you mean …?".`);
			},
		},
	};
}
