// The clinic embed as a clinic uses it: a page on another origin (a second local server) with a strict CSP,
// pasting <meso-estimator> elements and the /embed.js loader from the site.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Frame, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n/index.ts';
import { RENDER_TIMEOUT_MS, reservedHeight } from '../../src/lib/embed-frame.ts';
import { estimate } from '../../src/lib/estimator.ts';
import { elementStyles, frameSnippet, frameStyles } from '../../src/lib/embed-snippet.ts';
import { realTreatments } from '../unit/helpers/content.ts';
import { expect, test } from './fixtures.ts';

/** Each goal's verdict as content/treatments.yaml gives it. */
const VERDICTS = new Map(
	(
		parse(readFileSync(new URL('../../content/treatments.yaml', import.meta.url), 'utf8')) as { id: string; verdict: { text: string } }[]
	).map((goal) => [goal.id, goal.verdict.text]),
);

/** Each goal's Spanish label and verdict as content/es/treatments.yaml gives them. */
const SPANISH_GOALS = new Map(
	(
		parse(readFileSync(new URL('../../content/es/treatments.yaml', import.meta.url), 'utf8')) as {
			id: string;
			label: string;
			verdict: string;
		}[]
	).map((goal) => [goal.id, goal]),
);
const spanish = useTranslations('es');

const sitePort = Number(process.env['E2E_PORT'] ?? 4321);
const clinicPort = Number(process.env['E2E_CLINIC_PORT'] ?? sitePort + 1);
const site = `http://127.0.0.1:${sitePort}`;
/** The same build behind nginx with the production headers: pinned loaders need its CORS header for integrity. */
const nginxSite = `http://127.0.0.1:${Number(process.env['NGINX_PORT'] ?? 8080)}`;
const clinic = `http://127.0.0.1:${clinicPort}`;
/** The policy the issue names: no 'unsafe-inline' anywhere, scripts and frames only from the clinic and the site. */
const CLINIC_CSP = `default-src 'self'; script-src 'self' ${site} ${nginxSite}; frame-src ${site} ${nginxSite}; style-src 'self'`;
/** The released loader the pinned snippet names, as committed. */
const [pinnedVersion, pinnedIntegrity] = Object.entries(
	JSON.parse(readFileSync(new URL('../../src/embed/releases.json', import.meta.url), 'utf8')) as Record<string, string>,
).at(-1)!;
const pinnedScript = (integrity: string) =>
	`<script src="${nginxSite}/embed-loader/v${pinnedVersion}.js" integrity="${integrity}" crossorigin="anonymous" async></script>`;
const loaderScript = `<script src="${site}/embed.js" async></script>`;
/** A clinic's page below the widget: its contact form. */
const CONTACT = '<section id="contact"><h2>Contact us</h2><form><label>Your name <input name="name"></label></form></section>';
const HOSTILE_NAME = '"><script>window.top.pwned = 1</script><b>bold</b>';

