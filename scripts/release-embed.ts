// `npm run release:embed`: publishes the loader as it builds now as the next version: writes its bytes to
// src/embed/released/vN.js and its integrity to src/embed/releases.json (commit both). Refuses when the newest
// release already has these bytes. See src/lib/embed-releases.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleLoader } from '../src/integrations/embed-loader.ts';
import { integrityOf, releasedFile, releasedVersions, type ReleaseRecord } from '../src/lib/embed-releases.ts';

const root = resolve(import.meta.dirname, '..');
const recordPath = join(root, 'src/embed/releases.json');
const record = JSON.parse(readFileSync(recordPath, 'utf8')) as ReleaseRecord;
const code = await bundleLoader(pathToFileURL(`${root}/`));
// Version 1 was the loader before releases, only ever at the evergreen /embed.js.
const latest = releasedVersions(record).at(-1) ?? 1;
if (record[String(latest)] === integrityOf(code)) {
	console.log(`The loader builds to v${latest} as released: nothing to release.`);
	process.exit(0);
}
const version = latest + 1;
writeFileSync(join(root, releasedFile(version)), code);
writeFileSync(recordPath, `${JSON.stringify({ ...record, [version]: integrityOf(code) }, null, '\t')}\n`);
console.log(`Released the loader as v${version} (${integrityOf(code)}): commit ${releasedFile(version)} and src/embed/releases.json.`);
