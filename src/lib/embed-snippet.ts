/**
 * The two snippets clinics paste, built from checked settings: the custom element with the loader script, and a
 * plain fixed-height <iframe> for sites that allow no outside scripts. Shown on /for-clinics/.
 */
import { localePath } from '../i18n/paths.ts';
import { WIDGET_WORDS } from '../i18n/widget.ts';
import { elementAttributes, frameUrl } from './embed-address.ts';
import { ELEMENT_NAME, type EmbedSettings } from './embed-contract.ts';
import { ESTIMATOR_PATH, FRAME_SANDBOX, LOADER_PATH, RESERVED_HEIGHTS } from './embed-frame.ts';

/**
 * Height of the plain <iframe>: the tallest height the loader reserves, which holds the compact widget on a phone
 * before a reader opens anything; what the reader opens then scrolls inside the frame. FRAME_STYLES lowers it
 * on wider screens.
 */
export const FIXED_FRAME_HEIGHT = Math.max(...RESERVED_HEIGHTS.map((entry) => entry.height));

/** A released loader to pin: its address on the site and its integrity (src/lib/embed-releases.ts). */
export interface PinnedLoader {
	version: number;
	path: string;
	integrity: string;
}

/** A CSS rule per reserved height, narrowest first, the wider ones in min-width media queries. */
function byWidth(first: string, selector: string, property: string): string {
	const lines = [first];
	let from = 0;
	for (const { below, height } of RESERVED_HEIGHTS) {
		const rule = `${selector} { ${property}: ${height}px; }`;
		lines.push(from === 0 ? rule : `@media (min-width: ${from}px) {\n  ${rule}\n}`);
		from = below;
	}
	return lines.join('\n');
}

/** CSS for the clinic's stylesheet: the plain frame's width, and a height that fits the compact widget at each width. */
export const frameStyles = (): string => byWidth('.meso-estimator-frame { width: 100%; border: 0; }', '.meso-estimator-frame', 'height');

/**
 * Optional CSS for the clinic's stylesheet with the script: the space the loader holds, held before it runs, so
 * nothing on the page moves even while the script loads.
 */
export const elementStyles = (): string => byWidth(`${ELEMENT_NAME} { display: block; }`, ELEMENT_NAME, 'min-height');

/** Escapes a value for a double-quoted HTML attribute, so no clinic name can end the attribute or the tag. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `<meso-estimator …>` with a fallback link (to the estimator in the widget's language), then the loader script: the
 * evergreen one, or a pinned version with its integrity.
 */
export function elementSnippet(siteOrigin: string, settings: EmbedSettings, pinned?: PinnedLoader): string {
	const { lang } = settings;
	const written = elementAttributes(settings)
		.map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`)
		.join('');
	return [
		`<${ELEMENT_NAME}${written}>`,
		`  <a href="${siteOrigin}${localePath(lang, ESTIMATOR_PATH)}">${WIDGET_WORDS[lang].frameTitle}</a>`,
		`</${ELEMENT_NAME}>`,
		pinned
			? `<script src="${siteOrigin}${pinned.path}" integrity="${pinned.integrity}" crossorigin="anonymous" async></script>`
			: `<script src="${siteOrigin}${LOADER_PATH}" async></script>`,
	].join('\n');
}

/** A plain <iframe> of the embed page at a fixed height; style its width from the clinic's own stylesheet. */
export function frameSnippet(siteOrigin: string, settings: EmbedSettings): string {
	return [
		`<iframe class="meso-estimator-frame"`,
		`  src="${escapeAttribute(frameUrl(siteOrigin, settings))}"`,
		`  title="${WIDGET_WORDS[settings.lang].frameTitle}" height="${FIXED_FRAME_HEIGHT}" loading="lazy" referrerpolicy="no-referrer"`,
		`  sandbox="${FRAME_SANDBOX}"></iframe>`,
	].join('\n');
}
