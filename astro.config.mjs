// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/link-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: 'https://mesotherapy-explained.example',
	trailingSlash: 'always',
	// Astro 7 drops whitespace between inline elements by default; keep it so words never run together.
	compressHTML: true,
	integrations: [mdx(), react(), sitemap(), pagefindIndex(), linkCheck()],
	markdown: { syntaxHighlight: 'prism' },
});
