import { describe, expect, test } from 'vitest';
import { contrastRatio, parseHexColour, readableTextOn } from '../../src/lib/colour.ts';
import { frameQuery, frameUrl } from '../../src/lib/embed-address.ts';
import {
	ATTRIBUTES,
	checkAttributes,
	ctaHost,
	DEFAULT_CTA_LABEL,
	embedPath,
	goalList,
	HEIGHT_MESSAGE,
	httpsUrl,
	isHeightMessage,
	isSettingsMessage,
	LIMITS,
	MAX_FRAME_URL_LENGTH,
	parseEmbedSettings,
	plainText,
	SETTINGS_MESSAGE,
	type AttributeName,
	type EmbedSettings,
} from '../../src/lib/embed-contract.ts';
import { MIN_FRAME_HEIGHT, reservedHeight } from '../../src/lib/embed-frame.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';

const KNOWN_GOALS = ['fat-reduction', 'cellulite', 'facial-rejuvenation', 'under-eye-bags', 'hair-loss'];

/** What a clinic's element would hand the loader. */
const attributes = (values: Partial<Record<AttributeName, string>>) => (name: AttributeName) => values[name] ?? null;

const HOSTILE = {
	'clinic-name': '"><script>alert(1)</script>',
	'cta-url': 'javascript:alert(document.cookie)',
	'cta-label': '<img src=x onerror=alert(1)>',
	accent: 'red;} body { display: none',
	goals: 'cellulite,<svg/onload=alert(1)>,../../etc,bogus',
};

describe('checkAttributes (the loader side)', () => {
	test("a clinic's normal settings pass through, normalised", () => {
		const { settings, problems } = checkAttributes(
			attributes({
				'clinic-name': '  Sunrise   Clinic ',
				'cta-url': 'https://sunrise.example/book?ref=widget',
				'cta-label': 'Book a consultation',
				accent: '#0A7F5A',
				goals: 'cellulite, fat-reduction',
			}),
		);
		expect(problems).toEqual({});
		expect(settings).toEqual({
			clinicName: 'Sunrise Clinic',
			ctaUrl: 'https://sunrise.example/book?ref=widget',
			ctaLabel: 'Book a consultation',
			accent: '#0a7f5a',
			goals: ['cellulite', 'fat-reduction'],
			lang: 'en',
		});
	});

	test('no attributes at all means no settings and no warnings', () => {
		expect(checkAttributes(() => null)).toEqual({ settings: { goals: [], lang: 'en' }, problems: {} });
	});

	test('markup in the name is kept as harmless text; a script URL and a CSS break-out are refused with warnings', () => {
		const { settings, problems } = checkAttributes(attributes(HOSTILE));
		// Text, shown with textContent/React: it can never become markup.
		expect(settings.clinicName).toBe('"><script>alert(1)</script>');
		expect(settings.ctaUrl).toBeUndefined();
		expect(settings.accent).toBeUndefined();
		expect(settings.goals).toEqual(['cellulite', 'bogus']);
		expect(problems).toEqual({
			'cta-url': 'meso-estimator: cta-url must be an https:// address of at most 1000 characters; no button is shown.',
			accent: 'meso-estimator: accent must be a hex colour such as #0a7f5a; the default colour is used.',
			goals: 'meso-estimator: goals left out: <svg/onload=alert(1)>, ../../etc. Goals are ids such as cellulite, at most 10.',
		});
	});

	test('a 10,000-character name is refused, not truncated into something else', () => {
		const { settings, problems } = checkAttributes(attributes({ 'clinic-name': 'A'.repeat(10_000) }));
		expect(settings.clinicName).toBeUndefined();
		expect(problems).toEqual({
			'clinic-name': 'meso-estimator: clinic-name must be plain text of at most 80 characters; no name is shown.',
		});
	});

	test('frameQuery encodes every value, so nothing can add a query key or break out of the address', () => {
		const query = frameQuery({
			clinicName: 'A&B Clinic?#x=1',
			ctaUrl: undefined,
			ctaLabel: 'Ignored without a URL',
			goals: ['cellulite'],
			lang: 'en',
		});
		expect(query).toBe('?clinic-name=A%26B+Clinic%3F%23x%3D1&goals=cellulite');
		expect(new URLSearchParams(query).get('clinic-name')).toBe('A&B Clinic?#x=1');
		expect(frameQuery({ goals: [], lang: 'en' })).toBe('');
	});
});

