import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { checkAttributes, type AttributeName, type EmbedSettings } from '../../src/lib/embed-contract.ts';
import { FRAME_SANDBOX, RESERVED_HEIGHTS } from '../../src/lib/embed-frame.ts';
import {
	elementSnippet,
	elementStyles,
	escapeAttribute,
	FIXED_FRAME_HEIGHT,
	frameSnippet,
	frameStyles,
} from '../../src/lib/embed-snippet.ts';

const SITE = 'https://site.example';

describe('the snippets clinics copy', () => {
	test('escapeAttribute neutralises everything that could end an attribute or a tag', () => {
		expect(escapeAttribute(`"><script>alert('x')</script>&`)).toBe(`&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;`);
	});

	test('the element snippet holds only checked settings, escaped, and a fallback link', () => {
		const values: Partial<Record<AttributeName, string>> = {
			'clinic-name': '"><script>alert(1)</script>',
			'cta-url': 'javascript:alert(1)',
			'cta-label': 'Book',
			accent: '#0A7',
			goals: 'cellulite',
		};
		const { settings } = checkAttributes((name) => values[name] ?? null);
		expect(elementSnippet(SITE, settings)).toBe(
			[
				'<meso-estimator',
				'  clinic-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"',
				'  accent="#00aa77"',
				'  goals="cellulite">',
				`  <a href="${SITE}/estimator/">Mesotherapy session estimator</a>`,
				'</meso-estimator>',
				`<script src="${SITE}/embed.js" async></script>`,
			].join('\n'),
		);
	});

	test('the plain frame is titled, sandboxed, lazy, sends no referrer and has the documented fixed height', () => {
		const snippet = frameSnippet(SITE, {
			clinicName: 'A & B',
			ctaUrl: 'https://a.example/?x=1&y=2',
			ctaLabel: 'Go',
			goals: [],
			lang: 'en',
		});
		expect(snippet).toContain(
			`src="${SITE}/embed/estimator/?clinic-name=A+%26+B&amp;cta-url=https%3A%2F%2Fa.example%2F%3Fx%3D1%26y%3D2&amp;cta-label=Go"`,
		);
		expect(snippet).toContain(
			`title="Mesotherapy session estimator" height="${FIXED_FRAME_HEIGHT}" loading="lazy" referrerpolicy="no-referrer"`,
		);
		expect(snippet).toContain(`sandbox="${FRAME_SANDBOX}"`);
		expect(FRAME_SANDBOX).not.toContain('allow-top-navigation');
		expect(snippet).not.toContain('style=');
	});

	test('a Spanish widget: lang="es" on the element, its fallback link to the Spanish estimator, the frame at /es/embed/', () => {
		const settings: EmbedSettings = { goals: ['cellulite'], lang: 'es' };
		const spanishTitle = useTranslations('es').widget.frameTitle;
		expect(elementSnippet(SITE, settings).split('\n').slice(0, 4)).toEqual([
			'<meso-estimator',
			'  goals="cellulite"',
			'  lang="es">',
			`  <a href="${SITE}/es/estimator/">${spanishTitle}</a>`,
		]);
		const frame = frameSnippet(SITE, settings);
		expect(frame).toContain(`src="${SITE}/es/embed/estimator/?goals=cellulite"`);
		expect(frame).toContain(`title="${spanishTitle}"`);
	});

	test('the pinned snippet loads a released version with its integrity, from any origin', () => {
		const pinned = { version: 2, path: '/embed-loader/v2.js', integrity: 'sha384-abc' };
		expect(elementSnippet(SITE, { goals: [], lang: 'en' }, pinned).split('\n').at(-1)).toBe(
			`<script src="${SITE}/embed-loader/v2.js" integrity="sha384-abc" crossorigin="anonymous" async></script>`,
		);
	});

	test("the plain frame's height holds the compact widget at every width the loader reserves for", () => {
		expect(FIXED_FRAME_HEIGHT).toBe(1300);
		expect(frameStyles()).toBe(
			[
				'.meso-estimator-frame { width: 100%; border: 0; }',
				'.meso-estimator-frame { height: 1300px; }',
				'@media (min-width: 360px) {\n  .meso-estimator-frame { height: 1200px; }\n}',
				'@media (min-width: 600px) {\n  .meso-estimator-frame { height: 900px; }\n}',
			].join('\n'),
		);
		expect(elementStyles()).toContain('meso-estimator { min-height: 1300px; }');
		expect(RESERVED_HEIGHTS.at(-1)!.below).toBe(Infinity);
	});
});
