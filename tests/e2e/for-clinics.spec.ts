import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n/index.ts';
import { FIXED_FRAME_HEIGHT } from '../../src/lib/embed-snippet.ts';
import { expect, test } from './fixtures.ts';

/** Where the site is published (`site` in astro.config.mjs), as the page's canonical link gives it: the snippets must point there. */
const siteOf = async (page: Page) => new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;

/** The newest released loader, as committed. */
const [version, integrity] = Object.entries(
	JSON.parse(readFileSync(new URL('../../src/embed/releases.json', import.meta.url), 'utf8')) as Record<string, string>,
).at(-1)!;
const pinnedScript = (site: string) =>
	`<script src="${site}/embed-loader/v${version}.js" integrity="${integrity}" crossorigin="anonymous" async></script>`;

test('the configurator checks each value, updates the snippet and previews the real widget', async ({ page, context, pageProblems }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/for-clinics/');
	const site = await siteOf(page);
	const snippet = page.getByRole('region', { name: 'Your snippet' });
	await snippet.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');

	await page.getByLabel('Clinic name').fill('Moon & Stars "Clinic"');
	await page.getByRole('checkbox', { name: 'Hair loss' }).check();
	await page.getByRole('checkbox', { name: 'Cellulite' }).check();
	await expect(snippet).toHaveText(
		[
			'<meso-estimator',
			'  clinic-name="Moon &amp; Stars &quot;Clinic&quot;"',
			'  cta-url="https://sunrise.example/book"',
			'  cta-label="Book a consultation"',
			'  accent="#0a7f5a"',
			'  goals="cellulite,hair-loss">',
			`  <a href="${site}/estimator/">Mesotherapy session estimator</a>`,
			'</meso-estimator>',
			`<script src="${site}/embed.js" async></script>`,
		].join('\n'),
	);

	// A link that is not https is refused with a message, and left out of the snippet.
	const link = page.getByLabel('Button link');
	await link.fill('javascript:alert(1)');
	await expect(link).toHaveAttribute('aria-invalid', 'true');
	await expect(link).toHaveAccessibleDescription(/cta-url must be an https:\/\/ address of at most 1000 characters; no button is shown/);
	await expect(snippet).not.toContainText('cta-url');
	await expect(snippet).not.toContainText('cta-label');

	// Pinning swaps the script for the released version with its integrity.
	await page.getByRole('checkbox', { name: `Pin version ${version} (Subresource Integrity)` }).check();
	await expect(snippet).toContainText(pinnedScript(site));
	await expect(snippet).not.toContainText(`${site}/embed.js`);
	await page.getByRole('checkbox', { name: `Pin version ${version} (Subresource Integrity)` }).uncheck();

	// The preview is the real element and loader, with the same checked settings (changes reach its frame by message).
	const element = page.locator('.configurator__preview meso-estimator');
	await expect(element).toHaveAttribute('clinic-name', 'Moon & Stars "Clinic"');
	await expect(element).toHaveAttribute('goals', 'cellulite,hair-loss');
	await expect(element).not.toHaveAttribute('cta-url');
	// The frame is made only when the element comes near the screen, like on a clinic's page: bring the element
	// (not the frame, which may not exist yet) into view.
	await element.scrollIntoViewIfNeeded();
	await expect(element.locator('iframe')).toBeVisible();
	const frame = page.frameLocator('.configurator__preview meso-estimator iframe');
	await expect(frame.getByText('Shared by Moon & Stars "Clinic"')).toBeVisible();
	await expect(frame.getByRole('group', { name: 'What do you want to treat?' }).locator('label')).toHaveText(['Cellulite', 'Hair loss']);

	await page.getByRole('button', { name: 'Copy the snippet' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
		'Copied. Paste it into your page where the estimator should appear.',
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.textContent());

	// The plain frame for hosts without outside scripts uses the same checked settings.
	await page.getByText('No outside scripts allowed? Use a plain frame instead').click();
	await expect(page.getByRole('region', { name: 'Plain frame snippet' })).toContainText(
		`src="${site}/embed/estimator/?clinic-name=Moon+%26+Stars+%22Clinic%22&amp;accent=%230a7f5a&amp;goals=cellulite%2Chair-loss"`,
	);
	expect(pageProblems.consoleErrors).toEqual([]);
});

test('the language setting makes a Spanish widget: lang="es" in the snippet, a Spanish fallback and a Spanish preview', async ({
	page,
	pageProblems,
}) => {
	const spanish = useTranslations('es');
	await page.goto('/for-clinics/');
	const site = await siteOf(page);
	const snippet = page.getByRole('region', { name: 'Your snippet' });
	await snippet.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
	await expect(snippet).not.toContainText('lang=');

	// The widget's language, in the configurator's form (the page's own language switcher is another matter).
	const language = page.getByRole('form', { name: 'Widget settings' }).getByLabel('Language');
	await language.selectOption({ label: 'Español' });
	await expect(snippet).toContainText('  lang="es">');
	await expect(snippet).toContainText(`<a href="${site}/es/estimator/">${spanish.widget.frameTitle}</a>`);
	await page.getByText('No outside scripts allowed? Use a plain frame instead').click();
	await expect(page.getByRole('region', { name: 'Plain frame snippet' })).toContainText(`src="${site}/es/embed/estimator/?`);

	const element = page.locator('.configurator__preview meso-estimator');
	await expect(element).toHaveAttribute('lang', 'es');
	// The element, not its frame: the frame is made only once the element comes near the screen.
	await element.scrollIntoViewIfNeeded();
	const frame = page.frameLocator('.configurator__preview meso-estimator iframe');
	await expect(frame.getByRole('group', { name: spanish.islands.estimator.goalLegend })).toBeVisible();
	await expect(element.locator('iframe')).toHaveAttribute('title', spanish.widget.frameTitle);

	// Back to English: the frame loads the English page again.
	await language.selectOption({ label: 'English' });
	await expect(snippet).not.toContainText('lang=');
	await expect(frame.getByRole('group', { name: 'What do you want to treat?' })).toBeVisible();
	expect(pageProblems.consoleErrors).toEqual([]);
});

test('the page states what the widget is not, and the exact CSP values a clinic needs', async ({ page }) => {
	await page.goto('/for-clinics/');
	const site = await siteOf(page);
	await expect(page.getByRole('heading', { name: 'What it is, and what it is not' })).toBeVisible();
	await expect(page.locator('main')).toContainText('It is not a quote, a diagnosis or a treatment plan.');
	await expect(page.getByRole('region', { name: 'CSP values' })).toHaveText(`script-src ${site};\nframe-src ${site};`);
	await expect(page.getByRole('heading', { name: 'Privacy' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Accessibility' })).toBeVisible();
	// Why the console warns about the sandbox, and a guide per website builder.
	await expect(page.locator('main')).toContainText("It needs allow-same-origin to keep our site's address");
	for (const builder of ['WordPress', 'Wix', 'Squarespace', 'Webflow'])
		await expect(page.getByRole('heading', { name: builder })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('both snippets are still there to copy by hand', async ({ page }) => {
		await page.goto('/for-clinics/');
		await expect(page.getByRole('region', { name: 'Your snippet' })).toContainText(
			`<script src="${await siteOf(page)}/embed.js" async></script>`,
		);
		await page.getByText('No outside scripts allowed? Use a plain frame instead').click();
		await expect(page.getByRole('region', { name: 'Plain frame snippet' })).toContainText(`height="${FIXED_FRAME_HEIGHT}"`);
		await expect(page.getByRole('region', { name: 'Pinned script' })).toHaveText(
			pinnedScript(await siteOf(page))
				.replace(' integrity', '\n  integrity')
				.replace(' crossorigin', '\n  crossorigin'),
		);
		await expect(page.getByRole('button', { name: 'Copy the snippet' })).toBeHidden();
	});
});
