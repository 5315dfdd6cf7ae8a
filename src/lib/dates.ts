/** "25 November 2026": a date as readers see it (UTC, so the build machine's zone never shifts it). */
export function formatDate(date: Date): string {
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2026-11-25": the machine-readable form for <time datetime> and structured data. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
