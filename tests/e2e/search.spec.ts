import { NAVIGATION } from '../../src/lib/site.ts';
import { expect, settle, test } from './fixtures.ts';
import { searchEach } from './search-results.ts';

const article = (slug: string) => `/articles/${slug}/`;
/** Side-effect worries are answered by the risks article and, once it is built, the side-effect FAQ. */
const SIDE_EFFECT_PAGES = [article('risks-and-side-effects'), '/side-effects/'];

/**
 * Searches in readers' own words (slang, misspellings, worries) and the page that must come in the
 * top three for each. Most of these words are not in the article's text: they reach it through the
 * `keywords` frontmatter, which Pagefind indexes as metadata.
 */
const LAY_QUERIES: [query: string, expected: string | string[]][] = [
	['fat jabs', article('fat-reduction')],
	['going bald', article('hair-loss')],
	['lump after injection', SIDE_EFFECT_PAGES],
	['eye bags', article('under-eye-bags')],
	['double chin', article('fat-reduction')],
	['orange peel skin', article('cellulite')],
	['is it safe', SIDE_EFFECT_PAGES],
	['how many sessions', article('before-during-after')],
	['vs lipo', article('mesotherapy-vs-liposuction')],
	['mesotheraphy', article('what-is-mesotherapy')],
	['celulite', article('cellulite')],
	['liposucton', article('mesotherapy-vs-liposuction')],
	['fat disolving', article('fat-reduction')],
	['dark circles', article('under-eye-bags')],
	['thinning hair', article('hair-loss')],
	['hair falling out', article('hair-loss')],
	['hair thinning women', article('hair-loss')],
	['dimples on my thighs', article('cellulite')],
	['love handles', article('fat-reduction')],
	['bingo wings', article('fat-reduction')],
	['skin booster', article('facial-rejuvenation')],
	['wrinkles', article('facial-rejuvenation')],
	['coolsculpting', article('alternatives')],
	['botox instead', article('alternatives')],
	['lipo without surgery', article('mesotherapy-vs-liposuction')],
	['does it hurt', article('before-during-after')],
	['aftercare', article('before-during-after')],
	['pregnant', article('before-during-after')],
	['bruising', SIDE_EFFECT_PAGES],
	['swollen after treatment', SIDE_EFFECT_PAGES],
	['botched', SIDE_EFFECT_PAGES],
	['qualified injector', article('choosing-a-practitioner')],
	['clinic near me', article('choosing-a-practitioner')],
	['what is meso', article('what-is-mesotherapy')],
	['lemon bottle', article('fat-dissolving-injections')],
	['is lemon bottle safe', article('fat-dissolving-injections')],
	['aqualyx', article('fat-dissolving-injections')],
	['fat dissolving jabs', article('fat-dissolving-injections')],
	['belkyra', article('fat-dissolving-injections')],
	['kybella', article('fat-dissolving-injections')],
	['lipo lab', article('fat-dissolving-injections')],
	['kabelline', article('fat-dissolving-injections')],
	['double chin injections', [article('fat-dissolving-injections'), article('fat-reduction')]],
	['oral minoxidil', article('hair-loss')],
	['finasteride', article('hair-loss')],
	['prp for hair loss', article('hair-loss')],
	['polynucleotides', article('facial-rejuvenation')],
	['salmon dna facial', article('facial-rejuvenation')],
	['cellulite grades', article('cellulite')],
];

test.describe('lay queries find the right page', () => {
	test.use({ viewport: { width: 1280, height: 2400 } });
	test(`${LAY_QUERIES.length} searches in readers' own words each have the right page in the top three`, async ({ page }) => {
		const found = await searchEach(
			page,
			'/search/',
			LAY_QUERIES.map(([query]) => query),
		);
		// Soft assertions report every query that misses, not only the first.
		for (const [query, expected] of LAY_QUERIES) {
			const top = found.get(query)!;
			const wanted = Array.isArray(expected) ? expected : [expected];
			expect
				.soft(
					top.some((path) => wanted.includes(path)),
					`top three for "${query}": ${top.join(', ')}; wanted ${wanted.join(' or ')}`,
				)
				.toBe(true);
		}
	});
});

test('results show the topic and an excerpt with the matched words highlighted', async ({ page }) => {
	await page.goto('/search/?q=eye+bags');
	const first = page.locator('pagefind-results li.pf-result').first();
	await expect(first.getByRole('heading', { level: 2 })).toHaveText('Mesotherapy for under-eye bags');
	await expect(first.locator('.search-result__topic')).toHaveText('Face and eyes');
	await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/eye|bag/i);
	await expect(page.locator('pagefind-input input')).toHaveValue('eye bags');
	await expect(page.getByRole('heading', { name: 'All articles' })).toBeHidden();
});