/** Page bodies; each gets the evergreen loader at the end unless it brings its own script. */
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
	// A phone-width clinic page: every goal, the clinic's button, and its contact form under the widget.
	'/phone.html': `<link rel="stylesheet" href="/clinic.css"><h1>Sunrise Clinic</h1>
		<meso-estimator id="only" clinic-name="Sunrise Clinic" cta-url="https://sunrise.example/book" cta-label="Book a consultation">
			<a href="${site}/estimator/">Session estimator</a></meso-estimator>${CONTACT}`,
	// The same with the optional styles /for-clinics/ offers, which hold the space before the loader runs.
	'/still.html': `<link rel="stylesheet" href="/clinic.css"><link rel="stylesheet" href="/still.css"><h1>Sunrise Clinic</h1>
		<meso-estimator id="only" clinic-name="Sunrise Clinic"></meso-estimator>${CONTACT}`,
	'/far.html': `<link rel="stylesheet" href="/clinic.css"><h1>Sunrise Clinic</h1><div class="tall">Our treatments</div><meso-estimator id="far" goals="hair-loss"></meso-estimator>`,
	'/no-fallback.html': `<meso-estimator id="only" goals="cellulite"></meso-estimator>`,
	'/spanish.html': `<h1>Clínica Amanecer</h1>
		<meso-estimator id="es" lang="es-MX" clinic-name="Clínica Amanecer" cta-url="https://sunrise.example/cita" goals="cellulite,hair-loss"></meso-estimator>
		<meso-estimator id="fr" lang="fr" goals="hair-loss"></meso-estimator>`,
	'/pinned.html': `<meso-estimator id="only" goals="cellulite"><a href="${nginxSite}/estimator/">Session estimator</a></meso-estimator>
		${pinnedScript(pinnedIntegrity)}`,
	// What a builder that strips scripts leaves of the snippet.
	'/stripped.html': `<meso-estimator id="only" goals="cellulite"><a href="${site}/estimator/">Session estimator</a></meso-estimator><!-- no script -->`,
	// A frame pasted by hand with settings the contract refuses, and no loader to refuse them first.
	'/bare-frame.html': `<iframe id="bare" title="Session estimator" src="${site}/embed/estimator/?${new URLSearchParams({
		'clinic-name': 'A'.repeat(81),
		'cta-url': 'javascript:window.top.pwned=2',
		'cta-label': 'Book',
		accent: 'red;} body { display: none',
	})}"></iframe>`,
	'/plain-frame.html': `<link rel="stylesheet" href="/clinic.css"><link rel="stylesheet" href="/frame.css"><h1>Sunrise Clinic</h1>
		${frameSnippet(site, { clinicName: 'Sunrise Clinic', ctaUrl: 'https://sunrise.example/book', ctaLabel: 'Book a consultation', goals: [], lang: 'en' })}${CONTACT}`,
};

/** Pages that bring their own script, or none. */
const OWN_SCRIPT = new Set(['/pinned.html', '/stripped.html', '/plain-frame.html', '/bare-frame.html']);