describe("lang: the widget's language", () => {
	test('a language of the site is taken, with or without a region and in any case', () => {
		for (const [value, lang] of [
			['es', 'es'],
			['es-MX', 'es'],
			['ES', 'es'],
			['en', 'en'],
			['en-US', 'en'],
		] as const) {
			expect(checkAttributes(attributes({ lang: value })), value).toEqual({ settings: { goals: [], lang }, problems: {} });
		}
	});

	test('no lang means the default language, without a warning', () => {
		expect(checkAttributes(attributes({})).settings.lang).toBe(DEFAULT_LOCALE);
	});

	test('an unknown or hostile lang falls back to English with a console warning naming the languages', () => {
		for (const value of ['fr', 'de-DE', '', '"><script>alert(1)</script>', 'e']) {
			const { settings, problems } = checkAttributes(attributes({ lang: value }));
			expect(settings.lang, value).toBe('en');
			expect(problems, value).toEqual({ lang: `meso-estimator: lang must be one of ${LOCALES.join(', ')}; en is used.` });
		}
	});

	test("the language picks the frame's page, never its query", () => {
		const spanish: EmbedSettings = { goals: ['cellulite'], lang: 'es' };
		expect(frameUrl('https://site.example', spanish)).toBe('https://site.example/es/embed/estimator/?goals=cellulite');
		expect(frameUrl('https://site.example', { ...spanish, lang: 'en' })).toBe('https://site.example/embed/estimator/?goals=cellulite');
		expect(embedPath('es')).toBe('/es/embed/estimator/');
	});
});

describe('the single checks', () => {
	test('httpsUrl accepts only https, without credentials', () => {
		expect(httpsUrl('https://sunrise.example/book')).toBe('https://sunrise.example/book');
		for (const bad of [
			'http://sunrise.example/book',
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			' javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'//evil.example/',
			'/book',
			'https://bank.example@evil.example/',
			'https://user:pass@sunrise.example/',
			'not a url',
			'',
		]) {
			expect(httpsUrl(bad), bad).toBeUndefined();
		}
	});

	test('plainText strips control and direction characters and squeezes spaces', () => {
		expect(plainText('Sun\u202Erise\u0000  Clinic\n\tLtd', 80)).toBe('Sun rise Clinic Ltd');
		expect(plainText('   ', 80)).toBeUndefined();
		expect(plainText('😀'.repeat(80), 80)).toBe('😀'.repeat(80));
		expect(plainText('😀'.repeat(81), 80)).toBeUndefined();
	});

	test('goalList keeps well-formed ids once each, at most ten, and names what it left out', () => {
		expect(goalList('cellulite,cellulite, hair-loss ,CELLULITE,,a b')).toEqual({
			ids: ['cellulite', 'hair-loss'],
			left: ['CELLULITE', 'a b'],
		});
		expect(goalList(Array.from({ length: 20 }, (_, i) => `goal-${i}`).join(',')).ids).toHaveLength(10);
	});

	test('a real goal after ten unknown ids is never dropped without a warning that names it', () => {
		const ids = 'a,b,c,d,e,f,g,h,i,j,cellulite';
		const { settings, problems } = checkAttributes(attributes({ goals: ids }));
		expect(settings.goals).not.toContain('cellulite');
		expect(problems.goals).toBe('meso-estimator: goals left out: cellulite. Goals are ids such as cellulite, at most 10.');
	});

	test('a cta-url is refused over its limit, which keeps the longest possible frame address under what nginx accepts', () => {
		// Each "/" stays one character in the address but becomes three (%2F) in the frame's query.
		const longest = `https://clinic.example/${'/'.repeat(1000)}`.slice(0, LIMITS['cta-url']);
		expect(httpsUrl(longest)).toBe(longest);
		expect(httpsUrl(`${longest}x`)).toBeUndefined();
		// Every other value at its longest, in characters that percent-encoding makes longest.
		const address = frameUrl('https://mesotherapy-explained.example', {
			clinicName: '…'.repeat(LIMITS['clinic-name']),
			ctaUrl: longest,
			ctaLabel: '…'.repeat(LIMITS['cta-label']),
			accent: '#0a7f5a',
			goals: Array.from({ length: LIMITS.goals }, (_, i) => `${'g'.repeat(39)}${i}`),
			lang: 'es',
		});
		expect(address.length).toBeGreaterThan(4500);
		expect(address.length).toBeLessThan(MAX_FRAME_URL_LENGTH);
	});

	test('the button names the host it leads to, as the browser reads the address', () => {
		expect(ctaHost('https://sunrise.example/book')).toBe('sunrise.example');
		expect(ctaHost(httpsUrl('https://evil.example\\@clinic.example/')!)).toBe('evil.example');
	});

	test('the loader reserves the compact height by width, never below the minimum', () => {
		expect(reservedHeight(320)).toBe(1300);
		expect(reservedHeight(390)).toBe(1200);
		expect(reservedHeight(1280)).toBe(900);
		expect(reservedHeight(0)).toBeGreaterThanOrEqual(MIN_FRAME_HEIGHT);
	});

	test('only hex colours are accents: url(), expressions, names and CSS break-outs are refused', () => {
		expect(parseHexColour('#0a7f5a')).toBe('#0a7f5a');
		expect(parseHexColour('#ABC')).toBe('#aabbcc');
		for (const bad of [
			'url(https://evil.example/x.png)',
			'red',
			'red;}',
			'#fff;}',
			'#ff',
			'#0a7f5a80',
			'rgb(0,0,0)',
			'expression(alert(1))',
			'var(--x)',
		]) {
			expect(parseHexColour(bad), bad).toBeUndefined();
		}
	});

	test('isHeightMessage accepts only a well-formed height', () => {
		expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 1234 })).toBe(true);
		for (const bad of [
			null,
			'meso-estimator:height',
			{ type: 'other', height: 10 },
			{ type: HEIGHT_MESSAGE, height: '10' },
			{ type: HEIGHT_MESSAGE, height: Infinity },
			{ type: HEIGHT_MESSAGE, height: -5 },
			{ type: HEIGHT_MESSAGE, height: 1e9 },
		]) {
			expect(isHeightMessage(bad), JSON.stringify(bad)).toBe(false);
		}
	});

	test('isSettingsMessage accepts only a query string of a sane length', () => {
		expect(isSettingsMessage({ type: SETTINGS_MESSAGE, query: '?clinic-name=A' })).toBe(true);
		for (const bad of [
			null,
			{ type: SETTINGS_MESSAGE },
			{ type: SETTINGS_MESSAGE, query: 5 },
			{ type: SETTINGS_MESSAGE, query: 'x'.repeat(9000) },
		]) {
			expect(isSettingsMessage(bad), JSON.stringify(bad)).toBe(false);
		}
	});
});

