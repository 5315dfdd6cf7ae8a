/**
 * The frame's address for checked settings, which the loader builds and the configurator's snippets show. Apart
 * from the contract (src/lib/embed-contract.ts) so the embed page, which only reads addresses, does not load it.
 */
import { EMBED_PATH, type AttributeName, type EmbedSettings } from './embed-contract.ts';

/** Checked settings as attribute name and value pairs, leaving out what is not set (and a label without a link). */
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

/** The frame's address on the site at `siteOrigin`, carrying checked settings. */
export const frameUrl = (siteOrigin: string, settings: EmbedSettings): string => `${siteOrigin}${EMBED_PATH}${frameQuery(settings)}`;

/** The frame's query string for checked settings, using the attribute names as keys. */
export function frameQuery(settings: EmbedSettings): string {
	const query = new URLSearchParams(settingsAttributes(settings)).toString();
	return query ? `?${query}` : '';
}