/** The clinic's own stylesheets (style-src 'self'). */
const STYLES: Record<string, string> = {
	'/clinic.css': 'body { margin: 0; font-family: serif; } .tall { height: 4000px; }',
	'/still.css': elementStyles(),
	'/frame.css': frameStyles(),
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
		const style = STYLES[request.url ?? ''];
		if (style) {
			response.writeHead(200, { 'Content-Type': 'text/css' }).end(style);
			return;
		}
		const body = PAGES[request.url?.split('#')[0] ?? ''];
		if (!body) {
			// Browsers ask for /favicon.ico; answer without a 404 so console errors mean something.
			response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
			return;
		}
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CLINIC_CSP });
		const script = OWN_SCRIPT.has(request.url ?? '') ? '' : loaderScript;
		response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
			<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${body}${script}</body></html>`);
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
/** The widget's frame once its island has hydrated, applied the clinic's settings and been revealed by the loader. */
async function widgetFrame(widget: Locator, origin = site, path = '/embed/estimator/'): Promise<Frame> {
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('iframe')).toBeVisible();
	const handle = await widget.locator('iframe').elementHandle();
	const frame = (await handle!.contentFrame())!;
	await frame.waitForURL(new RegExp(`^${origin}${path}`));
	await expect(frame.locator('astro-island')).not.toHaveAttribute('ssr');
	await expect(frame.locator('section.estimator').getByRole('status')).toBeVisible();
	return frame;
}

const heightOf = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().height);

/**
 * The frame on the clinic page is as tall as its content, or as the height the loader reserved for the element's
 * width if that is more (so it never shrinks under the clinic's page), and never scrolls inside.
 */
async function expectFitted(widget: Locator, frame: Frame) {
	await expect
		.poll(async () => {
			const frameHeight = await heightOf(widget.locator('iframe'));
			const reserved = reservedHeight(await widget.evaluate((element) => element.getBoundingClientRect().width));
			const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
			const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight);
			return { fits: Math.abs(frameHeight - Math.max(content, reserved)) <= 1, scrolls };
		})
		.toEqual({ fits: true, scrolls: false });
}

/** Opens one of the compact widget's disclosures. */
const open = (frame: Frame, summary: string | RegExp) => frame.locator('summary').filter({ hasText: summary }).click();

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

	const one = await widgetFrame(first);
	// The fallback link for readers without JavaScript stayed until the frame reported, and then gave way to it.
	await expect(first.getByRole('link', { name: 'Session estimator' })).toHaveCount(0);
	await expect(one.getByText('Shared by Sunrise Clinic')).toBeVisible();
	await expect(goalChoices(one)).toHaveText(['Cellulite', 'Fat reduction']);
	await expect(one.getByRole('radio', { name: 'Cellulite' })).toBeChecked();
	// The button says where it leads.
	const cta = one.getByRole('link', { name: 'Book a consultation — sunrise.example (opens in a new tab)' });
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
	await open(two, 'Your plan');
	await expect(two.getByRole('button', { name: 'Print this summary' })).toHaveCSS('color', 'rgb(0, 0, 0)');

	await expectFitted(first, one);
	await expectFitted(second, two);

	// Opening the first widget's disclosures and filling in its form makes it taller; the second widget stays as it was.
	const secondHeight = await heightOf(second.locator('iframe'));
	const firstHeight = await heightOf(first.locator('iframe'));
	await open(one, 'Choose a grade');
	await one.getByRole('radio', { name: /^Grade 3/ }).check();
	await open(one, 'Your plan');
	await one.getByLabel('Date of the first session').fill('2027-01-10');
	// One date a session of the example plan for cellulite, grade 3, as content/treatments.yaml gives it.
	const graded = estimate(realTreatments(), { goal: 'cellulite', grade: 3 });
	if (!graded.ok) throw new Error(JSON.stringify(graded.problem));
	await expect(one.locator('.estimator__dates li')).toHaveCount(graded.value.examplePlan.sessions);
	await expect
		.poll(() => first.locator('iframe').evaluate((element) => element.getBoundingClientRect().height))
		.toBeGreaterThan(firstHeight);
	await expectFitted(first, one);
	expect(await second.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(secondHeight);

	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect(consoleErrors).toEqual([]);
	expect([...origins].sort()).toEqual([clinic, site].sort());
});

test('lang="es-MX" shows the widget in Spanish; an unknown lang falls back to English with a console warning', async ({ page }) => {
	await watchViolations(page);
	const warnings: string[] = [];
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	await page.goto(`${clinic}/spanish.html`);

	const widget = page.locator('#es');
	await expect(widget.locator('iframe')).toHaveAttribute('title', spanish.widget.frameTitle);
	const frame = await widgetFrame(widget, site, '/es/embed/estimator/');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
	const words = spanish.islands.estimator;
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(words.title);
	await expect(frame.getByText('Compartido por Clínica Amanecer')).toBeVisible();
	const cellulite = SPANISH_GOALS.get('cellulite')!;
	const hairLoss = SPANISH_GOALS.get('hair-loss')!;
	// The clinic's goals in the clinic's order, with their Spanish labels; the first is chosen, with its Spanish verdict.
	await expect(frame.getByRole('group', { name: words.goalLegend }).locator('label')).toHaveText([cellulite.label, hairLoss.label]);
	await expect(frame.getByRole('radio', { name: cellulite.label })).toBeChecked();
	await expect(frame.locator('.estimator__verdict')).toContainText(cellulite.verdict);
	await expect(frame.locator('.estimator__verdict')).toContainText(words.verdictHeading);
	// The button a clinic did not label, in Spanish, still saying where it leads.
	await expect(frame.getByRole('link', { name: `${words.defaultCtaLabel} — sunrise.example${words.opensInNewTab}` })).toBeVisible();
	await frame.getByRole('radio', { name: hairLoss.label }).check();
	await expect(frame.locator('.estimator__verdict')).toContainText(hairLoss.verdict);
	await expectFitted(widget, frame);

	const english = page.locator('#fr');
	const englishFrame = await widgetFrame(english);
	await expect(englishFrame.locator('html')).toHaveAttribute('lang', 'en');
	await expect(englishFrame.getByRole('group', { name: 'What do you want to treat?' }).locator('label')).toHaveText(['Hair loss']);
	await expect(english.locator('iframe')).toHaveAttribute('title', 'Mesotherapy session estimator');
	expect(warnings).toContain('meso-estimator: lang must be one of en, es; en is used.');
	expect(warnings.filter((warning) => warning.includes('lang'))).toHaveLength(1);
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

/** Console warnings of a page and its frames, each with the address of the script that wrote it. */
function collectWarnings(page: Page): { text: string; script: string }[] {
	const warnings: { text: string; script: string }[] = [];
	page.on('console', (message) => message.type() === 'warning' && warnings.push({ text: message.text(), script: message.location().url }));
	return warnings;
}

/** What the contract says about the hostile page's refused settings. */
const REFUSED_WARNINGS = [
	'meso-estimator: cta-url must be an https:// address of at most 1000 characters; no button is shown.',
	'meso-estimator: accent must be a hex colour such as #0a7f5a; the default colour is used.',
	'meso-estimator: clinic-name must be plain text of at most 80 characters; no name is shown.',
];

test('hostile attributes do nothing: no script, no markup, no CSS, no button, no outside request', async ({ page, context }) => {
	await watchViolations(page);
	const warnings = collectWarnings(page);
	const origins = new Set<string>();
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
	// The loader on the clinic's page refused them (and so never put them in the frame's address).
	const fromLoader = warnings.filter((warning) => warning.script === `${site}/embed.js`).map((warning) => warning.text);
	expect(fromLoader).toEqual(expect.arrayContaining(REFUSED_WARNINGS));
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect([...origins].sort()).toEqual([clinic, site].sort());
});

test('the frame checks its settings again: a hostile address framed without the loader shows no button, colour or name', async ({
	page,
}) => {
	const warnings = collectWarnings(page);
	await page.goto(`${clinic}/bare-frame.html`);
	const frame = page.frameLocator('#bare');
	await expect(frame.getByRole('radio').first()).toBeVisible();
	await expect(frame.locator('.estimator__shared-by')).toHaveCount(0);
	await expect(frame.getByRole('link', { name: /opens in a new tab/ })).toHaveCount(0);
	await expect(frame.locator('section.estimator')).toHaveCSS('border-top-color', 'rgb(10, 107, 76)');
	// These warnings come from the framed page's own scripts: there is no loader on this page.
	await expect.poll(() => warnings.map((warning) => warning.text)).toEqual(expect.arrayContaining(REFUSED_WARNINGS));
	expect(warnings.every((warning) => warning.script.startsWith(`${site}/`) && !warning.script.endsWith('/embed.js'))).toBe(true);
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
	await frame.getByRole('link', { name: 'Book a consultation — sunrise.example (opens in a new tab)' }).click();
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

test.describe('never a blank box', () => {
	/** Each way the frame can fail, as the frame's request sees it. */
	const FAULTS: Record<string, Parameters<Page['route']>[1]> = {
		'answers 500': (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
		'is a missing page (404)': (route) => route.continue({ url: `${site}/embed/no-such-widget/` }),
		'never answers': () => {},
		'cannot connect': (route) => route.abort('connectionrefused'),
	};

	for (const [fault, handler] of Object.entries(FAULTS)) {
		test(`when the frame ${fault}, the visitor keeps a link to the estimator and the console says why`, async ({ page }) => {
			await watchViolations(page);
			const warnings: string[] = [];
			page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
			await page.clock.install();
			await page.route(`${site}/embed/estimator/**`, handler);
			await page.goto(`${clinic}/two-widgets.html`);
			const widget = page.locator('#first');
			// While the frame loads, it stays hidden and the clinic's fallback link shows in the reserved space.
			await expect(widget.locator('iframe')).toBeAttached();
			await expect(widget.locator('iframe')).toBeHidden();
			await expect(widget.getByRole('link', { name: 'Session estimator' })).toBeVisible();
			expect(await heightOf(widget)).toBe(reservedHeight(await widget.evaluate((element) => element.getBoundingClientRect().width)));

			await page.clock.runFor(RENDER_TIMEOUT_MS);
			await expect(widget.locator('iframe')).toHaveCount(0);
			await expect(widget.getByRole('link', { name: 'Session estimator' })).toHaveAttribute('href', `${site}/estimator/`);
			// The reserved space is given back: the link sits at its own height.
			expect(await heightOf(widget)).toBeLessThan(100);
			expect(warnings).toContain(
				`meso-estimator: showing a link instead of the estimator, because it did not appear within ${RENDER_TIMEOUT_MS / 1000} seconds (is ${site} reachable, and allowed by frame-src?).`,
			);
			expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		});
	}

	test('a clinic that left out the fallback still gets a link while the frame loads, and if it fails', async ({ page }) => {
		await page.clock.install();
		await page.route(`${site}/embed/estimator/**`, () => {});
		await page.goto(`${clinic}/no-fallback.html`);
		const link = page.locator('#only').getByRole('link', { name: 'Mesotherapy session estimator' });
		await expect(link).toBeVisible();
		await page.clock.runFor(RENDER_TIMEOUT_MS);
		await expect(link).toHaveAttribute('href', `${site}/estimator/`);
	});

	test('a builder that strips the script leaves the fallback link', async ({ page }) => {
		await page.goto(`${clinic}/stripped.html`);
		await expect(page.getByRole('link', { name: 'Session estimator' })).toHaveAttribute('href', `${site}/estimator/`);
	});
});

test('the frame is created only when the element comes near the viewport', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto(`${clinic}/far.html`);
	const widget = page.locator('#far');
	// The loader has run (the element holds its space), but the frame is 4,000 px away.
	await expect.poll(() => heightOf(widget)).toBeGreaterThan(800);
	await expect(widget.locator('iframe')).toHaveCount(0);
	expect(requested.filter((url) => url.includes('/embed/estimator/'))).toEqual([]);
	const frame = await widgetFrame(widget);
	await expect(goalChoices(frame)).toHaveText(['Hair loss']);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the widget starts compact (at most 1,200 px at 390 px wide) and grows only when the visitor opens something', async ({ page }) => {
		await page.goto(`${clinic}/phone.html`);
		const widget = page.locator('#only');
		const frame = await widgetFrame(widget);
		expect(await widget.evaluate((element) => element.getBoundingClientRect().width)).toBe(390);
		// Every goal is offered; what the best evidence found and the figures come first, with the clinic's button.
		await expect(goalChoices(frame)).toHaveCount(VERDICTS.size);
		await expect(frame.locator('.estimator__verdict')).toBeVisible();
		await expect(frame.locator('.estimator__facts')).toBeVisible();
		await expect(frame.getByRole('link', { name: /Book a consultation — sunrise\.example/ })).toBeVisible();
		const compact = await heightOf(widget.locator('iframe'));
		expect(compact).toBeLessThanOrEqual(1200);
		await expectFitted(widget, frame);
		// Sources, figures and the timeline wait behind disclosures.
		await expect(frame.locator('.estimator__figures')).toBeHidden();
		await expect(frame.locator('.estimator__timeline')).toBeHidden();
		await open(frame, 'Where the numbers come from');
		await expect(frame.locator('.estimator__figures')).toBeVisible();
		await expect.poll(() => heightOf(widget.locator('iframe'))).toBeGreaterThan(compact);
		await expectFitted(widget, frame);
	});

	/** Layout shifts on the clinic page, recorded from the start. */
	const recordShifts = (page: Page) =>
		page.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
	const shiftsSoFar = async (page: Page) => {
		// A shift is reported with the frame that paints it: let two frames pass first.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		return page.evaluate(() => [...(window as unknown as { shifts: number[] }).shifts]);
	};

	test("the clinic's page does not move while the widget loads, even for a visitor already at the contact form", async ({ page }) => {
		await recordShifts(page);
		// Hold the frame until the loader has reserved the space, to look only at what loading the frame does.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(`${site}/embed/estimator/**`, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${clinic}/phone.html#contact`);
		const widget = page.locator('#only');
		await expect.poll(() => heightOf(widget)).toBe(1200);
		await expect(widget.locator('iframe')).toBeAttached();
		const before = await shiftsSoFar(page);
		const contactTop = await page.locator('#contact').evaluate((element) => element.getBoundingClientRect().top);
		release();
		await expect(widget.locator('iframe')).toBeVisible();
		expect(await shiftsSoFar(page)).toEqual(before);
		expect(await page.locator('#contact').evaluate((element) => element.getBoundingClientRect().top)).toBe(contactTop);
	});

	test("with the optional styles from /for-clinics/, nothing on the clinic's page moves at all", async ({ page }) => {
		await recordShifts(page);
		await page.goto(`${clinic}/still.html`);
		await widgetFrame(page.locator('#only'));
		expect(await shiftsSoFar(page)).toEqual([]);
	});
});

