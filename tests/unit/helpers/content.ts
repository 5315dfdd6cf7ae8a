// The real content files, read the way the site reads them, for tests that check the shipped data.
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { strongestFirst, type TreatmentData } from '../../../src/lib/estimator.ts';
import type { SourceKind } from '../../../src/lib/schemas/source.ts';
import { kindRank, TreatmentSchema } from '../../../src/lib/schemas/treatment.ts';

export const root = resolve(import.meta.dirname, '../../..');

export const readYaml = (path: string) => parse(readFileSync(resolve(root, path), 'utf8')) as ({ id: string } & Record<string, unknown>)[];

/** Every id in content/sources.yaml. */
export const sourceIds = readYaml('content/sources.yaml').map((source) => source.id);

/** Each source's kind (regulator, trial, consumer…), by id. */
export const sourceKinds = new Map(readYaml('content/sources.yaml').map((source) => [source.id, source['kind'] as SourceKind]));

/** The treatment schema with the real bibliography's ids in place of Astro's reference('sources'). */
export const treatmentSchema = TreatmentSchema(z.enum(sourceIds as [string, ...string[]]));

/** content/treatments.yaml as the estimator gets it (strongest source first, as src/data/treatments.ts does), with sources as plain ids. */
export function realTreatments(): TreatmentData<string>[] {
	return readYaml('content/treatments.yaml').map(({ id, ...data }) => {
		const treatment = treatmentSchema.parse(data);
		return { id, ...treatment, figures: strongestFirst(treatment.figures, (source) => kindRank(sourceKinds.get(source)!)) };
	});
}
