import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundleLoader, releases } from '../../src/integrations/embed-loader.ts';
import { integrityOf, latestRelease, releaseProblems, releasedVersions } from '../../src/lib/embed-releases.ts';
import { root } from './helpers/content.ts';

const rootUrl = pathToFileURL(`${root}/`);

describe('released loader versions', () => {
	test('the committed record matches the committed bytes, and the loader still builds to the newest release', async () => {
		const { record, readReleased } = releases(rootUrl);
		expect(releasedVersions(record).length).toBeGreaterThan(0);
		expect(releaseProblems(record, await bundleLoader(rootUrl), readReleased)).toEqual([]);
	});

	test('integrity is the sha384 that browsers check', () => {
		// `printf 'alert(1)' | openssl dgst -sha384 -binary | base64`
		expect(integrityOf('alert(1)')).toBe('sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW');
	});

	test('a changed released file, or a loader that builds differently, fails with what to do', () => {
		const record = { 2: integrityOf('v2 bytes'), 3: integrityOf('v3 bytes') };
		const files: Record<number, string> = { 2: 'v2 bytes', 3: 'v3 bytes' };
		expect(releaseProblems(record, 'v3 bytes', (v) => files[v])).toEqual([]);
		expect(latestRelease(record)).toEqual({ version: 3, path: '/embed-loader/v3.js', integrity: record[3] });

		expect(releaseProblems(record, 'v3 bytes, changed', (v) => files[v])).toEqual([
			'src/embed/loader.ts no longer builds to the bytes released as v3, which clinics may have pinned. Bump the version: run `npm run release:embed` to publish it as v4.',
		]);
		expect(releaseProblems(record, 'v3 bytes', (v) => (v === 2 ? 'v2 bytes, edited' : files[v]))).toEqual([
			"src/embed/released/v2.js no longer matches its hash in src/embed/releases.json: a released version's bytes must never change.",
		]);
		expect(releaseProblems(record, 'v3 bytes', (v) => (v === 2 ? undefined : files[v]))).toEqual([
			'src/embed/released/v2.js is missing: v2 was released and must stay published.',
		]);
	});

	test('the for-clinics page offers the newest release', () => {
		const record = JSON.parse(readFileSync(new URL('src/embed/releases.json', rootUrl), 'utf8'));
		expect(latestRelease(record).path).toMatch(/^\/embed-loader\/v\d+\.js$/);
	});
});
