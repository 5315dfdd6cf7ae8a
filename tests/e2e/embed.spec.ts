// The clinic embed as a clinic uses it: a page on another origin (a second local server) with a strict CSP,
// pasting <meso-estimator> elements and the /embed.js loader from the site.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Frame, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

/** Each goal's verdict as content/treatments.yaml gives it. */
const VERDICTS = new Map(
	(
		parse(readFileSync(new URL('../../content/treatments.yaml', import.meta.url), 'utf8')) as { id: string; verdict: { text: string } }[]
	).map((goal) => [goal.id, goal.verdict.text]),
);

const sitePort = Number(process.env['E2E_PORT'] ?? 4321);
const clinicPort = Number(process.env['E2E_CLINIC_PORT'] ?? sitePort + 1);
const site = `http://127.0.0.1:${sitePort}`;
const clinic = `http://127.0.0.1:${clinicPort}`;
/** The policy the issue names: no 'unsafe-inline' anywhere, scripts and frames only from the clinic and the site. */
const CLINIC_CSP = `default-src 'self'; script-src 'self' ${site}; frame-src ${site}; style-src 'self'`;
const HOSTILE_NAME = '"><script>window.top.pwned = 1</script><b>bold</b>';

const PAGES: Record<string, string> = {
	'/two-widgets.html': `
		<h1>Sunrise Clinic</h1>
		<meso-estimator id="first" clinic-name="Sunrise Clinic" cta-url="https://sunrise.example/book" cta-label="Book a consultation"
			accent="#0a7f5a" goals="cellulite,fat-reduction"><a href="${site}/estimator/">Session estimator</a></meso-estimator>
		<p>Between the widgets.</p>
		<meso-estimator id="second" clinic-name="Moon Clinic" accent="#ffcc00" goals="hair-loss"></meso-estimator>`,
	'/hostile.html': `
		<h1>Not a real clinic</h1>
		<meso-estimator id="hostile" clinic-name='${HOSTILE_NAME.replace(/'/g, '&#39;')}' cta-url="javascript:window.top.pwned=2"
			cta-label="<img src=x onerror=window.top.pwned=3>" accent="url(https://evil.example/track.png)" goals="bogus,&lt;svg/onload=alert(1)&gt;"></meso-estimator>
		<meso-estimator id="long" clinic-name="${'A'.repeat(10_000)}" cta-url="http://sunrise.example/book" accent="red;} body { display: none"></meso-estimator>`,
};

/** Served without a CSP, so a frame can be navigated away from the site, as on a careless host. */
const UNPROTECTED: Record<string, string> = {
	'/no-csp.html': `<meso-estimator id="only" goals="cellulite"></meso-estimator><script src="${site}/embed.js" async></script>`,
	'/spoof.html': `<script src="/spoof.js"></script>`,
	'/spoof.js': `parent.postMessage({ type: 'meso-estimator:height', height: 11 }, '*'); parent.postMessage('after-spoof', '*');`,
};

let server: Server;