test('an attribute changed after load updates the frame by message: the visitor keeps their goal and dates', async ({ page }) => {
	await page.goto(`${clinic}/two-widgets.html`);
	const widget = page.locator('#first');
	const frame = await widgetFrame(widget);
	await frame.getByRole('radio', { name: 'Fat reduction' }).check();
	await open(frame, 'Your plan');
	await frame.getByLabel('Date of the first session').fill('2027-01-10');
	// A mark on the frame's window: a reload would lose it.
	await frame.evaluate(() => Object.assign(window, { sameDocument: true }));

	await widget.evaluate((element) => {
		element.setAttribute('clinic-name', 'Moon Clinic');
		element.setAttribute('accent', '#ffcc00');
	});
	await expect(frame.getByText('Shared by Moon Clinic')).toBeVisible();
	await expect(frame.locator('section.estimator')).toHaveCSS('border-top-color', 'rgb(255, 204, 0)');
	await expect(frame.getByRole('radio', { name: 'Fat reduction' })).toBeChecked();
	await expect(frame.getByLabel('Date of the first session')).toHaveValue('2027-01-10');
	expect(await frame.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

	// A goal the clinic no longer offers gives way to the clinic's first goal.
	await widget.evaluate((element) => element.setAttribute('goals', 'hair-loss,cellulite'));
	await expect(goalChoices(frame)).toHaveText(['Hair loss', 'Cellulite']);
	await expect(frame.getByRole('radio', { name: 'Hair loss' })).toBeChecked();
	expect(await frame.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test.describe('pinned with Subresource Integrity (served by nginx, with its CORS header)', () => {
	test('the released loader loads with its integrity', async ({ page }) => {
		await watchViolations(page);
		await page.goto(`${clinic}/pinned.html`);
		const frame = await widgetFrame(page.locator('#only'), nginxSite);
		await expect(goalChoices(frame)).toHaveText(['Cellulite']);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	});

	test('a tampered copy is refused, and the visitor keeps the fallback link', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		await page.route(`${nginxSite}/embed-loader/**`, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: `${await response.text()};window.tampered=1;` });
		});
		await page.goto(`${clinic}/pinned.html`);
		await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
		expect(await page.evaluate(() => customElements.get('meso-estimator'))).toBeUndefined();
		expect(await page.evaluate(() => (window as unknown as { tampered?: number }).tampered)).toBeUndefined();
		await expect(page.getByRole('link', { name: 'Session estimator' })).toBeVisible();
	});
});

