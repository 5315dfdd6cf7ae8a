/** "2026-11-25": the machine-readable form for <time datetime> and structured data. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The UTC midnight of a "YYYY-MM-DD" day (UTC, so no time zone or clock change shifts it). */
const utcMidnight = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** The UTC midnight a "YYYY-MM-DD" string names, or undefined when it is not a real day (2027-02-30, 27-1-1). */
export function parseIsoDay(text: string): Date | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
	const date = utcMidnight(text);
	return !Number.isNaN(date.getTime()) && isoDate(date) === text ? date : undefined;
}

/** The "YYYY-MM-DD" day that comes `days` after another (UTC, so no clock change shifts it). */
export function addDays(isoDay: string, days: number): string {
	const date = utcMidnight(isoDay);
	date.setUTCDate(date.getUTCDate() + days);
	return isoDate(date);
}
