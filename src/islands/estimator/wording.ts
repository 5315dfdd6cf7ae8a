// Words the estimator shows for the codes src/lib returns. Shared by the island, the no-JavaScript table and
// the calendar file, so each code reads the same everywhere.
import type { CalendarOffer, SourceLink, Verdict } from '../../lib/estimator.ts';
import type { EvidenceStrength } from '../../lib/schemas/treatment.ts';

/** The short label shown with each verdict. */
export const STRENGTH_LABELS: Record<EvidenceStrength, string> = {
	'no-benefit': 'No benefit found in a fair test',
	unproven: 'Not shown to work',
	weak: 'Weak evidence',
};

/** The button that sends the choices (before the island runs) or brings the result into view (after). */
export const SHOW_RESULT_LABEL = 'Show what sources report';

/** The heading of every verdict. */
export const VERDICT_HEADING = 'What the best evidence found';

/** "In a fair test, … (Eyelid trial, 2011)": the verdict as plain text, for calendar files. */
export function verdictText(verdict: Verdict<SourceLink>): string {
	return `${STRENGTH_LABELS[verdict.strength]}. ${verdict.text} (${verdict.sources.map((source) => source.short).join('; ')})`;
}

/** Why there is no calendar file, in a sentence. */
export function noCalendarReason(reason: Extract<CalendarOffer, { offered: false }>['reason'], goalLabel: string): string {
	return reason === 'no-benefit'
		? `We do not make calendar files for ${goalLabel.toLowerCase()}, because the best fair test found no benefit.`
		: 'We make a calendar file only from numbers you type, such as a plan a clinic offered you, never from the example.';
}

/** What each disclosure of the compact widget (inside clinics' frames) holds. */
export const DISCLOSURES = {
	grade: 'Choose a grade (optional)',
	sources: 'Where the numbers come from',
	plan: 'Your plan, a timeline and dates',
} as const;

/** "Book a consultation — clinic.example": a clinic's button always shows where it leads. */
export const ctaText = (label: string, host: string) => `${label} — ${host}`;
