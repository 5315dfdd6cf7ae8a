/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite config, so they resolve modules exactly as the site does.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
