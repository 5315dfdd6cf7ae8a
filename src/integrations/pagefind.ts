import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
		const { page_count } = assertNoErrors(
			await index.addDirectory({ path: fileURLToPath(outDir) }),
			'index the built pages',
		);
		assertNoErrors(
			await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', outDir)) }),
			'write the index',
		);
		return page_count;
	} finally {
		await pagefind.close();
	}
}

/** Astro integration: builds the search index after every production build. */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'meso:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await buildSearchIndex(dir);
				if (pages === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from every page?');
				logger.info(`Pagefind indexed ${pages} pages.`);
			},
		},
	};
}
