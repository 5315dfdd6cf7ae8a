/**
 * Topics an article can belong to, in the order pages list them (also the search filter values). Their labels
 * are in each language's dictionary (`site.topics`). Free of other imports: the search script in the browser needs it.
 */
export const TOPIC_IDS = ['basics', 'body', 'face', 'hair', 'safety', 'planning'] as const;
export type Topic = (typeof TOPIC_IDS)[number];
