// The warning-sign rulebook (content/red-flags.yaml) put to use: which signs an article's "When to
// get help" box shows, in what order, which sources it cites, and the signs at the top of the FAQ
// page. Pure functions; the components only render what these return.
import { readability } from './readability.ts';
import { MAX_ANSWER_GRADE } from './reading-level.ts';
import { RED_FLAG_AREA_IDS, SIGN_LEVELS, type RedFlagArea, type SignLevel } from './schemas/red-flag.ts';

/** The fields of a sign that decide where it shows. */
export interface PlacedSign {
	id: string;
	level: SignLevel;
	/** Position within its level; lower comes first. */
	order: number;
	areas: readonly RedFlagArea[];
	sources: readonly string[];
}

/** Rulebook order: most urgent level first, then `order`, then id (so the order never depends on how the file was read). */
export function compareSigns(a: PlacedSign, b: PlacedSign): number {
	return SIGN_LEVELS.indexOf(a.level) - SIGN_LEVELS.indexOf(b.level) || a.order - b.order || a.id.localeCompare(b.id);
}

/** What an article asks its box for: some areas, or `all` for general pages (every sign). */
export type BoxAreas = readonly RedFlagArea[] | 'all';

/** The areas in a box request that are not known areas; empty when all are known. */
export function unknownAreas(areas: BoxAreas | readonly string[]): string[] {
	if (areas === 'all') return [];
	return areas.filter((area) => !(RED_FLAG_AREA_IDS as readonly string[]).includes(area));
}

/**
 * The signs for an article about these areas: every `any` sign plus the signs of those areas, in
 * rulebook order (see compareSigns). With `all`, every sign.
 */
export function signsForAreas<Sign extends PlacedSign>(signs: readonly Sign[], areas: BoxAreas): Sign[] {
	const chosen = areas === 'all' ? [...signs] : signs.filter((sign) => sign.areas.some((area) => area === 'any' || areas.includes(area)));
	return chosen.sort(compareSigns);
}

export interface SignGroup<Sign> {
	level: SignLevel;
	signs: Sign[];
}

/** Signs grouped by care level, most urgent first, by `order` within a level; empty levels left out. */
export function groupByLevel<Sign extends PlacedSign>(
	signs: readonly Sign[],
	levels: readonly SignLevel[] = SIGN_LEVELS,
): SignGroup<Sign>[] {
	const sorted = [...signs].sort(compareSigns);
	return levels.map((level) => ({ level, signs: sorted.filter((sign) => sign.level === level) })).filter((group) => group.signs.length > 0);
}

/** A sign with the words readers see. */
export interface WordedSign extends PlacedSign {
	sign: string;
	detail?: string | undefined;
}

/**
 * What the schema alone does not stop: two signs with the same `order` in one level (the boxes would
 * list them in an order nobody chose), and signs whose words read above the answer grade.
 * Messages name the file and the sign; empty when all is well.
 */
export function rulebookProblems(signs: readonly WordedSign[], file: string): string[] {
	const problems: string[] = [];
	for (const level of SIGN_LEVELS) {
		const seen = new Map<number, string>();
		for (const sign of signs.filter((candidate) => candidate.level === level)) {
			const twin = seen.get(sign.order);
			if (twin)
				problems.push(`${file}: signs "${twin}" and "${sign.id}" both have order ${sign.order} in level ${level}; give each its own`);
			else seen.set(sign.order, sign.id);
		}
	}
	// Measured over the whole rulebook, as readers meet it: a box of signs. A single sign is often one
	// list of symptoms, which a sentence-length formula scores far above how hard it is to read.
	const { grade } = readability(signs.map((sign) => [`${sign.sign}.`, sign.detail ?? ''].join(' ')).join('\n'));
	if (grade > MAX_ANSWER_GRADE) {
		problems.push(
			`${file}: the signs read at grade ${grade}, above the limit of ${MAX_ANSWER_GRADE}. Use shorter sentences and shorter words.`,
		);
	}
	return problems;
}

/** Source ids the signs cite, once each, in the order the signs cite them (pass them in rulebook order). */
export function signSources(signs: readonly PlacedSign[]): string[] {
	return [...new Set(signs.flatMap((sign) => sign.sources))];
}

/** Levels whose signs the FAQ page lists under "Get help now". */
export const GET_HELP_NOW_LEVELS = ['emergency', 'same-day'] as const satisfies readonly SignLevel[];

/** A question that may link a sign, in page order. */
interface LinkingQuestion {
	id: string;
	sign?: string | undefined;
}

/**
 * The "Get help now" summary of the FAQ page: the emergency and same-day signs by level, each with
 * the id of the question that links it (the first in page order when several do), if any.
 */
export function getHelpNowGroups<Sign extends PlacedSign>(
	signs: readonly Sign[],
	questionsInPageOrder: readonly LinkingQuestion[],
): SignGroup<Sign & { question?: string }>[] {
	const withQuestion = signs.map((sign) => {
		const question = questionsInPageOrder.find((q) => q.sign === sign.id)?.id;
		return question ? { ...sign, question } : { ...sign };
	});
	return groupByLevel(withQuestion, GET_HELP_NOW_LEVELS);
}

/** The one-line box an article writes: `<WhenToGetHelp areas={["face", "eye"]} />` or `areas="all"`. */
export const BOX_EXAMPLE = '<WhenToGetHelp areas={["face", "eye"]} />';

export type BoxInBody = { kind: 'none' } | { kind: 'box'; areas: BoxAreas } | { kind: 'malformed'; problem: string };

/**
 * Finds the "When to get help" box in an MDX body and reads its areas, so the build can add the
 * box's sources to the page's source list and name the file when the box is written wrongly.
 */
export function helpBoxInBody(body: string): BoxInBody {
	const tags = [...body.matchAll(/<WhenToGetHelp\b([^>]*?)(\/?)>/g)];
	if (tags.length === 0) return { kind: 'none' };
	if (tags.length > 1) return { kind: 'malformed', problem: 'has more than one <WhenToGetHelp>; an article has one box' };
	const [, attributes = '', selfClosing] = tags[0]!;
	if (!selfClosing) {
		return {
			kind: 'malformed',
			problem: `writes <WhenToGetHelp> with signs inside; the signs now come from content/red-flags.yaml, so write ${BOX_EXAMPLE} instead`,
		};
	}
	if (/\bareas\s*=\s*["']all["']/.test(attributes)) return { kind: 'box', areas: 'all' };
	const list = /\bareas\s*=\s*\{\s*\[([^\]]*)\]\s*\}/.exec(attributes);
	if (!list) return { kind: 'malformed', problem: `gives <WhenToGetHelp> no areas; write ${BOX_EXAMPLE} or areas="all"` };
	const areas = [...list[1]!.matchAll(/["']([^"']*)["']/g)].map((match) => match[1]!);
	const unknown = unknownAreas(areas);
	if (areas.length === 0 || unknown.length > 0) {
		return {
			kind: 'malformed',
			problem: `gives <WhenToGetHelp> ${areas.length === 0 ? 'an empty areas list' : `unknown areas ${unknown.map((a) => `"${a}"`).join(', ')}`}; use some of ${RED_FLAG_AREA_IDS.join(', ')} or areas="all"`,
		};
	}
	return { kind: 'box', areas: areas as RedFlagArea[] };
}
