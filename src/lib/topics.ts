/** Topics an article can belong to, with the label readers see (also the search filter values). */
export const TOPICS = {
	basics: 'The basics',
	body: 'Body and fat',
	face: 'Face and eyes',
	hair: 'Hair',
	safety: 'Safety and side effects',
	planning: 'Planning a treatment',
} as const;
export type Topic = keyof typeof TOPICS;