describe('parseEmbedSettings (the embed page side, with the same checks)', () => {
	test('reads the same attribute names from the query and applies the defaults', () => {
		const query = frameQuery({
			clinicName: 'Sunrise Clinic',
			ctaUrl: 'https://sunrise.example/book',
			accent: '#0a7f5a',
			goals: ['hair-loss', 'cellulite'],
			lang: 'en',
		});
		expect(parseEmbedSettings(query, KNOWN_GOALS)).toEqual({
			settings: {
				clinicName: 'Sunrise Clinic',
				ctaUrl: 'https://sunrise.example/book',
				ctaLabel: undefined,
				accent: '#0a7f5a',
				goals: ['hair-loss', 'cellulite'],
				lang: 'en',
			},
			problems: {},
		});
	});

	test('a hand-made hostile address is checked again: each bad value is dropped with its warning', () => {
		const { settings, problems } = parseEmbedSettings(
			`?${new URLSearchParams({ ...HOSTILE, 'clinic-name': 'x'.repeat(10_000) })}`,
			KNOWN_GOALS,
		);
		expect(settings).toEqual({
			clinicName: undefined,
			ctaUrl: undefined,
			ctaLabel: undefined,
			accent: undefined,
			goals: ['cellulite'],
			lang: 'en',
		});
		expect(Object.keys(problems).sort()).toEqual(['accent', 'clinic-name', 'cta-url', 'goals']);
		expect(problems['cta-url']).toBe('meso-estimator: cta-url must be an https:// address of at most 1000 characters; no button is shown.');
		expect(problems.goals).toContain(
			'meso-estimator: unknown goals left out: bogus. The goals are: fat-reduction, cellulite, facial-rejuvenation, under-eye-bags, hair-loss.',
		);
	});

	test("only unknown goals means every goal, and a bad label is dropped (the widget then shows its language's default)", () => {
		const { settings } = parseEmbedSettings('?goals=bogus,also-bogus&cta-url=https://a.example/&cta-label=%00%00', KNOWN_GOALS);
		expect(settings.goals).toEqual(KNOWN_GOALS);
		expect(settings.ctaLabel).toBeUndefined();
		expect(useTranslations('en').islands.estimator.defaultCtaLabel).toBe(DEFAULT_CTA_LABEL);
	});

	test('the checks read exactly the attributes the contract names, each once', () => {
		const read: string[] = [];
		checkAttributes((name) => {
			read.push(name);
			return null;
		});
		expect([...read].sort()).toEqual([...ATTRIBUTES].sort());
	});
});

describe('accent contrast', () => {
	test('button text on any accent reaches at least 4.5:1', () => {
		for (const accent of ['#0a7f5a', '#ffcc00', '#777777', '#757575', '#000000', '#ffffff', '#ff0000', '#0000ff', '#00ff00']) {
			expect(contrastRatio(accent, readableTextOn(accent)), accent).toBeGreaterThanOrEqual(4.5);
		}
		expect(readableTextOn('#0a7f5a')).toBe('#ffffff');
		expect(readableTextOn('#ffcc00')).toBe('#000000');
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
	});
});
