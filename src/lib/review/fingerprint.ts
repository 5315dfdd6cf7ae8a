// A page's fingerprint: a short, stable name for exactly the medical content a reader reads on it.
// A clinician's review stores the fingerprint of the page they approved; when any of that content
// changes, the fingerprint changes and the review no longer applies. The same function can name
// other content, e.g. the English page a translation was made from.
import { createHash } from 'node:crypto';

/** Raise the version whenever what goes into a fingerprint changes, so old reviews read as stale, never as wrongly current. */
export const FINGERPRINT_VERSION = 'v1';

/** A fingerprint as stored in review files: the version, a colon, and 64 hex digits of SHA-256. */
export const FINGERPRINT_PATTERN = /^v\d+:[0-9a-f]{64}$/;

/** Text with every run of spaces, tabs and line breaks made one space, so re-wrapping a paragraph changes nothing. */
export const normaliseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * JSON with object keys in sorted order and `undefined` fields left out, so the same content gives
 * the same text whatever order its fields were read in. Dates become "YYYY-MM-DD" days.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(canonical);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
				.map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
		);
	}
	return value;
}

/** "v1:" and the SHA-256 of the content's canonical JSON. */
export function fingerprint(content: unknown): string {
	return `${FINGERPRINT_VERSION}:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}
