import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { IntentOptions } from '../scripts/client-intent.ts';

/**
 * Astro integration: adds `client:intent`, which hydrates an island on the reader's first touch of it
 * (pointer, focus or key) or at once when the address carries state for it. A reader who only scrolls
 * past the island never downloads its code; its server-rendered controls work until it hydrates.
 * Usage: `<FaqFilter client:intent={{ stateParams: ['q'] }} />` (see src/scripts/client-intent.ts).
 */
export function clientIntent(): AstroIntegration {
	return {
		name: 'meso:client-intent',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('../scripts/client-intent.ts', import.meta.url)) });
			},
		},
	};
}

declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrate on the first pointer, focus or key event inside the island, or at once when the address names one of `stateParams`. */
		'client:intent'?: IntentOptions | boolean;
	}
}
