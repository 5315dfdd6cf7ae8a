/** Colour helpers for clinic accents: parse a hex colour and pick text that stays readable on it. */

/** "#0A7F5A" or "#0a7" → "#0a7f5a"; anything else (names, rgb(), url(…), "red;}") → undefined. */
export function parseHexColour(value: string): string | undefined {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
	if (!match) return undefined;
	const digits = match[1]!.toLowerCase();
	return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}

/** WCAG relative luminance of a "#rrggbb" colour, from 0 (black) to 1 (white). */
function relativeLuminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
	const [red, green, blue] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
	return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG contrast ratio between two "#rrggbb" colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
	const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Black or white, whichever reads better on the colour. One of the two always reaches at least 4.58:1,
 * above the 4.5:1 WCAG asks for normal text, so any accent gets readable button text.
 */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
	return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
