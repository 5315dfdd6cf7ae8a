/**
 * Released versions of the clinic embed loader. Each is published for good at its own address, with a year's
 * immutable cache, so a clinic can pin it with Subresource Integrity. The record (src/embed/releases.json: version
 * → sha384 integrity) and the released bytes (src/embed/released/vN.js) are committed; the build checks that
 * neither changed and that src/embed/loader.ts still builds to the newest release (src/integrations/embed-loader.ts).
 * `npm run release:embed` adds a version.
 */
import { createHash } from 'node:crypto';

/** Version number (as a string, the JSON key) → "sha384-…". */
export type ReleaseRecord = Readonly<Record<string, string>>;

/** Where a released version is served. Outside /embed/, so its headers never overlap the embed pages' rule. */
export const pinnedLoaderPath = (version: number): string => `/embed-loader/v${version}.js`;

/** The file in the repository that holds a released version's bytes. */
export const releasedFile = (version: number): string => `src/embed/released/v${version}.js`;

/** The value of an integrity attribute for these bytes. */
export const integrityOf = (code: string): string => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** The released versions, oldest first. */
export function releasedVersions(record: ReleaseRecord): number[] {
	const versions = Object.keys(record).map(Number);
	const bad = Object.keys(record).filter((key) => !/^[1-9][0-9]*$/.test(key));
	if (bad.length > 0) throw new Error(`src/embed/releases.json: versions are whole numbers; not ${bad.join(', ')}.`);
	return versions.sort((a, b) => a - b);
}

/** The newest release: what /for-clinics/ offers to pin. */
export function latestRelease(record: ReleaseRecord): { version: number; path: string; integrity: string } {
	const version = releasedVersions(record).at(-1);
	if (version === undefined) throw new Error('src/embed/releases.json records no release.');
	return { version, path: pinnedLoaderPath(version), integrity: record[String(version)]! };
}

/**
 * What is wrong with the releases: a released file whose bytes no longer match its record, or a loader that no
 * longer builds to the newest release. `readReleased` returns a released file's text, or undefined if it is missing.
 */
export function releaseProblems(record: ReleaseRecord, built: string, readReleased: (version: number) => string | undefined): string[] {
	const problems: string[] = [];
	for (const version of releasedVersions(record)) {
		const code = readReleased(version);
		if (code === undefined) problems.push(`${releasedFile(version)} is missing: v${version} was released and must stay published.`);
		else if (integrityOf(code) !== record[String(version)])
			problems.push(
				`${releasedFile(version)} no longer matches its hash in src/embed/releases.json: a released version's bytes must never change.`,
			);
	}
	const { version } = latestRelease(record);
	if (readReleased(version) !== undefined && readReleased(version) !== built) {
		problems.push(
			`src/embed/loader.ts no longer builds to the bytes released as v${version}, which clinics may have pinned. Bump the version: run \`npm run release:embed\` to publish it as v${version + 1}.`,
		);
	}
	return problems;
}
