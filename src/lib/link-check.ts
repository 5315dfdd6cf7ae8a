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

/** The character references Astro and MDX write in attribute values. */
function decodeEntities(value: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
	return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
		if (dec) return String.fromCodePoint(Number(dec));
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		return named[name!.toLowerCase()] ?? whole;
	});
}

/** A start tag: its lower-case name and its attributes, values decoded. */
interface StartTag {
	name: string;
	attributes: Map<string, string>;
}

/**
 * The start tags of a page. Comments and the text of <script>, <style> and <template> are not elements (search
 * result templates hold placeholder links and ids there), so they are skipped; a script's own src is kept.
 */
function startTags(html: string): StartTag[] {
	const markup = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<(script|style|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
	const tags: StartTag[] = [];
	for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
		const attributes = new Map<string, string>();
		for (const attribute of tag[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
			const name = attribute[1]!.toLowerCase();
			if (!attributes.has(name)) attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
		}
		tags.push({ name: tag[1]!.toLowerCase(), attributes });
	}
	return tags;
}

/** A same-site link: the path part ('' for a link within the page) and the fragment, if it has one. */
export interface PageLink {
	/** The href or src as written (character references decoded). */
	href: string;
	path: string;
	fragment?: string;
}

/** The same-site links (href and src) in a page; other sites, mailto:, data: and the like are left out. */
export function pageLinks(html: string): PageLink[] {
	const links: PageLink[] = [];
	for (const tag of startTags(html)) {
		for (const attribute of ['href', 'src']) {
			const href = tag.attributes.get(attribute);
			if (href === undefined || href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
			const hash = href.indexOf('#');
			const path = (hash === -1 ? href : href.slice(0, hash)).split('?')[0]!;
			links.push(hash === -1 ? { href, path } : { href, path, fragment: href.slice(hash + 1) });
		}
	}
	return links;
}

/** The same-site links in a page that lead to another file, without fragments or queries. */
export function localLinks(html: string): string[] {
	return pageLinks(html)
		.map((link) => link.path)
		.filter((path) => path !== '');
}

/** What a fragment can land on in a page: every id, and the name of every <a>. */
export function anchorsIn(html: string): Set<string> {
	const anchors = new Set<string>();
	for (const tag of startTags(html)) {
		const id = tag.attributes.get('id');
		if (id) anchors.add(id);
		const name = tag.attributes.get('name');
		if (tag.name === 'a' && name) anchors.add(name);
	}
	return anchors;
}

/**
 * True when a fragment lands somewhere in a page with these anchors, as browsers find it (HTML's "indicated part
 * of the document"): the empty fragment and "top" mean the top of the page; otherwise an id or <a name> equal to the
 * fragment, as written or percent-decoded. A text fragment (":~:text=…") only adds a highlight, so it is ignored.
 */
export function fragmentFound(fragment: string, anchors: Set<string>): boolean {
	const target = fragment.split(':~:')[0]!;
	if (target === '' || anchors.has(target)) return true;
	let decoded: string;
	try {
		decoded = decodeURIComponent(target);
	} catch {
		return false;
	}
	return anchors.has(decoded) || decoded.toLowerCase() === 'top';
}

/** The file a path in the built site answers with: the file itself, or a folder's index.html. */
function resolve(distDir: string, urlPath: string): string | undefined {
	let path: string;
	try {
		path = join(distDir, decodeURIComponent(urlPath));
	} catch {
		return undefined;
	}
	if (!existsSync(path)) return undefined;
	if (statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * Where an editor fixes a link of a built article: the article's file and the first line that holds the link's
 * address (or, failing that, its fragment), as "content/articles/cellulite.mdx:12: ". Empty for other pages,
 * whose links come from the code, or when `projectRoot` is not given.
 */
function sourceOfLink(projectRoot: string | undefined, pageUrl: string, link: PageLink): string {
	const article = /^\/(?:([a-z]{2})\/)?articles\/([^/]+)\/index\.html$/.exec(pageUrl);
	if (!projectRoot || !article) return '';
	const [, locale, slug] = article;
	const file = `content/${locale ? `${locale}/` : ''}articles/${slug}.mdx`;
	if (!existsSync(join(projectRoot, file))) return '';
	const lines = readFileSync(join(projectRoot, file), 'utf8').split('\n');
	const texts = link.fragment === undefined ? [link.href] : [link.href, `#${link.fragment}`];
	const index = texts.map((text) => lines.findIndex((line) => line.includes(text))).find((found) => found >= 0);

	return index === undefined ? `${file}: ` : `${file}:${index + 1}: `;
}

/**
 * Broken same-site links in a built site, as "page → link" messages saying what to do; empty when every link
 * resolves. Relative links are resolved against the page's own URL. A link with a fragment (/sources/#id, or #id
 * within the page) must also land on an element of the target page with that id. With `projectRoot`, a broken
 * link in an article names the article's file and line first.
 */
export function brokenLinks(distDir: string, projectRoot?: string): string[] {
	const problems: string[] = [];
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (file: string): Set<string> => {
		if (!anchors.has(file)) anchors.set(file, anchorsIn(readFileSync(file, 'utf8')));
		return anchors.get(file)!;
	};
	const urlOf = (file: string) => '/' + relative(distDir, file).split(sep).join('/');
	for (const file of htmlFiles(distDir)) {
		const pageUrl = urlOf(file);
		const pageDir = posix.dirname(pageUrl);
		for (const link of pageLinks(readFileSync(file, 'utf8'))) {
			let target = file;
			if (link.path !== '') {
				const resolved = resolve(distDir, link.path.startsWith('/') ? link.path : posix.join(pageDir, link.path));
				if (!resolved) {
					problems.push(`${sourceOfLink(projectRoot, pageUrl, link)}${pageUrl} links to ${link.path}, which does not exist`);
					continue;
				}
				target = resolved;
			}
			if (link.fragment === undefined || !target.endsWith('.html')) continue;
			if (!fragmentFound(link.fragment, anchorsOf(target))) {
				const where = target === file ? 'the page itself' : urlOf(target);
				problems.push(
					`${sourceOfLink(projectRoot, pageUrl, link)}${pageUrl} links to ${link.href}, but ${where} has no element with id "${link.fragment}": link to an id it has (a heading's, shown in its "On this page" list, or a source's) or leave out the #part`,
				);
			}
		}
	}
	return problems;
}
