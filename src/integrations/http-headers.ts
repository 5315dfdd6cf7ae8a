import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHeadersFile, renderNginxSite } from '../lib/http-headers.ts';

/** Where the build writes the nginx configuration, relative to the project root (not served). */
export const NGINX_SITE_CONF = 'nginx/site.conf';

/**
 * Astro integration: writes the HTTP headers of src/lib/http-headers.ts as `dist/_headers` (static
 * hosts) and `nginx/site.conf` (nginx), so both always match the build they sit next to.
 */
export function httpHeaders(): AstroIntegration {
	let root: URL;
	return {
		name: 'meso:http-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': ({ dir, logger }) => {
				const list = (folder: string) => (existsSync(new URL(`.${folder}`, dir)) ? readdirSync(new URL(`.${folder}`, dir)) : []);
				writeFileSync(new URL('_headers', dir), renderHeadersFile(list));
				const nginxConf = new URL(NGINX_SITE_CONF, root);
				mkdirSync(new URL('.', nginxConf), { recursive: true });
				writeFileSync(nginxConf, renderNginxSite());
				logger.info(`Wrote dist/_headers and ${fileURLToPath(nginxConf)}.`);
			},
		},
	};
}
