// Pure helpers for the side-effect FAQ: page order, grouping, and the checks the build runs on answers.
import type { CareLevel } from './care-levels.ts';
import { proseFromMdx } from './mdx-prose.ts';
import { splitSentences } from './readability.ts';
import { articleReadability, MAX_ANSWER_GRADE } from './reading-level.ts';
import { FAQ_CATEGORY_IDS, type FaqCategory } from './schemas/faq.ts';

/** The fields that decide where a question appears. */
interface Placed {
	data: { category: FaqCategory; order: number; question: string };
}

/** Page order: by category (as listed in FAQ_CATEGORY_IDS), then `order`, then question text. */
export function compareFaq(a: Placed, b: Placed): number {
	return (
		FAQ_CATEGORY_IDS.indexOf(a.data.category) - FAQ_CATEGORY_IDS.indexOf(b.data.category) ||
		a.data.order - b.data.order ||
		a.data.question.localeCompare(b.data.question)
	);
}

export interface FaqGroup<Entry> {
	category: FaqCategory;
	entries: Entry[];
}

/** Questions grouped by category in page order; categories without questions are left out. */
export function groupFaqByCategory<Entry extends Placed>(entries: readonly Entry[]): FaqGroup<Entry>[] {
	const sorted = [...entries].sort(compareFaq);
	return FAQ_CATEGORY_IDS.map((category) => ({
		category,
		entries: sorted.filter((entry) => entry.data.category === category),
	})).filter((group) => group.entries.length > 0);
}

/** Ids of other questions that an answer links to as `/side-effects/#<id>` (or `/es/side-effects/#<id>`). */
export function linkedQuestionIds(answer: string): string[] {
	return [...answer.matchAll(/\]\((?:\/[a-z]{2})?\/side-effects\/#([^)\s]+)\)/g)].map((match) => match[1]!);
}

/**
 * How many sentences an English answer has: enough to say what it is and what to do, few enough to read at once on
 * a phone. A translation may split a long sentence to read easily in its language, so it is not held to this.
 */
export const ANSWER_SENTENCES = { min: 2, max: 5 } as const;

/** The reading grade of an answer, measured as the build measures articles. */
export const answerGrade = (answer: string): number => articleReadability(answer).grade;

interface WrittenQuestion {
	/** Where the question lives, for messages, e.g. "content/faq/bruising.md". */
	file: string;
	/** The Markdown answer. */
	body: string;
	/** Ids of the sources it cites. */
	sources: readonly string[];
	/** Its care level, if it is about a symptom. */
	urgency?: CareLevel | undefined;
	/** The id of the warning sign in content/red-flags.yaml it is about, if any. */
	sign?: string | undefined;
}

interface KnownIds {
	/** Every question id (file name), for links between questions. */
	questions: ReadonlySet<string>;
	/** Every source id in content/sources.yaml. */
	sources: ReadonlySet<string>;
	/** Every warning sign in content/red-flags.yaml, by id, with its level. */
	signs: ReadonlyMap<string, CareLevel>;
}

/**
 * What the schema alone does not stop: an answer of too few or too many sentences or above the site's reading
 * grade, a link to a
 * question (`/side-effects/#<id>`) that does not exist, an unknown source or sign id (Astro only
 * logs those), and an urgency that contradicts the level of the warning sign the question links to
 * (the rulebook, content/red-flags.yaml, decides). Returns messages naming the file; empty when all is well.
 */
export function faqProblems(questions: readonly WrittenQuestion[], known: KnownIds): string[] {
	const problems: string[] = [];
	for (const { file, body, sources, urgency, sign } of questions) {
		const sentences = splitSentences(proseFromMdx(body)).length;
		if (sentences < ANSWER_SENTENCES.min || sentences > ANSWER_SENTENCES.max) {
			problems.push(
				`${file}: the answer has ${sentences} sentence${sentences === 1 ? '' : 's'}; write ${ANSWER_SENTENCES.min} to ${ANSWER_SENTENCES.max} short ones.`,
			);
		}
		const grade = answerGrade(body);
		if (grade > MAX_ANSWER_GRADE) {
			problems.push(
				`${file}: the answer reads at grade ${grade}, above the limit of ${MAX_ANSWER_GRADE}. Use shorter sentences and shorter words.`,
			);
		}
		for (const id of linkedQuestionIds(body)) {
			if (!known.questions.has(id)) problems.push(`${file}: links to /side-effects/#${id}, but there is no content/faq/${id}.md`);
		}
		for (const id of sources) {
			if (!known.sources.has(id))
				problems.push(`${file}: field "sources" lists an unknown source id "${id}" (not in content/sources.yaml)`);
		}
		if (sign !== undefined) {
			const level = known.signs.get(sign);
			if (!level) problems.push(`${file}: field "sign" names an unknown warning sign "${sign}" (not in content/red-flags.yaml)`);
			else if (urgency !== level) {
				problems.push(
					`${file}: urgency "${urgency ?? '(none)'}" contradicts the warning sign "${sign}" in content/red-flags.yaml, whose level is "${level}". ` +
						'One sign has one urgency everywhere: change the urgency, or link the sign the answer is really about.',
				);
			}
		}
	}
	return problems;
}
