/**
 * The frame's address for checked settings, which the loader builds and the configurator's snippets show. Apart
 * from the contract (src/lib/embed-contract.ts) so the embed page, which only reads addresses, does not load it.
 */
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { embedPath, type AttributeName, type EmbedSettings } from './embed-contract.ts';

/**
 * Checked settings that travel in the frame's query, as attribute name and value pairs, leaving out what is not set
 * (and a label without a link). The language is not among them: it picks the frame's page (see elementAttributes).
 */
export function settingsAttributes(settings: EmbedSettings): [AttributeName, string][] {
	const pairs: [AttributeName, string | undefined][] = [
		['clinic-name', settings.clinicName],
		['cta-url', settings.ctaUrl],
		['cta-label', settings.ctaUrl ? settings.ctaLabel : undefined],
		['accent', settings.accent],
		['goals', settings.goals.join(',') || undefined],
	];
	return pairs.filter((pair): pair is [AttributeName, string] => Boolean(pair[1]));
}

/** Every attribute a clinic writes for checked settings: those of the query, and `lang` unless it is the default. */
export const elementAttributes = (settings: EmbedSettings): [AttributeName, string][] => [
	...settingsAttributes(settings),
	...(settings.lang !== DEFAULT_LOCALE ? [['lang', settings.lang] as [AttributeName, string]] : []),
];

/** The frame's address on the site at `siteOrigin`, carrying checked settings: the language is the page's, the rest its query. */
export const frameUrl = (siteOrigin: string, settings: EmbedSettings): string =>
	`${siteOrigin}${embedPath(settings.lang)}${frameQuery(settings)}`;

/** The frame's query string for checked settings, using the attribute names as keys; the language is in the path instead. */
export function frameQuery(settings: EmbedSettings): string {
	const query = new URLSearchParams(settingsAttributes(settings)).toString();
	return query ? `?${query}` : '';
}
