// The `client:intent` directive (added by src/integrations/client-intent.ts). Astro inlines it in every
// page with such an island, so it stays tiny and imports nothing.
import type { ClientDirective } from 'astro';

export interface IntentOptions {
	/** Query keys that hold the island's state: when the address has one, the island hydrates at once. */
	stateParams?: string[];
}

/** A reader about to use the island: a touch or mouse on it, focus moving into it, a key pressed in it. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

const hydrateOnIntent: ClientDirective = (load, options, island) => {
	const { stateParams = [] } = typeof options.value === 'object' && options.value !== null ? (options.value as IntentOptions) : {};
	const hydrate = async () => {
		for (const type of INTENT_EVENTS) island.removeEventListener(type, hydrate, true);
		await (
			await load()
		)();
	};
	const address = new URLSearchParams(location.search);
	if (stateParams.some((key) => address.has(key))) {
		void hydrate();
		return;
	}
	// Capture, so the event is seen before anything in the island handles it; the event itself goes on
	// to the server-rendered control (a radio ticks, a box takes focus) and the island adopts the result.
	for (const type of INTENT_EVENTS) island.addEventListener(type, hydrate, { capture: true, once: true, passive: true });
};

export default hydrateOnIntent;
