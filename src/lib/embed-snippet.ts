/**
 * The two snippets clinics paste, built from checked settings: the custom element with the loader script, and a
 * plain fixed-height <iframe> for sites that allow no outside scripts. Shown on /for-clinics/.
 */
import { frameUrl, settingsAttributes } from './embed-address.ts';
import { ELEMENT_NAME, FRAME_SANDBOX, FRAME_TITLE, LOADER_PATH, type EmbedSettings } from './embed-contract.ts';

/**
 * Height of the plain <iframe>: the tallest single goal fits on a computer screen (about 2,100 pixels at 1,000
 * wide); on a phone the content is taller and the frame scrolls inside.
 */
export const FIXED_FRAME_HEIGHT = 2400;

/** Escapes a value for a double-quoted HTML attribute, so no clinic name can end the attribute or the tag. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<meso-estimator …>` with a fallback link, then the loader script. */
export function elementSnippet(siteOrigin: string, settings: EmbedSettings): string {
	const written = settingsAttributes(settings)
		.map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`)
		.join('');
	return [
		`<${ELEMENT_NAME}${written}>`,
		`  <a href="${siteOrigin}/estimator/">${FRAME_TITLE}</a>`,
		`</${ELEMENT_NAME}>`,
		`<script src="${siteOrigin}${LOADER_PATH}" async></script>`,
	].join('\n');
}

/** A plain <iframe> of the embed page at a fixed height; style its width from the clinic's own stylesheet. */
export function frameSnippet(siteOrigin: string, settings: EmbedSettings): string {
	return [
		`<iframe class="meso-estimator-frame"`,
		`  src="${escapeAttribute(frameUrl(siteOrigin, settings))}"`,
		`  title="${FRAME_TITLE}" height="${FIXED_FRAME_HEIGHT}" loading="lazy" referrerpolicy="no-referrer"`,
		`  sandbox="${FRAME_SANDBOX}"></iframe>`,
	].join('\n');
}
