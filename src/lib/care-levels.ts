/**
 * Care levels for "when to get help" advice, from most to least urgent. Shared by the article
 * boxes and the side-effect FAQ so the wording and emergency numbers live in one place.
 */
export const CARE_LEVELS = {
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
} as const;

export type CareLevel = keyof typeof CARE_LEVELS;
export const CARE_LEVEL_IDS = Object.keys(CARE_LEVELS) as [CareLevel, ...CareLevel[]];
