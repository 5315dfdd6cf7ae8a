// Page history on every page, /updates/, /corrections/ and the RSS feed, checked against the
// `changes` lists in the content files (article frontmatter and content/pages/*.yaml).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { localeOfPath, localePath } from '../../src/i18n/paths.ts';
import { expect, test } from './fixtures.ts';
import { builtFile, sitemapPaths } from './production/site.ts';

const CONTENT = join(import.meta.dirname, '../../content');

interface ContentChange {
	date: string;
	kind: 'new' | 'update' | 'correction';
	summary: string;
}

/** YAML days come back as strings from the `yaml` package (YAML 1.2); Dates only if a file quotes oddly. */
const asDay = (date: unknown) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));

/** Every page with a history, its address and its changes, read straight from the content files. */
const pages = [
	...readdirSync(join(CONTENT, 'articles')).map((file) => {
		const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, 'articles', file), 'utf8'))![1]!) as {
			changes: ContentChange[];
		};
		return { path: `/articles/${file.replace(/\.mdx$/, '')}/`, changes: frontmatter.changes };
	}),
	...readdirSync(join(CONTENT, 'pages'))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({
			path: `/${file.replace(/\.yaml$/, '')}/`,
			changes: (parse(readFileSync(join(CONTENT, 'pages', file), 'utf8')) as { changes: ContentChange[] }).changes,
		})),
].map(({ path, changes }) => ({ path, changes: changes.map((change) => ({ ...change, date: asDay(change.date) })) }));

const allChanges = pages.flatMap(({ path, changes }) => changes.map((change) => ({ ...change, path })));
const entryKey = (path: string, summary: string) => `${path} ${summary}`;
const sortedKeys = (changes: { path: string; summary: string }[]) => changes.map((c) => entryKey(c.path, c.summary)).sort();
const isNewestFirst = (days: string[]) => days.every((day, i) => i === 0 || days[i - 1]! >= day);

test.describe('page history', () => {
	for (const { path, changes } of pages) {
		test(`${path} ends with its history, newest first, corrections marked`, async ({ page }) => {
			await page.goto(path);
			const history = page.getByRole('region', { name: 'Page history' });
			await expect(history).toBeVisible();
			const items = history.getByRole('listitem');
			await expect(items).toHaveCount(changes.length);
			const days = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
			expect(isNewestFirst(days)).toBe(true);
			expect([...days].sort()).toEqual(changes.map((c) => c.date).sort());
			for (const change of changes) {
				const item = items.filter({ hasText: change.summary });
				await expect(item.first()).toContainText({ new: 'New page', update: 'Update', correction: 'Correction' }[change.kind]);
			}
			const lastSection = await page.locator('main h2').last().textContent();
			expect(lastSection).toBe('Page history');
		});
	}
});

test('/updates/ lists every change of every page, newest first, and links each to its page history', async ({ page }) => {
	await page.goto('/updates/');
	const items = page.locator('main ol.site-changes > li');
	await expect(items).toHaveCount(allChanges.length);
	const listed = await items.evaluateAll((lis) =>
		lis.map((li) => ({
			day: li.querySelector('time')!.getAttribute('datetime')!,
			href: li.querySelector('a')!.getAttribute('href')!,
			text: li.textContent!.replace(/\s+/g, ' '),
		})),
	);
	expect(isNewestFirst(listed.map((entry) => entry.day))).toBe(true);
	for (const change of allChanges) {
		const entry = listed.find((e) => e.href.startsWith(`${change.path}#`) && e.text.includes(change.summary));
		expect(entry, entryKey(change.path, change.summary)).toBeDefined();
		expect(entry!.text).toContain(change.kind === 'correction' ? 'Correction:' : change.kind === 'new' ? 'New page:' : 'Update:');
	}
	const first = listed[0]!;
	const change = allChanges.find((c) => first.href.startsWith(`${c.path}#`) && first.text.includes(c.summary))!;
	await items.first().getByRole('link').click();
	await expect(page).toHaveURL((url) => url.pathname + url.hash === first.href);
	await expect(page.locator(`[id="${first.href.split('#')[1]}"]`)).toContainText(change.summary);
});

