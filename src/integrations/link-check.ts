import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { brokenLinks } from '../lib/link-check.ts';

/** Astro integration: fails the build when any same-site href or src in dist/ points nowhere, or to a missing id. */
export function linkCheck(): AstroIntegration {
	let projectRoot: string | undefined;
	return {
		name: 'meso:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const problems = brokenLinks(fileURLToPath(dir), projectRoot);
				if (problems.length > 0) {
					throw new Error(`Broken links in the built site:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
				}
				logger.info('Every same-site link resolves, fragments included.');
			},
		},
	};
}