test('the header search opens with "/" and Ctrl+K, closes with Escape, and gives focus back', async ({ page }) => {
	await page.goto('/articles/cellulite/');
	const openButton = page.getByRole('button', { name: 'Search', exact: true });
	await expect(openButton).toBeVisible();
	// With scripts the plain field gives way to the button that opens the dialog.
	await expect(page.getByRole('searchbox', { name: 'Search this site' })).toBeHidden();
	const link = page.getByRole('link', { name: 'what this means' });
	await link.focus();

	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog).toBeVisible();
	const input = dialog.getByRole('searchbox');
	await expect(input).toBeFocused();
	await page.keyboard.type('/orange peel');
	await expect(input).toHaveValue('/orange peel');
	await input.fill('orange peel skin');
	await expect(dialog.locator('.search-result__title a').first()).toHaveAttribute('href', '/articles/cellulite/');
	await expect(dialog.getByRole('link', { name: 'Open the search page' })).toHaveAttribute('href', '/search/?q=orange+peel+skin');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(link).toBeFocused();

	await page.keyboard.press('Control+k');
	await expect(dialog).toBeVisible();
	await expect(input).toHaveValue('orange peel skin');
	await page.keyboard.press('Escape');
	await expect(link).toBeFocused();

	await openButton.click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'close' }).click();
	await expect(dialog).toBeHidden();
	await expect(openButton).toBeFocused();
});

test('a page fetches the search dialog and Pagefind only when the reader opens search', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('/articles/what-is-mesotherapy/');
	// Loaded, with its scripts run: the header is ready to open search, and has fetched none of it.
	await settle(page);
	const searchFiles = () => requested.filter((path) => /site-search-dialog|pagefind-ui|^\/pagefind\//.test(path));
	expect(searchFiles()).toEqual([]);

	await page.keyboard.press('/');
	await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
	expect(searchFiles()).toEqual(expect.arrayContaining(['/pagefind/pagefind-component-ui.js']));
	expect(searchFiles().some((path) => path.includes('site-search-dialog'))).toBe(true);
});

test('a result in the header dialog takes the reader to the page', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('going bald');
	await page.getByRole('dialog').getByRole('link', { name: 'Mesotherapy for hair loss' }).click();
	await expect(page).toHaveURL(/\/articles\/hair-loss\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mesotherapy for hair loss');
});

test('the topic filter limits results and is kept in the address', async ({ page }) => {
	await page.goto('/search/?q=injections');
	const summary = page.locator('pagefind-summary');
	await expect(summary).toHaveText(/^\d+ pages found for “injections”$/);
	const allTopics = await summary.innerText();
	const topic = page.getByRole('combobox', { name: 'Show pages about' });
	await expect(topic.getByRole('option', { name: 'Hair (1)' })).toBeAttached();
	await topic.selectOption('hair');
	await expect(page).toHaveURL(/\/search\/\?q=injections&topic=hair$/);
	await expect(summary).toHaveText('1 page found for “injections”');
	await expect(page.locator('.search-result__topic')).toHaveText(['Hair']);

	// A shared address restores the same search and topic.
	await page.goto('/search/?q=injections&topic=face');
	await expect(topic).toHaveValue('face');
	await expect(page.locator('.search-result__topic').first()).toHaveText('Face and eyes');
	for (const label of await page.locator('.search-result__topic').allInnerTexts()) expect(label).toBe('Face and eyes');

	await topic.selectOption('');
	await expect(page).toHaveURL(/\/search\/\?q=injections$/);
	await expect(summary).toHaveText(allTopics);
});

