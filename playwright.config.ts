import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env['CI']);
const port = Number(process.env['E2E_PORT'] ?? 4321);
/** Port of the nginx server that tests/e2e/production/ runs against (`npm run serve:nginx`). */
const nginxPort = Number(process.env['NGINX_PORT'] ?? 8080);
const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	},
};

/**
 * Browser tests against the production build (`npm run build` first), served by `astro preview`;
 * the tests in tests/e2e/production/ run against the same build served by nginx with the real
 * HTTP headers (project "nginx"). They drive Debian's Chromium (/usr/bin/chromium); Playwright's own browser downloads are not
 * possible on these machines. Override the path with CHROMIUM_PATH.
 */
export default defineConfig({
	testDir: './tests/e2e',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	workers: 2,
	// Limits, not waits: every test goes on as soon as the state it needs is there. They are generous
	// because the suite must pass on a busy 2-core machine, where axe on a long page and Pagefind's
	// first search take several times longer than on a quiet one.
	timeout: 90_000,
	expect: { timeout: 20_000 },
	reporter: isCI ? [['list']] : [['list']],
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !isCI,
			timeout: 60_000,
		},
		{
			command: 'npm run serve:nginx',
			env: { PORT: String(nginxPort) },
			url: `http://127.0.0.1:${nginxPort}/`,
			reuseExistingServer: !isCI,
			timeout: 30_000,
			// SIGTERM lets the script stop nginx and remove its temporary folder.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
		},
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// Consecutive tests with the same settings share one browser context: Playwright resets it between them
		// (cookies, storage, routes, init scripts, clock, viewport and media emulation, extra tabs). A new context
		// for each of the 400 tests cost about a third of the suite's time on two cores. What the reset leaves,
		// a test must undo itself: DevTools emulation (the slowPhone fixture resets it) and granted permissions.
		reuseContext: true,
	},
	projects: [
		{ name: 'chromium', testIgnore: 'production/**', use: chromium },
		{
			name: 'nginx',
			testMatch: 'production/**/*.spec.ts',
			// One test per page and check: spread them over the workers, not one file per worker.
			fullyParallel: true,
			use: { ...chromium, baseURL: `http://127.0.0.1:${nginxPort}` },
		},
	],
});
