// Every page in every language: its lang, its hreflang twins (reciprocal: the twin names this page back),
// a language switcher that leads to the twin, and, on a translated page, no English interface text (every
// string of the English dictionary that the language translates differently, and no English citation label or
// source note that the language words differently: "Park and others, 2008"). One test per page, the pages outside
// the sitemap (clinic embed pages, 404 pages) included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { en } from '../../src/i18n/en/index.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { localeOfPath, localePath, twinPaths } from '../../src/i18n/paths.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { builtFile, embedPaths, sitemapPaths } from './production/site.ts';

/** Every plain string in a dictionary (functions are left out: their words are checked where they are shown). */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** English interface strings that `locale` words differently, long enough not to be a shared name ("Wix"). */
function englishOnly(locale: Locale): string[] {
	const translated = new Set(strings(useTranslations(locale)));
	return [...new Set(strings(en))].filter((text) => text.length >= 12 && !translated.has(text));
}

/**
 * What content/sources.yaml says in English that content/<locale>/sources.yaml words differently: citation labels
 * ("Park and others, 2008") and our notes on sources ("date not shown").
 */
function englishSourceWords(locale: Locale): string[] {
	type Words = { id: string; short: string; note?: string; dateNote?: string };
	const read = (path: string) => parse(readFileSync(join(import.meta.dirname, '../../content', path), 'utf8')) as Words[];
	const english = new Map(read('sources.yaml').map((source) => [source.id, source]));
	const fields = ['short', 'note', 'dateNote'] as const;
	return read(`${locale}/sources.yaml`).flatMap((translated) =>
		fields.flatMap((field) => {
			const text = english.get(translated.id)?.[field];
			return text !== undefined && text !== translated[field] ? [text] : [];
		}),
	);
}

/** The hreflang alternates a built page declares, as path by hreflang. */
function alternates(path: string): Record<string, string> {
	const html = builtFile(path);
	return Object.fromEntries(
		[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, new URL(href!).pathname]),
	);
}

/** No English interface text, citation label or note on a page in `locale` (not English). */
async function expectNoEnglish(page: Page, locale: Locale): Promise<void> {
	// Text marked as English (source titles, a change summary not translated yet) is English on purpose.
	const text = await page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		for (const element of body.querySelectorAll('[lang]:not([lang^="es"]), script, style, template')) element.remove();
		return body.innerText.replace(/\s+/g, ' ');
	});
	const attributes = await page.evaluate(() =>
		[...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')]
			.filter((element) => !element.closest('[lang]:not([lang^="es"])'))
			.flatMap((element) => ['aria-label', 'placeholder', 'title', 'alt'].map((name) => element.getAttribute(name) ?? '')),
	);
	const seen = englishOnly(locale).filter((english) => text.includes(english) || attributes.includes(english));
	expect(seen, 'English interface text on a Spanish page').toEqual([]);
	// Citation labels and source notes have a Spanish wording, so one in English is a fault even when marked as
	// English, or inside a closed <details> (a side-effect answer's sources). References stay in their own language.
	const allText = await page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		for (const element of body.querySelectorAll('script, style, template, .source-ref__citation')) element.remove();
		return (body.textContent ?? '').replace(/\s+/g, ' ');
	});
	expect(
		englishSourceWords(locale).filter((words) => allText.includes(words)),
		'English citation labels or source notes on a Spanish page',
	).toEqual([]);
}

/** A translated page says the edition is a translation no clinician of its language has reviewed; an English one does not. */
async function expectEditionStatus(page: Page, locale: Locale): Promise<void> {
	const status = page.locator('[data-translation-edition]');
	if (locale === DEFAULT_LOCALE) await expect(status).toHaveCount(0);
	else await expect(status).toContainText(useTranslations(locale).site.translation.edition);
}

for (const path of sitemapPaths()) {
	const locale = localeOfPath(path);
	test(`${path}: lang ${locale}, reciprocal hreflang twins, a switcher to each twin${locale === DEFAULT_LOCALE ? '' : ', says it is a translation, no English interface text'}`, async ({
		page,
	}) => {
		const twins = twinPaths(path);
		const expected = {
			...Object.fromEntries(LOCALES.map((other) => [LOCALE_INFO[other].tag, twins[other]])),
			'x-default': twins[DEFAULT_LOCALE],
		};
		expect(alternates(path)).toEqual(expected);
		for (const other of LOCALES) expect(alternates(twins[other]), `${twins[other]} names ${path} back`).toEqual(expected);

		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
		for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
			await expect(page.locator(`header a[data-language-switcher][hreflang="${LOCALE_INFO[other].tag}"]`)).toHaveAttribute(
				'href',
				twins[other],
			);
		}
		await expectEditionStatus(page, locale);
		if (locale !== DEFAULT_LOCALE) await expectNoEnglish(page, locale);
	});
}

// Translated pages outside the sitemap: the clinic embed pages and the 404 pages.
for (const path of [...embedPaths(), ...TRANSLATED_LOCALES.map((locale) => localePath(locale, '/404/'))].filter(
	(candidate) => localeOfPath(candidate) !== DEFAULT_LOCALE,
)) {
	test(`${path}: lang ${localeOfPath(path)}, says it is a translation, no English interface text`, async ({ page }) => {
		const locale = localeOfPath(path);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
		await expectEditionStatus(page, locale);
		await expectNoEnglish(page, locale);
	});
}
