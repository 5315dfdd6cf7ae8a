// What a built page makes a reader download, in bytes: its HTML, CSS and JavaScript, raw and
// gzipped. The byte budgets (tests) and the benchmark (npm run bench) both measure with this.
import { gzipSync } from 'node:zlib';

/**
 * Script types a browser runs. Any other type (JSON-LD, Pagefind's text/pagefind-template) is data:
 * never executed, never counted as JavaScript, never governed by the CSP.
 */
const isJavaScript = (type: string | undefined) =>
	!type || /^(module|text\/javascript|application\/javascript|text\/ecmascript)$/i.test(type.trim());

export interface Island {
	/** The component's module. */
	componentUrl: string;
	/** The framework renderer's module (React). */
	rendererUrl: string;
	/** When it hydrates: 'visible', 'load', 'idle', … */
	client: string;
}

interface PageAssets {
	/** Same-site JS files the HTML loads directly (script src, modulepreload). */
	scripts: string[];
	/** Same-site CSS files (link rel=stylesheet). */
	stylesheets: string[];
	inlineScripts: string[];
	inlineStyles: string[];
	islands: Island[];
}

const attribute = (tag: string, name: string) =>
	tag
		.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
		?.slice(1)
		.find((v) => v !== undefined);

const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** The assets a built page refers to. Astro's output is regular enough to read with patterns. */
export function pageAssets(html: string): PageAssets {
	const assets: PageAssets = { scripts: [], stylesheets: [], inlineScripts: [], inlineStyles: [], islands: [] };
	for (const [, open = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (!isJavaScript(attribute(open, 'type'))) continue;
		const src = attribute(open, 'src');
		if (src) assets.scripts.push(decode(src));
		else if (body.trim()) assets.inlineScripts.push(body);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attribute(tag, 'rel')?.toLowerCase();
		const href = attribute(tag, 'href');
		if (!href) continue;
		if (rel === 'stylesheet') assets.stylesheets.push(decode(href));
		if (rel === 'modulepreload') assets.scripts.push(decode(href));
	}
	for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) assets.inlineStyles.push(body);
	for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
		assets.islands.push({
			componentUrl: decode(attribute(tag, 'component-url') ?? ''),
			rendererUrl: decode(attribute(tag, 'renderer-url') ?? ''),
			client: attribute(tag, 'client') ?? '',
		});
	}
	return assets;
}

/** Modules a JS module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)].map(([, specifier]) => specifier!);
}

/**
 * JavaScript the clinic widget's page (/embed/estimator/) may load, gzipped: what a clinic's visitor downloads
 * when the frame appears (React and the estimator, never zod, nor the site's own estimator code). Checked by
 * tests/e2e/production/budgets.spec.ts and shown by `npm run bench`.
 */
export const EMBED_PAGE_JS_BUDGET = 80 * 1024;

const isSameSite = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** Every same-site JS file a page ends up loading: its scripts, its islands and what they import. */
export function javascriptFiles(assets: PageAssets, readText: (path: string) => string): string[] {
	const queue = [...assets.scripts, ...assets.islands.flatMap((island) => [island.componentUrl, island.rendererUrl])].filter(
		(url) => url && isSameSite(url),
	);
	const seen = new Set<string>();
	while (queue.length > 0) {
		const path = new URL(queue.shift()!, 'http://site').pathname;
		if (seen.has(path)) continue;
		seen.add(path);
		for (const specifier of staticImports(readText(path))) {
			if (specifier.startsWith('.') || isSameSite(specifier)) queue.push(new URL(specifier, `http://site${path}`).pathname);
		}
	}
	return [...seen];
}

interface Bytes {
	raw: number;
	gzip: number;
}

/** Size of some text as sent, raw and gzipped (zlib's default level, what most servers use). */
export function bytesOf(...texts: (string | Uint8Array)[]): Bytes {
	return texts.reduce<Bytes>(
		(sum, text) => {
			const buffer = typeof text === 'string' ? Buffer.from(text) : text;
			return { raw: sum.raw + buffer.length, gzip: sum.gzip + (buffer.length ? gzipSync(buffer).length : 0) };
		},
		{ raw: 0, gzip: 0 },
	);
}

export interface PageWeight {
	/** The HTML document (inline styles and scripts included). */
	html: Bytes;
	/** All CSS: inline <style> elements and stylesheet files, each gzipped on its own. */
	css: Bytes;
	/** All JavaScript: inline scripts and every file loaded, each gzipped on its own. */
	js: Bytes;
	/** What a first visit downloads: the document plus every CSS and JS file. */
	total: Bytes;
	jsFiles: string[];
	cssFiles: string[];
}

/** Weighs a built page; `readText` returns a same-site file's contents by its path ("/_astro/x.js"). */
export function pageWeight(html: string, readText: (path: string) => string): PageWeight {
	const assets = pageAssets(html);
	const cssFiles = assets.stylesheets.filter(isSameSite).map((href) => new URL(href, 'http://site').pathname);
	const jsFiles = javascriptFiles(assets, readText);
	const cssFileBytes = bytesOf(...cssFiles.map(readText));
	const jsFileBytes = bytesOf(...jsFiles.map(readText));
	const document = bytesOf(html);
	const add = (...parts: Bytes[]) => parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
	return {
		html: document,
		css: add(bytesOf(...assets.inlineStyles), cssFileBytes),
		js: add(bytesOf(...assets.inlineScripts), jsFileBytes),
		total: add(document, cssFileBytes, jsFileBytes),
		jsFiles,
		cssFiles,
	};
}
