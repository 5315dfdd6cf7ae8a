import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Every .html file below a folder, as absolute paths. */
export function htmlFiles(dir: string): string[] {
	const files: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
		else if (name.endsWith('.html')) files.push(path);
	}
	return files;
}

/**
 * The same-site links (href and src) in a page, without fragments or queries. Text inside <script>
 * elements is not markup (search result templates hold placeholder links there), so it is skipped;
 * a script's own src is still checked.
 */
export function localLinks(html: string): string[] {
	const links: string[] = [];
	const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
	for (const match of markup.matchAll(/\s(?:href|src)=["']([^"']*)["']/g)) {
		const value = match[1]!.replace(/&amp;/g, '&');
		if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(value) || value === '') continue; // other sites, mailto:, data:, in-page
		links.push(value.split(/[?#]/)[0]!);
	}
	return links;
}

/** True when a path in the built site answers: a file, or a folder with an index.html. */
function resolves(distDir: string, urlPath: string): boolean {
	const path = join(distDir, decodeURIComponent(urlPath));
	if (!existsSync(path)) return false;
	return statSync(path).isFile() || existsSync(join(path, 'index.html'));
}

/**
 * Broken same-site links in a built site, as "page → link" messages; empty when every link resolves.
 * Relative links are resolved against the page's own URL.
 */
export function brokenLinks(distDir: string): string[] {
	const problems: string[] = [];
	for (const file of htmlFiles(distDir)) {
		const pageUrl = '/' + relative(distDir, file).split(sep).join('/');
		const pageDir = posix.dirname(pageUrl);
		for (const link of localLinks(readFileSync(file, 'utf8'))) {
			const target = link.startsWith('/') ? link : posix.join(pageDir, link);
			if (!resolves(distDir, target)) problems.push(`${pageUrl} links to ${link}, which does not exist`);
		}
	}
	return problems;
}
