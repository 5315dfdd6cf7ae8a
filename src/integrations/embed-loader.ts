import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOADER_PATH } from '../lib/embed-frame.ts';
import { pinnedLoaderPath, releasedFile, releasedVersions, releaseProblems, type ReleaseRecord } from '../lib/embed-releases.ts';
import { bytesOf } from '../lib/page-weight.ts';

/**
 * Clinics load the loader on every page view of theirs: keep it tiny. Version 2 holds the widget's height, keeps
 * the fallback until the frame reports, creates the frame near the viewport and forwards setting changes: 2.5 KB.
 */
export const MAX_LOADER_GZIP_BYTES = 2560;

/** The clinic embed loader (src/embed/loader.ts) as one minified, dependency-free script. */
export async function bundleLoader(root: URL): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('src/embed/loader.ts', root))],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		legalComments: 'none',
		write: false,
	});
	return result.outputFiles[0]!.text;
}

/** The committed record of released versions and a reader for their committed bytes. */
export function releases(root: URL): { record: ReleaseRecord; readReleased: (version: number) => string | undefined } {
	const record = JSON.parse(readFileSync(new URL('src/embed/releases.json', root), 'utf8')) as ReleaseRecord;
	const readReleased = (version: number) => {
		const file = new URL(releasedFile(version), root);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	return { record, readReleased };
}

/**
 * Astro integration: writes the loader to /embed.js (evergreen) and every released version to its pinned address
 * after the build, failing if a released version's bytes would change (and serves both in `astro dev`).
 * It must run before the link check, so list it before linkCheck() in astro.config.mjs.
 */
export function embedLoader(): AstroIntegration {
	let root: URL;
	const javascript = (response: import('node:http').ServerResponse, code: string) => {
		response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
		response.end(code);
	};
	return {
		name: 'meso:embed-loader',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(LOADER_PATH, (_request, response) => {
					bundleLoader(root).then(
						(code) => javascript(response, code),
						(error: Error) => {
							response.statusCode = 500;
							response.end(`/* ${error.message} */`);
						},
					);
				});
				const { record, readReleased } = releases(root);
				for (const version of releasedVersions(record)) {
					server.middlewares.use(pinnedLoaderPath(version), (_request, response) => javascript(response, readReleased(version) ?? ''));
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const code = await bundleLoader(root);
				const size = bytesOf(code).gzip;
				if (size > MAX_LOADER_GZIP_BYTES) {
					throw new Error(`${LOADER_PATH} is ${size} bytes gzipped, over the ${MAX_LOADER_GZIP_BYTES}-byte budget for clinics' pages.`);
				}
				const { record, readReleased } = releases(root);
				const problems = releaseProblems(record, code, readReleased);
				if (problems.length > 0) throw new Error(problems.join('\n'));
				writeFileSync(new URL(`.${LOADER_PATH}`, dir), code);
				for (const version of releasedVersions(record)) {
					const file = new URL(`.${pinnedLoaderPath(version)}`, dir);
					mkdirSync(new URL('.', file), { recursive: true });
					writeFileSync(file, readReleased(version)!);
				}
				logger.info(`Wrote ${LOADER_PATH} (${size} bytes gzipped) and ${releasedVersions(record).map(pinnedLoaderPath).join(', ')}.`);
			},
		},
	};
}
