import { describe, expect, test } from 'vitest';
import { articlePath, faqPath, localeOfPath, localeParams, localePath, pathWithoutLocale, twinPaths } from '../../src/i18n/paths.ts';

describe('locale paths', () => {
	test('English keeps its addresses; Spanish puts /es in front of the same path', () => {
		expect(localePath('en', '/glossary/')).toBe('/glossary/');
		expect(localePath('es', '/glossary/')).toBe('/es/glossary/');
		expect(localePath('es', '/')).toBe('/es/');
		expect(articlePath('es', 'cellulite')).toBe('/es/articles/cellulite/');
		expect(articlePath('en')).toBe('/articles/');
		expect(faqPath('es', 'bruising')).toBe('/es/side-effects/#bruising');
		expect(faqPath('en')).toBe('/side-effects/');
	});

	test('the language of an address comes from its first segment only', () => {
		expect(localeOfPath('/es/articles/')).toBe('es');
		expect(localeOfPath('/es/')).toBe('es');
		expect(localeOfPath('/articles/es/')).toBe('en');
		expect(localeOfPath('/estimator/')).toBe('en');
		expect(localeOfPath('/')).toBe('en');
	});

	test('a page and its twin map to each other both ways', () => {
		expect(twinPaths('/es/articles/cellulite/')).toEqual({ en: '/articles/cellulite/', es: '/es/articles/cellulite/' });
		expect(twinPaths('/articles/cellulite/')).toEqual({ en: '/articles/cellulite/', es: '/es/articles/cellulite/' });
		expect(twinPaths('/')).toEqual({ en: '/', es: '/es/' });
		expect(pathWithoutLocale('/es/')).toBe('/');
		expect(pathWithoutLocale('/estimator/')).toBe('/estimator/');
	});

	test('a [...locale] route builds English at the root and every other language under its code', () => {
		expect(localeParams()).toEqual([
			{ params: { locale: undefined }, props: { locale: 'en' } },
			{ params: { locale: 'es' }, props: { locale: 'es' } },
		]);
	});
});
