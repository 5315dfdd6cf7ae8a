import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveBuiltIndex } from '../../src/integrations/pagefind.ts';

/** A stand-in for Node's response that records what was sent. */
function fakeResponse() {
	const sent = { headers: {} as Record<string, string>, body: undefined as Buffer | undefined };
	const response = {
		setHeader: (name: string, value: string) => (sent.headers[name] = value),
		end: (body: Buffer) => (sent.body = body),
	} as unknown as ServerResponse;
	return { response, sent };
}

describe('serveBuiltIndex (search in `astro dev`)', () => {
	const dist = mkdtempSync(join(tmpdir(), 'dist-'));
	const indexDir = join(dist, 'pagefind');
	mkdirSync(join(indexDir, 'index'), { recursive: true });
	writeFileSync(join(indexDir, 'pagefind.js'), 'export {}');
	writeFileSync(join(indexDir, 'index', 'en_1.pf_index'), 'binary');
	writeFileSync(join(dist, 'secret.txt'), 'not part of the index');
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	test('serves a file of the last build, with a JavaScript type for scripts', () => {
		const { response, sent } = fakeResponse();
		expect(serveBuiltIndex(indexDir, '/pagefind.js?ts=1', response)).toBe(true);
		expect(sent.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
		expect(sent.body?.toString()).toBe('export {}');
	});

	test('serves index chunks in sub-folders as plain bytes', () => {
		const { response, sent } = fakeResponse();
		expect(serveBuiltIndex(indexDir, '/index/en_1.pf_index', response)).toBe(true);
		expect(sent.headers['Content-Type']).toBe('application/octet-stream');
	});

	test('leaves missing files and paths outside the index to the dev server', () => {
		for (const path of ['/nothing.js', '/', '/%2e%2e/secret.txt', '/../secret.txt']) {
			const { response, sent } = fakeResponse();
			expect(serveBuiltIndex(indexDir, path, response), path).toBe(false);
			expect(sent.body).toBeUndefined();
		}
	});

	test('answers nothing when there has been no build yet', () => {
		const { response } = fakeResponse();
		expect(serveBuiltIndex(join(dist, 'no-build', 'pagefind'), '/pagefind.js', response)).toBe(false);
	});
});
