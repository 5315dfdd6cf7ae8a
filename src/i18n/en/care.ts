// Care levels for "when to get help" advice, most urgent first: the article boxes, the side-effect FAQ and its
// filter all read these words, so a level reads the same everywhere.
import type { CareLevel } from '../../lib/care-levels.ts';

interface CareWords {
	/** The short badge: "Urgent". */
	label: string;
	/** What to do, as a heading. */
	heading: string;
	/** What to do, in a sentence with the numbers to call. */
	action: string;
}

export const care: Record<CareLevel, CareWords> = {
	emergency: {
		label: 'Emergency',
		heading: 'Call an ambulance or go to the emergency department now',
		action: 'Call 999 (UK), 911 (US) or 112 (EU), or go to A&E (the emergency department).',
	},
	'same-day': {
		label: 'Urgent',
		heading: 'See a doctor today',
		action: 'See a doctor today: your GP or family doctor, an urgent care centre, or call NHS 111 in England.',
	},
	'contact-clinic': {
		label: 'Non-urgent',
		heading: 'Contact the clinic that treated you',
		action: 'Call or message the clinic that treated you. If you cannot reach them, see your own doctor.',
	},
	expected: {
		label: 'Expected',
		heading: 'Expected, and usually settles by itself',
		action: 'This is common and usually settles by itself. Tell your clinic if it gets worse or does not settle.',
	},
};
