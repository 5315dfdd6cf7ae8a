/**
 * How the loader makes and shows the clinic widget's frame, and the snippets that stand in for it: its address on
 * the site, title, sandbox, reserved heights and patience. Apart from the contract (src/lib/embed-contract.ts),
 * which the embed page loads, because the embed page needs none of it.
 */

/** Where the site serves the loader clinics paste. */
export const LOADER_PATH = '/embed.js';
/** Where the loader links when the frame fails, in English (words: src/i18n/widget.ts). */
export const ESTIMATOR_PATH = '/estimator/';
/** How long the loader waits for the first height message before it shows the link instead. */
export const RENDER_TIMEOUT_MS = 8000;
/** The loader creates the frame once the element is this close to the viewport (an IntersectionObserver rootMargin). */
export const NEAR_VIEWPORT = '600px';
/**
 * Widths below which a reserved height applies, narrowest first; the last entry covers every wider element.
 * Each height is at least the compact widget's height at that width before a reader opens anything, so the
 * loader can hold the space before the frame loads and the clinic's page never moves when it appears.
 */
export const RESERVED_HEIGHTS = [
	{ below: 360, height: 1300 },
	{ below: 600, height: 1200 },
	{ below: Infinity, height: 900 },
] as const;
/** The smallest height a frame is ever given, whatever its content reports. */
export const MIN_FRAME_HEIGHT = 320;
/**
 * What the frame may do: run its own scripts, open links and the clinic's button in a new tab, download the
 * calendar file and print. No allow-top-navigation, so it can never navigate the clinic's page.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals';
/** The height to hold for an element of this width before its frame reports its own. */
export function reservedHeight(width: number): number {
	return RESERVED_HEIGHTS.find((entry) => width < entry.below)!.height;
}
