import { expect, test } from './fixtures.ts';

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
			await expect(table.locator('tbody tr')).toHaveCount(5);
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

test('every article links its "On this page" entries to real headings, including the boxes', async ({ page }) => {
	await page.goto('/articles/risks-and-side-effects/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link', { name: 'When to get help' })).toHaveAttribute('href', '#when-to-get-help');
	await expect(toc.getByRole('link', { name: "What we don't know" })).toHaveAttribute('href', '#what-we-dont-know');
	for (const href of await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
		await expect(page.locator(href!)).toHaveCount(1);
	}
});
