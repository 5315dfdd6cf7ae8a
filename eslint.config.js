// Lint rules for the whole project: TypeScript, Astro components and React islands. Formatting is
// Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	// src/embed/released/: minified loaders already published, never edited (src/lib/embed-releases.ts).
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'nginx/', 'bench/out/', 'test-results/', 'playwright-report/', 'src/embed/released/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	...astro.configs['jsx-a11y-recommended'],
	{
		// The jsx-a11y plugin is registered by the Astro preset above; reuse its rules for the islands.
		files: ['**/*.tsx'],
		rules: jsxA11y.flatConfigs.recommended.rules,
	},
	{
		files: ['**/*.tsx'],
		plugins: { 'react-hooks': reactHooks },
		rules: reactHooks.configs.recommended.rules,
	},
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// `_`-prefixed names mark parameters a signature needs but the body does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// A scrolling box (wide table, code snippet) takes focus so keyboard users can scroll it; axe asks for
		// this (scrollable-region-focusable). It is always a labelled region.
		files: ['**/*.astro'],
		rules: { 'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }] },
	},
	{
		files: ['**/*.tsx'],
		rules: {
			'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
		},
	},
);