test.describe('the plain frame snippet from /for-clinics/, with its styles, on another origin', () => {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 },
	]) {
		test(`shows the whole compact widget at ${viewport.width} px wide`, async ({ page }) => {
			await watchViolations(page);
			await page.setViewportSize(viewport);
			await page.goto(`${clinic}/plain-frame.html`);
			const iframe = page.locator('iframe.meso-estimator-frame');
			await expect(iframe).toHaveAttribute('title', 'Mesotherapy session estimator');
			await iframe.scrollIntoViewIfNeeded();
			const frame = (await (await iframe.elementHandle())!.contentFrame())!;
			await expect(frame.locator('astro-island')).not.toHaveAttribute('ssr');
			await expect(frame.getByText('Shared by Sunrise Clinic')).toBeVisible();
			const { width, height } = (await iframe.boundingBox())!;
			// The page's own scrollbar may take a few pixels.
			expect(width).toBeGreaterThan(viewport.width - 20);
			expect(height).toBe(reservedHeight(width));
			// Before the visitor opens anything, the whole widget fits: the footer is inside the frame's height.
			const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
			expect(content).toBeLessThanOrEqual(height);
			await expect(frame.getByRole('link', { name: /Book a consultation — sunrise\.example/ })).toBeVisible();
			expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		});
	}
});
