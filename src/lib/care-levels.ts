/**
 * Care levels for "when to get help" advice, from most to least urgent. Their words (label, heading, what to do,
 * emergency numbers) are in each language's dictionary under `care` (src/i18n/<locale>/care.ts).
 */
export const CARE_LEVEL_IDS = ['emergency', 'same-day', 'contact-clinic', 'expected'] as const;

export type CareLevel = (typeof CARE_LEVEL_IDS)[number];
