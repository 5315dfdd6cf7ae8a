import { parseIsoDay } from '../dates.ts';

/**
 * The day the build (or the status command) treats as today, as UTC midnight: `BUILD_DATE`
 * (YYYY-MM-DD) when set, so tests and reruns give the same result, otherwise the real day.
 * Read once, by the callers, from process.env.
 */
export function buildDay(env: Record<string, string | undefined>, now = new Date()): Date {
	const fixed = env['BUILD_DATE'];
	if (fixed === undefined || fixed === '') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	const day = parseIsoDay(fixed);
	if (!day) throw new Error(`BUILD_DATE must be a real day written as YYYY-MM-DD, for example 2026-12-02; got "${fixed}"`);
	return day;
}
