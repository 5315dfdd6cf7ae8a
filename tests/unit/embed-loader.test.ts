import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundleLoader, MAX_LOADER_GZIP_BYTES } from '../../src/integrations/embed-loader.ts';
import { bytesOf } from '../../src/lib/page-weight.ts';
import { root } from './helpers/content.ts';

describe('the clinic embed loader (/embed.js)', async () => {
	const code = await bundleLoader(pathToFileURL(`${root}/`));

	test(`is at most ${MAX_LOADER_GZIP_BYTES} bytes gzipped`, () => {
		expect(bytesOf(code).gzip).toBeLessThanOrEqual(MAX_LOADER_GZIP_BYTES);
	});

	test('is one self-contained script: no imports, and zod left out', () => {
		expect(code).not.toMatch(/\bimport\s*[({"']|\brequire\(/);
		expect(code).not.toMatch(/ZodError|zod/i);
		expect(code).toContain('customElements.define');
	});

	test('never writes markup or inline styles, and never evaluates strings (safe under a strict host CSP)', () => {
		expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
		expect(code).not.toMatch(/createElement\(["']style["']\)|setAttribute\(["']style["']|\.cssText/);
		expect(code).not.toMatch(/\beval\(|new Function\(/);
	});
});
