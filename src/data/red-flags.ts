// Reads the warning-sign rulebook (content/red-flags.yaml) and checks what the schema alone does
// not: source ids (Astro only logs unknown references), one order per level and the reading grade.
// Problems stop the build, naming the sign.
import { getCollection } from 'astro:content';
import { compareSigns, rulebookProblems, type PlacedSign } from '../lib/red-flags.ts';
import type { SignLevel } from '../lib/schemas/red-flag.ts';

/** One warning sign, flattened for src/lib/red-flags.ts and the components. */
export interface Sign extends PlacedSign {
	level: SignLevel;
	sign: string;
	detail?: string | undefined;
}

const FILE = 'content/red-flags.yaml';

/** Every sign in rulebook order (see compareSigns). Throws on an unknown source id or a rulebook problem. */
export async function getSigns(): Promise<Sign[]> {
	const [entries, sources] = await Promise.all([getCollection('redFlags'), getCollection('sources')]);
	const known = new Set(sources.map((source) => source.id));
	const problems = entries.flatMap((entry) =>
		entry.data.sources
			.filter((source) => !known.has(source.id))
			.map((source) => `${FILE}: sign "${entry.id}" lists an unknown source id "${source.id}" (not in content/sources.yaml)`),
	);
	const signs = entries.map(({ id, data }) => ({
		id,
		level: data.level,
		order: data.order,
		areas: data.areas,
		sign: data.sign,
		detail: data.detail,
		sources: data.sources.map((source) => source.id),
	}));
	problems.push(...rulebookProblems(signs, FILE));
	if (problems.length > 0) throw new Error(`Warning-sign check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return signs.sort(compareSigns);
}
