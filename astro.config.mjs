// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { clientIntent } from './src/integrations/client-intent.ts';
import { embedLoader } from './src/integrations/embed-loader.ts';
import { httpHeaders } from './src/integrations/http-headers.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES } from './src/i18n/locales.ts';
import { META_CSP_DIRECTIVES } from './src/lib/http-headers.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: 'https://mesotherapy-explained.example',
	trailingSlash: 'always',
	// Astro 7 drops whitespace between inline elements by default; keep it so words never run together.
	compressHTML: true,
	// linkCheck stays last: it checks what the steps before it wrote, including embed.js.
	integrations: [
		mdx(),
		react(),
		// client:intent: islands a reader may never touch hydrate on their first touch (src/scripts/client-intent.ts).
		clientIntent(),
		// The embed page is for clinics' frames; its canonical address is /estimator/, which the sitemap lists.
		// Each page is listed with its twins in the other languages (hreflang alternates).
		sitemap({
			filter: (page) => !page.includes('/embed/'),
			i18n: {
				defaultLocale: DEFAULT_LOCALE,
				locales: Object.fromEntries(LOCALES.map((locale) => [locale, LOCALE_INFO[locale].tag])),
			},
		}),
		pagefindIndex(),
		embedLoader(),
		// Writes dist/_headers and nginx/site.conf (src/lib/http-headers.ts), after every file of dist/ exists.
		httpHeaders(),
		linkCheck(),
	],
	// English keeps today's addresses; every other language lives under /<code>/ (src/i18n/locales.ts).
	i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
	// Shiki's inline styles are not CSP-compatible; Prism is, should code ever be highlighted.
	markdown: { syntaxHighlight: 'prism' },
	security: {
		// Astro hashes every script and style it emits into a <meta> CSP on each page. Directives
		// that a <meta> CSP cannot carry (frame-ancestors) are sent as HTTP headers by the server.
		csp: {
			directives: [...META_CSP_DIRECTIVES],
			// Pagefind runs its search index as WebAssembly; nothing else needs 'wasm-unsafe-eval'.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
