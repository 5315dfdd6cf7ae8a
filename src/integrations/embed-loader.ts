import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOADER_PATH } from '../lib/embed-contract.ts';
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

/**
 * Astro integration: writes the loader to /embed.js after the build (and serves it in `astro dev`).
 * It must run before the link check, so list it before linkCheck() in astro.config.mjs.
 */
export function embedLoader(): AstroIntegration {
	let root: URL;
	return {
		name: 'meso:embed-loader',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(LOADER_PATH, (_request, response) => {
					bundleLoader(root).then(
						(code) => {
							response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
							response.end(code);
						},
						(error: Error) => {
							response.statusCode = 500;
							response.end(`/* ${error.message} */`);
						},
					);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const code = await bundleLoader(root);
				const size = bytesOf(code).gzip;
				if (size > MAX_LOADER_GZIP_BYTES) {
					throw new Error(`${LOADER_PATH} is ${size} bytes gzipped, over the ${MAX_LOADER_GZIP_BYTES}-byte budget for clinics' pages.`);
				}
				writeFileSync(new URL(`.${LOADER_PATH}`, dir), code);
				logger.info(`Wrote ${LOADER_PATH} (${size} bytes gzipped).`);
			},
		},
	};
}
