// Site-wide names, navigation and the share picture. The words come from the dictionary of each language
// (src/i18n/<locale>/site.ts); SITE and NAVIGATION give the English ones, for code that has no page language (tests).
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { articlePath, localePath } from '../i18n/paths.ts';

const english = useTranslations('en').site;

/** The English name, tagline and description, and where readers report errors. */
export const SITE = {
	name: english.meta.name,
	tagline: english.meta.tagline,
	description: english.meta.description,
	/**
	 * Where readers report errors. The .example domain is a placeholder that cannot receive mail:
	 * set the real address (and `site` in astro.config.mjs) before deploying.
	 */
	correctionsEmail: 'corrections@mesotherapy-explained.example',
} as const;

/** A page's <title> in `locale`: its own title, then the site's name. */
export const localizedPageTitle = (locale: Locale, title: string): string => {
	const { meta } = useTranslations(locale).site;
	return meta.pageTitle(title, meta.name);
};

/** The main navigation's sections, in the order shown in the header (the header's search box leads to /search/). */
const SECTIONS = [
	{ path: '/articles/', key: 'topics' },
	{ path: '/side-effects/', key: 'sideEffects' },
	{ path: '/estimator/', key: 'estimator' },
	{ path: '/for-clinics/', key: 'forClinics' },
] as const;

/** The main navigation in `locale`. */
export const navigation = (locale: Locale) =>
	SECTIONS.map(({ path, key }) => ({ href: localePath(locale, path), label: useTranslations(locale).site.header.nav[key] }));

/** The English main navigation. */
export const NAVIGATION = navigation('en');

/** True when `href` is the current page or a parent section of it (a language's home page only for itself). */
export function isCurrentSection(href: string, pathname: string): boolean {
	return href === localePath('en', '/') || /^\/[a-z]{2}\/$/.test(href) ? pathname === href : pathname.startsWith(href);
}

/**
 * The picture social sites show when someone shares any page: a PNG (most of them refuse SVG),
 * rendered once from scripts/share-image.html by scripts/render-share-image.ts and committed. Its text is
 * English; each language describes it in its own words (`shareImageAlt`).
 */
export const SHARE_IMAGE = {
	path: '/share.png',
	width: 1200,
	height: 630,
	alt: english.meta.shareImageAlt,
} as const;

/** The breadcrumb trail of an article in `locale`, shown on the page and given to search engines. */
export function articleBreadcrumbs(locale: Locale, slug: string, title: string) {
	const { breadcrumbs } = useTranslations(locale).site;
	return [
		{ href: localePath(locale, '/'), label: breadcrumbs.home },
		{ href: articlePath(locale), label: breadcrumbs.topics },
		{ href: articlePath(locale, slug), label: title },
	];
}
