// The built site as the production tests and the bench see it: which pages exist (from the
// sitemap, so a new page is tested without touching a test), what each page's HTML contains, and
// where the search UI's parts are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { localePath } from '../../../src/i18n/paths.ts';

export const DIST = join(import.meta.dirname, '../../../dist');

function readDist(path: string): string {
	const file = join(DIST, path);
	if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the browser tests.`);
	return readFileSync(file, 'utf8');
}

/** A same-site file of the build by its URL path ("/" and "/x/" mean their index.html). */
export const builtFile = (path: string) => readDist(path.endsWith('/') ? `${path}index.html` : path);

/** Every page path listed in the sitemap, in sitemap order. */
export function sitemapPaths(): string[] {
	const index = readDist('sitemap-index.xml');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	return sitemaps.flatMap((sitemap) => [...readDist(sitemap).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname));
}

/** Pages under /embed/ and /<locale>/embed/ (left out of the sitemap on purpose: they exist to be framed by clinics). */
export function embedPaths(): string[] {
	const walk = (folder: string): string[] =>
		existsSync(join(DIST, folder))
			? readdirSync(join(DIST, folder), { withFileTypes: true }).flatMap((entry) =>
					entry.isDirectory() ? walk(`${folder}${entry.name}/`) : entry.name === 'index.html' ? [`/${folder}`] : [],
				)
			: [];
	return LOCALES.flatMap((locale) => walk(localePath(locale, '/embed/').slice(1)));
}

/** Every page the site serves: the sitemap and the embed pages. */
export const allPages = () => [...sitemapPaths(), ...embedPaths()];

/** Whether a built page contains an Astro island. */
export const hasIsland = (path: string) => builtFile(path).includes('<astro-island');

/** Article pages in every language: /articles/<slug>/, /es/articles/<slug>/. */
export const isArticle = (path: string) => /^(?:\/[a-z]{2})?\/articles\/[^/]+\/$/.test(path);

/** The search page's own search box (absent until the search UI exists). */
export const searchBox = (page: Page): Locator =>
	page.locator('main').getByRole('searchbox').or(page.locator('main input[type="search"]')).first();

/**
 * Links in the search results to an article (Pagefind's Component UI or Default UI). Not any link
 * in main: without JavaScript the search page lists every article, which must not pass for results.
 */
export const SEARCH_RESULT_LINKS = 'main :is(pagefind-results, pagefind-searchbox, .pagefind-ui__results) a[href^="/articles/"]';
