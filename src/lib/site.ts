/** Site-wide names and navigation, used by the header, footer, metadata and structured data. */
export const SITE = {
	name: 'Mesotherapy Explained',
	tagline: 'Plain, honest, sourced information about mesotherapy',
	description:
		'Independent patient information about mesotherapy: what it is, what the evidence shows, risks, side effects and when to get help.',
	/**
	 * Where readers report errors. The .example domain is a placeholder that cannot receive mail:
	 * set the real address (and `site` in astro.config.mjs) before deploying.
	 */
	correctionsEmail: 'corrections@mesotherapy-explained.example',
} as const;

/** A page's <title>: its own title, then the site's name. */
export const pageTitle = (title: string): string => `${title} | ${SITE.name}`;

/** Main navigation, in the order shown in the header (the header's search box leads to /search/). */
export const NAVIGATION = [
	{ href: '/articles/', label: 'Topics' },
	{ href: '/side-effects/', label: 'Side effects' },
	{ href: '/estimator/', label: 'Session estimator' },
	{ href: '/for-clinics/', label: 'For clinics' },
] as const;

/** True when `href` is the current page or a parent section of it. */
export function isCurrentSection(href: string, pathname: string): boolean {
	return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/**
 * The picture social sites show when someone shares any page: a PNG (most of them refuse SVG),
 * rendered once from scripts/share-image.html by scripts/render-share-image.ts and committed.
 */
export const SHARE_IMAGE = {
	path: '/share.png',
	width: 1200,
	height: 630,
	alt: 'Mesotherapy Explained. Patient information: plain, honest, sourced information about mesotherapy: what it is, what the evidence shows, and when to get help.',
} as const;

/** The breadcrumb trail of an article, shown on the page and given to search engines. */
export function articleBreadcrumbs(slug: string, title: string) {
	return [
		{ href: '/', label: 'Home' },
		{ href: '/articles/', label: 'Topics' },
		{ href: `/articles/${slug}/`, label: title },
	];
}
