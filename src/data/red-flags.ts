// Reads the warning-sign rulebook (content/red-flags.yaml) and checks what the schema alone does
// not: source ids (Astro only logs unknown references), one order per level and the reading grade.
// Problems stop the build, naming the sign.
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { readingProblem, readingScore } from '../lib/reading-level.ts';
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

/**
 * The signs in `locale`: the rulebook's levels, areas, order and sources with the language's words (from
 * content/<locale>/red-flags.yaml, whose loader checks every sign is translated). For a translation the words
 * are gated, like English's, over the whole rulebook on the language's own scale.
 */
export async function getLocalizedSigns(locale: Locale): Promise<Sign[]> {
	const signs = await getSigns();
	if (locale === DEFAULT_LOCALE) return signs;
	const words = new Map(
		(await getCollection('translatedRedFlags', ({ id }) => id.startsWith(`${locale}/`))).map(({ id, data }) => [
			id.slice(locale.length + 1),
			data,
		]),
	);
	const localized = signs.map((sign) => ({ ...sign, ...words.get(sign.id)! }));
	const tooHard = readingProblem(
		readingScore(locale, localized.map((sign) => [`${sign.sign}.`, sign.detail ?? ''].join(' ')).join('\n')),
		true,
	);
	if (tooHard) throw new Error(`Warning-sign check failed:\n  - content/${locale}/red-flags.yaml: the signs' ${tooHard}`);
	return localized;
}