test.beforeAll(async () => {
	server = createServer((request, response) => {
		const unprotected = UNPROTECTED[request.url ?? ''];
		if (unprotected) {
			response.writeHead(200, { 'Content-Type': request.url?.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(unprotected);
			return;
		}
		const body = PAGES[request.url ?? ''];
		if (!body) {
			// Browsers ask for /favicon.ico; answer without a 404 so console errors mean something.
			response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
			return;
		}
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CLINIC_CSP });
		response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>${body}
			<script src="${site}/embed.js" async></script></body></html>`);
	});
	await new Promise<void>((resolve) => server.listen(clinicPort, '127.0.0.1', resolve));
});

test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

/** Records CSP violations on the clinic page, which a strict host must never see from the widget. */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const log: string[] = [];
		Object.assign(window, { cspViolations: log });
		document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
}

/** The goal choices a widget offers, in order. */
const goalChoices = (frame: Frame) => frame.getByRole('group', { name: 'What do you want to treat?' }).locator('label');

/** The widget's frame once its island has hydrated and applied the clinic's settings. */
async function widgetFrame(widget: Locator): Promise<Frame> {
	await widget.scrollIntoViewIfNeeded();
	const handle = await widget.locator('iframe').elementHandle();
	const frame = (await handle!.contentFrame())!;
	await frame.waitForURL(new RegExp(`^${site}/embed/estimator/`));
	await expect(frame.locator('astro-island')).not.toHaveAttribute('ssr');
	await expect(frame.locator('section.estimator').getByRole('status')).toBeVisible();
	return frame;
}

/** The frame's height on the clinic page must equal its content's, so there is no inner scrollbar. */
async function expectFitted(widget: Locator, frame: Frame) {
	await expect
		.poll(async () => {
			const frameHeight = await widget.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
			const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
			const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight);
			return { fits: Math.abs(frameHeight - content) <= 1, scrolls };
		})
		.toEqual({ fits: true, scrolls: false });
}

test('two widgets on a clinic page with a strict CSP render, apply their own settings and fit their content', async ({ page, context }) => {
	await watchViolations(page);
	const consoleErrors: string[] = [];
	const origins = new Set<string>();
	page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
	context.on('request', (request) => origins.add(new URL(request.url()).origin));
	await page.goto(`${clinic}/two-widgets.html`);

	const first = page.locator('#first');
	const second = page.locator('#second');
	await expect(first.locator('iframe')).toHaveAttribute('title', 'Mesotherapy session estimator');
	await expect(first.locator('iframe')).toHaveAttribute('loading', 'lazy');
	// The fallback link for readers without JavaScript was replaced by the frame.
	await expect(first.getByRole('link', { name: 'Session estimator' })).toHaveCount(0);

	const one = await widgetFrame(first);
	await expect(one.getByText('Shared by Sunrise Clinic')).toBeVisible();
	await expect(goalChoices(one)).toHaveText(['Cellulite', 'Fat reduction']);
	await expect(one.getByRole('radio', { name: 'Cellulite' })).toBeChecked();
	const cta = one.getByRole('link', { name: 'Book a consultation (opens in a new tab)' });
	await expect(cta).toHaveAttribute('href', 'https://sunrise.example/book');
	await expect(cta).toHaveAttribute('target', '_blank');
	await expect(cta).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(cta).toHaveCSS('background-color', 'rgb(10, 127, 90)');
	await expect(cta).toHaveCSS('color', 'rgb(255, 255, 255)');
	// What the best evidence found for the chosen goal comes before any number, as on the site.
	const verdict = one.locator('.estimator__verdict');
	await expect(verdict).toContainText(VERDICTS.get('cellulite')!);
	expect(
		await verdict.evaluate((element) =>
			Boolean(element.compareDocumentPosition(document.querySelector('.estimator__facts')!) & Node.DOCUMENT_POSITION_FOLLOWING),
		),
	).toBe(true);
	await one.getByRole('radio', { name: 'Fat reduction' }).check();
	await expect(verdict).toContainText(VERDICTS.get('fat-reduction')!);
	await expect(one.locator('.estimator__example')).toContainText('Example: what Kybella label reported');
	await one.getByRole('radio', { name: 'Cellulite' }).check();

	const two = await widgetFrame(second);
	await expect(two.getByText('Shared by Moon Clinic')).toBeVisible();
	await expect(goalChoices(two)).toHaveText(['Hair loss']);
	await expect(two.getByRole('link', { name: /opens in a new tab/ })).toHaveCount(0);
	await expect(two.locator('section.estimator')).toHaveCSS('border-top-color', 'rgb(255, 204, 0)');
	await expect(two.locator('.estimator__verdict')).toContainText(VERDICTS.get('hair-loss')!);
	await expect(two.getByRole('button', { name: 'Print this summary' })).toHaveCSS('color', 'rgb(0, 0, 0)');

	await expectFitted(first, one);
	await expectFitted(second, two);

	// Changing the first widget's form changes its height; the second widget stays as it was.
	const secondHeight = await second.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
	const firstHeight = await first.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
	await one.getByRole('radio', { name: /^Grade 3/ }).check();
	await one.getByLabel('Date of the first session').fill('2027-01-10');
	await expect(one.locator('.estimator__dates li')).toHaveCount(3);
	await expect
		.poll(() => first.locator('iframe').evaluate((element) => element.getBoundingClientRect().height))
		.toBeGreaterThan(firstHeight);
	await expectFitted(first, one);
	expect(await second.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(secondHeight);

	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect(consoleErrors).toEqual([]);
	expect([...origins].sort()).toEqual([clinic, site].sort());
});

test('hostile attributes do nothing: no script, no markup, no CSS, no button, no outside request', async ({ page, context }) => {
	await watchViolations(page);
	const warnings: string[] = [];
	const origins = new Set<string>();
	page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
	context.on('request', (request) => origins.add(new URL(request.url()).origin));
	await page.goto(`${clinic}/hostile.html`);

	const hostile = await widgetFrame(page.locator('#hostile'));
	// The name is shown as the text it is; nothing in it ran or became an element.
	await expect(hostile.locator('.estimator__shared-by')).toHaveText(`Shared by ${HOSTILE_NAME}`);
	await expect(hostile.locator('.estimator__shared-by *')).toHaveCount(0);
	await expect(hostile.getByRole('link', { name: /opens in a new tab/ })).toHaveCount(0);
	await expect(hostile.locator('section.estimator')).toHaveCSS('border-top-color', 'rgb(10, 107, 76)');
	// Unknown goals are dropped; with none left, every goal in content/treatments.yaml is offered.
	await expect(goalChoices(hostile)).toHaveCount(VERDICTS.size);

	const long = await widgetFrame(page.locator('#long'));
	await expect(long.locator('.estimator__shared-by')).toHaveCount(0);
	await expect(long.getByRole('link', { name: /opens in a new tab/ })).toHaveCount(0);
	await expect(page.locator('body')).toBeVisible();

	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	expect(await hostile.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	expect(warnings).toEqual(
		expect.arrayContaining([
			'meso-estimator: cta-url must be an https:// address; no button is shown.',
			'meso-estimator: accent must be a hex colour such as #0a7f5a; the default colour is used.',
			'meso-estimator: clinic-name must be plain text of at most 80 characters; no name is shown.',
		]),
	);
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect([...origins].sort()).toEqual([clinic, site].sort());
});

test('the frame trusts only its own height messages, opens the button in a new tab and leaves the clinic page alone', async ({
	page,
	context,
}) => {
	await context.route('https://sunrise.example/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Booking</title>Booked' }),
	);
	await page.goto(`${clinic}/two-widgets.html`);
	const first = page.locator('#first');
	const frame = await widgetFrame(first);
	await expectFitted(first, frame);
	const height = await first.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);

	// A message with the right shape from the wrong sender is ignored. Each fake is followed by a marker from the
	// same sender; messages from one sender arrive in order, so once the marker arrives the fake has been handled.
	const markerArrives = (marker: string) =>
		page.evaluate(
			(expected) => new Promise<void>((resolve) => addEventListener('message', (event) => event.data === expected && resolve())),
			marker,
		);
	// From the clinic page itself.
	const pageMarker = markerArrives('after-page-fake');
	await page.evaluate(() => {
		postMessage({ type: 'meso-estimator:height', height: 7 }, '*');
		postMessage('after-page-fake', '*');
	});
	await pageMarker;
	expect(await first.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(height);
	// From the second widget's frame: the right origin, but not this widget's own frame.
	const second = await widgetFrame(page.locator('#second'));
	const frameMarker = markerArrives('after-frame-fake');
	await second.evaluate(() => {
		parent.postMessage({ type: 'meso-estimator:height', height: 9 }, '*');
		parent.postMessage('after-frame-fake', '*');
	});
	await frameMarker;
	expect(await first.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(height);

	const popup = context.waitForEvent('page');
	await frame.getByRole('link', { name: 'Book a consultation (opens in a new tab)' }).click();
	const booking = await popup;
	await expect(booking).toHaveURL('https://sunrise.example/book');
	expect(await booking.evaluate(() => window.opener)).toBeNull();
	expect(page.url()).toBe(`${clinic}/two-widgets.html`);

	// No cookies and no storage, on either origin.
	expect(await context.cookies()).toEqual([]);
	expect(await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

test('a message from the frame after it was sent to another origin is ignored', async ({ page }) => {
	await page.goto(`${clinic}/no-csp.html`);
	const widget = page.locator('#only');
	const frame = await widgetFrame(widget);
	await expectFitted(widget, frame);
	const height = await widget.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
	// Same frame window, wrong origin: the spoof page posts a height, then a marker once it has.
	const marker = page.evaluate(
		() => new Promise<void>((resolve) => addEventListener('message', (event) => event.data === 'after-spoof' && resolve())),
	);
	await frame.goto(`${clinic}/spoof.html`);
	await marker;
	expect(await widget.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(height);
});