test('/corrections/ lists exactly the corrections', async ({ page }) => {
	await page.goto('/corrections/');
	const corrections = allChanges.filter((change) => change.kind === 'correction');
	const items = page.locator('main ol.site-changes > li');
	await expect(items).toHaveCount(corrections.length);
	const texts = await items.allTextContents();
	expect(texts.every((text) => text.includes('Correction:'))).toBe(true);
	for (const change of corrections) expect(texts.some((text) => text.replace(/\s+/g, ' ').includes(change.summary))).toBe(true);
});

/** content/es/changes.yaml: each English summary's Spanish wording. */
const spanishSummaries = parse(readFileSync(join(CONTENT, 'es/changes.yaml'), 'utf8')) as Record<string, string>;

/** Each language's feed, with the address prefix and wording its items must have. */
const feeds = LOCALES.map((locale) => ({
	locale,
	path: localePath(locale, '/updates.xml'),
	kinds: useTranslations(locale).site.review.history.kinds,
	summary: (english: string) => (locale === DEFAULT_LOCALE ? english : spanishSummaries[english]!),
}));

for (const { locale, path, kinds, summary } of feeds) {
	test(`${path} is valid RSS in ${locale} whose items match the content changes and point at their page-history entries`, async ({
		page,
		request,
	}) => {
		const response = await request.get(path);
		expect(response.ok()).toBe(true);
		const xml = await response.text();
		await page.goto(localePath(locale, '/'));
		const feed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const child = (node: Element, name: string) => node.getElementsByTagName(name)[0]?.textContent ?? null;
			return {
				error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
				version: doc.documentElement.getAttribute('version'),
				channelTitle: child(doc.querySelector('channel')!, 'title'),
				channelLink: child(doc.querySelector('channel')!, 'link'),
				language: child(doc.querySelector('channel')!, 'language'),
				items: [...doc.getElementsByTagName('item')].map((item) => ({
					title: child(item, 'title'),
					link: child(item, 'link'),
					guid: child(item, 'guid'),
					description: child(item, 'description'),
					pubDate: child(item, 'pubDate'),
				})),
			};
		}, xml);
		expect(feed.error).toBeNull();
		expect(feed.version).toBe('2.0');
		// The channel is named after the site in its language, and leads to the home page in that language.
		expect(feed.channelTitle).toContain(useTranslations(locale).site.meta.name);
		expect(new URL(feed.channelLink!).pathname).toBe(localePath(locale, '/'));
		expect(feed.language).toBe(locale);
		const expected = allChanges.map((change) => ({ ...change, path: localePath(locale, change.path), summary: summary(change.summary) }));
		const items = feed.items.map((item) => ({ ...item, url: new URL(item.link!) }));
		expect(sortedKeys(items.map((item) => ({ path: item.url.pathname, summary: item.description! })))).toEqual(sortedKeys(expected));
		expect(new Set(items.map((item) => item.guid)).size).toBe(items.length);
		const days = items.map((item) => new Date(item.pubDate!).toISOString().slice(0, 10));
		expect(isNewestFirst(days)).toBe(true);
		for (const item of items) {
			const change = expected.find((c) => c.path === item.url.pathname && c.summary === item.description)!;
			expect(days[items.indexOf(item)]).toBe(change.date);
			expect(item.title).toContain(kinds[change.kind]);
			expect(builtFile(item.url.pathname)).toContain(`id="${item.url.hash.slice(1)}"`);
		}
	});
}

test('every page links the feed in its own language from its head', () => {
	for (const path of sitemapPaths()) {
		const feed = localePath(localeOfPath(path), '/updates.xml').replaceAll('/', '\\/').replace('.', '\\.');
		expect(builtFile(path), path).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}">`));
	}
});

test('a Spanish page history and /es/updates/ give every summary in Spanish, none marked as English', async ({ page }) => {
	for (const path of ['/es/updates/', ...pages.map((entry) => localePath('es', entry.path))]) {
		await page.goto(path);
		const summaries = page.locator('main .change-list > li');
		await expect(summaries.first()).toBeVisible();
		await expect(page.locator('main .change-list [lang]'), path).toHaveCount(0);
		const texts = (await summaries.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
		const english = pages.find((entry) => localePath('es', entry.path) === path)?.changes ?? allChanges;
		expect(texts, path).toHaveLength(english.length);
		for (const change of english)
			expect(
				texts.some((text) => text.includes(spanishSummaries[change.summary]!)),
				`${path}: ${change.summary}`,
			).toBe(true);
	}
});
