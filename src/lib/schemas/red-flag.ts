import { z } from 'astro/zod';
import { CARE_LEVEL_IDS, type CareLevel } from '../care-levels.ts';

/**
 * Where a warning sign applies, for the "When to get help" box of each article. `any` means after
 * an injection anywhere; the others are the parts of the body articles are about. An article's box
 * shows its own areas' signs plus every `any` sign.
 */
export const RED_FLAG_AREAS = {
	any: 'After an injection anywhere',
	face: 'The face',
	chin: 'Under the chin',
	eye: 'Around the eyes',
	body: 'The body (belly, thighs, arms)',
	scalp: 'The scalp',
} as const;
export type RedFlagArea = keyof typeof RED_FLAG_AREAS;
export const RED_FLAG_AREA_IDS = Object.keys(RED_FLAG_AREAS) as [RedFlagArea, ...RedFlagArea[]];

/** The care levels a warning sign can have: every level but `expected` (that is not a warning). */
export type SignLevel = Exclude<CareLevel, 'expected'>;
export const SIGN_LEVELS = [...CARE_LEVEL_IDS].filter((level): level is SignLevel => level !== 'expected') as [SignLevel, ...SignLevel[]];

/**
 * One warning sign in `content/red-flags.yaml`, the site's one rulebook for when to get help. The
 * entry's `id` is how FAQ answers link to it (`sign: <id>`); each sign has exactly one level, so the
 * same sign can never be urgent on one page and routine on another.
 */
export function RedFlagSchema<Source extends z.ZodType>(sourceId: Source) {
	return z.object({
		/** How fast to get help: a care level from src/lib/care-levels.ts (emergency, same-day or contact-clinic). */
		level: z.enum(SIGN_LEVELS, { error: `level must be one of ${SIGN_LEVELS.join(', ')} (expected signs are not warnings)` }),
		/** Where the sign applies (see RED_FLAG_AREAS); `any` puts it in every article's box. */
		areas: z
			.array(z.enum(RED_FLAG_AREA_IDS, { error: `each area must be one of ${RED_FLAG_AREA_IDS.join(', ')}` }))
			.min(1)
			.refine((areas) => new Set(areas).size === areas.length, { error: 'areas lists the same area twice' }),
		/**
		 * The sign in a reader's words, as a short phrase that follows "Do this if you have:". It must
		 * make sense alone (the FAQ page lists every sign), so say "after a chin injection" where needed.
		 */
		sign: z.string().min(10).max(200),
		/** Optional: one or two plain sentences on what it may mean and the first thing to do. */
		detail: z.string().min(10).max(240).optional(),
		/** Ids of the sources behind the sign and its level (at least one). */
		sources: z.array(sourceId).min(1),
		/** Position within its level; lower comes first (put the most serious or most common first). */
		order: z.number().int().min(0).default(100),
	});
}
