import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

/** Every article, from the content folder: a new article is tested without editing this file. */
const ARTICLES = readdirSync('content/articles')
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => name.replace(/\.mdx$/, ''));

test.describe('glossary terms', () => {
	test('a term opens its definition by keyboard and closes with Escape', async ({ page }) => {
		await page.goto('/articles/what-is-mesotherapy/');
		const term = page.locator('.term__button', { hasText: 'dermis' }).first();
		const definition = page.locator(`#${await term.getAttribute('popovertarget')}`);
		await expect(definition).toBeHidden();
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(definition).toBeVisible();
		await expect(definition).toContainText('Dermis:');
		await expect(definition.getByRole('link', { name: 'More in the glossary' })).toHaveAttribute('href', '/glossary/#dermis');
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
		await expect(term).toBeFocused();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('a term still opens its definition, and the glossary page has the entry', async ({ page }) => {
			await page.goto('/articles/what-is-mesotherapy/');
			const term = page.locator('.term__button', { hasText: 'dermis' }).first();
			await term.click();
			await expect(page.locator(`#${await term.getAttribute('popovertarget')}`)).toBeVisible();
			await page.goto('/glossary/#dermis');
			await expect(page.locator('#dermis dd')).toContainText('skin');
		});
	});
});

test.describe('on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const path of ['/articles/mesotherapy-vs-liposuction/', '/articles/alternatives/']) {
		test(`${path}: the comparison table fits without sideways scrolling`, async ({ page }) => {
			await page.goto(path);
			const table = page.locator('.comparison table');
			await expect(table).toBeVisible();
			const rows = (parse(readFileSync('content/comparison.yaml', 'utf8')) as unknown[]).length;
			await expect(table.locator('tbody tr')).toHaveCount(rows);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			const box = await table.boundingBox();
			expect(box!.width).toBeLessThanOrEqual(320);
			// Each stacked cell still says which column it belongs to.
			await expect(table.locator('td[data-label="Main risks"]').first()).toBeVisible();
		});
	}
});

test('diagrams are images with a title, a description and a caption', async ({ page }) => {
	await page.goto('/articles/what-is-mesotherapy/');
	const skin = page.getByRole('img', { name: 'Layers of the skin and how deep injections go' });
	await expect(skin).toBeVisible();
	await expect(page.locator('figure', { has: skin }).locator('figcaption')).toContainText('1 to 4 mm');
	await page.goto('/articles/fat-reduction/');
	const body = page.getByRole('img', { name: 'Body areas people ask about' });
	await expect(body).toBeVisible();
	await expect(page.locator('figure', { has: body }).locator('figcaption')).toContainText('under the chin');
});

test('the About page explains the reading-level measure and how to report an error', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByRole('heading', { name: 'Reading level' })).toBeVisible();
	await expect(page.locator('#reading-level ~ p').first()).toContainText('grade');
	await expect(page.getByRole('heading', { name: 'Report an error' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Money and conflicts of interest' })).toBeVisible();
});

for (const slug of ARTICLES) {
	test(`${slug}: each "On this page" entry links to its own heading, the boxes' headings included`, async ({ page }) => {
		// The entries the MDX promises: its level-2 headings and the boxes that print their own (<WhenToGetHelp>, <WhatWeDontKnow>).
		const mdx = readFileSync(`content/articles/${slug}.mdx`, 'utf8');
		const expected = (mdx.match(/^## /gm) ?? []).length + (mdx.match(/^\s*<(WhenToGetHelp|WhatWeDontKnow)\b/gm) ?? []).length;
		await page.goto(`/articles/${slug}/`);
		const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
		await expect(links).toHaveCount(expected);
		for (const link of await links.all()) {
			const target = page.locator(`[id="${(await link.getAttribute('href'))!.slice(1)}"]`);
			await expect(target).toHaveCount(1);
			await expect(target).toHaveText((await link.textContent())!.trim());
		}
	});
}