test('typing keeps the address in step without adding history, and Back returns to the search', async ({ page }) => {
	await page.goto('/');
	await page.goto('/search/');
	const historyLength = await page.evaluate(() => history.length);
	await page.getByRole('searchbox', { name: 'Search for a word or a worry' }).fill('eye bags');
	await expect(page).toHaveURL(/\/search\/\?q=eye\+bags$/);
	await page.getByRole('searchbox', { name: 'Search for a word or a worry' }).fill('eye bags surgery');
	await expect(page).toHaveURL(/\/search\/\?q=eye\+bags\+surgery$/);
	expect(await page.evaluate(() => history.length)).toBe(historyLength);

	// Any result will do (the ranking is not what this test is about); an article is among them.
	await page.locator('.search-result__title a[href*="/articles/"]').first().click();
	await expect(page).toHaveURL(/\/articles\//);
	await page.goBack();
	await expect(page).toHaveURL(/\/search\/\?q=eye\+bags\+surgery$/);
	await expect(page.locator('pagefind-input input')).toHaveValue('eye bags surgery');
	await expect(page.locator('.search-result__title a').first()).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
});

test('no results: a kind message with a way on', async ({ page }) => {
	await page.goto('/search/?q=zzqx+vvbn');
	await expect(page.locator('pagefind-summary')).toHaveText('No pages found for “zzqx vvbn”');
	const message = page.locator('[data-search-no-results]');
	await expect(message).toBeVisible();
	await expect(message).toContainText('We could not find a page with those words');
	await expect(message.getByRole('link', { name: 'All topics' })).toHaveAttribute('href', '/articles/');
	await expect(message.getByRole('link', { name: 'Side effects and when to get help' })).toHaveAttribute('href', '/side-effects/');
	await page.getByRole('searchbox', { name: 'Search for a word or a worry' }).fill('cellulite');
	await expect(message).toBeHidden();
});

test('navigation, footer and source lists are not searchable', async ({ page }) => {
	// Every page carries the header navigation. What Pagefind indexed for the pages a common word finds must not
	// hold the navigation's labels in a row (their words alone may be in a page's text: "topic", "clinics").
	await page.goto('/search/');
	const indexed = await page.evaluate(async () => {
		const bundle = '/pagefind/pagefind.js'; // the site's own file, not a module of this project
		const pagefind = (await import(bundle)) as {
			search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
		};
		const { results } = await pagefind.search('mesotherapy');
		return Promise.all(results.map((result) => result.data()));
	});
	expect(indexed.length).toBeGreaterThan(1);
	const navigation = NAVIGATION.map((link) => link.label).join(' ');
	for (const { url, content } of indexed) expect(content, url).not.toContain(navigation);
	// "PubMed" appears only in source lists, "cookies" only in the footer.
	for (const word of ['PubMed', 'cookies']) {
		await page.goto(`/search/?q=${word}`);
		await expect(page.locator('pagefind-summary')).toHaveText(`No pages found for “${word}”`);
	}
});

test('if the search files cannot load, the page says so and still lists every article', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto('/search/?q=cellulite');
	await expect(page.locator('[data-search-status]')).toHaveText(/Search could not load/);
	await expect(page.getByRole('heading', { name: 'All articles' })).toBeVisible();
});

test('/search/ with results showing: no accessibility violations, console errors or outside requests', async ({
	page,
	axeViolations,
	axeViolationsInBothSchemes,
	pageProblems,
}) => {
	await page.goto('/search/?q=lump+after+injection');
	await expect(page.locator('.search-result__title a').first()).toBeVisible();
	expect(await axeViolationsInBothSchemes()).toEqual({ light: [], dark: [] });

	await page.keyboard.press('Control+k');
	await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('cellulite');
	await expect(page.getByRole('dialog').locator('.search-result__title a').first()).toBeVisible();
	expect(await axeViolations()).toEqual([]);
	expect(pageProblems.consoleErrors).toEqual([]);
	expect(pageProblems.foreignRequests).toEqual([]);
});

test("if the header's script cannot load, its Search button still opens the search page", async ({ page }) => {
	await page.route(/SiteSearch\.astro.*\.js$/, (route) => route.abort());
	await page.goto('/articles/hair-loss/');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/\/search\/\?q=$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header search is a plain form that opens the search page', async ({ page }) => {
		await page.goto('/articles/hair-loss/');
		const form = page.getByRole('search', { name: 'Site', exact: true });
		await expect(form.getByRole('button', { name: 'Search' })).toBeVisible();
		await form.getByRole('searchbox', { name: 'Search this site' }).fill('fat jabs');
		await form.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=fat\+jabs$/);
	});

	test('/search/ explains that search needs JavaScript and lists every article with its description', async ({ page }) => {
		await page.goto('/articles/');
		const articleCount = await page.locator('main a.card').count();
		expect(articleCount).toBeGreaterThan(10);
		await page.goto('/search/');
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		const cards = page.getByRole('region', { name: 'All articles' }).locator('a.card');
		await expect(cards).toHaveCount(articleCount);
		await expect(cards.filter({ hasText: 'Mesotherapy for cellulite' })).toContainText('What mesotherapy claims to do for cellulite');
	});
});
