/**
 * A goal's reader text in another language laid over its English entry: the translation (content/<locale>/
 * treatments.yaml) carries only words, in the English file's order; numbers, sources, grades and evidence levels
 * stay English's, so a figure reads the same in every language. Pure, so the rule is unit-tested.
 */

/** The words of one goal in one language, as content/<locale>/treatments.yaml holds them. */
export interface TreatmentText {
	label: string;
	verdict: string;
	grades?: readonly string[] | undefined;
	figures: readonly { note: string; approval?: string | undefined }[];
	caveats: readonly string[];
	maintenance: readonly string[];
}

/** The English fields that carry reader text; everything else passes through untouched. */
interface TextFields {
	label: string;
	verdict: { text: string };
	grades?: readonly { description: string }[] | undefined;
	figures: readonly { note: string; approval?: { text: string } | undefined }[];
	caveats: readonly { text: string }[];
	maintenance: readonly { text: string }[];
}

/** Lists translated item by item must be as long as English's; anything else is a translation out of step. */
function sameLength(goal: string, list: string, english: readonly unknown[] | undefined, translated: readonly unknown[] | undefined) {
	if ((english?.length ?? 0) !== (translated?.length ?? 0)) {
		throw new Error(
			`The translation of "${goal}" has ${translated?.length ?? 0} ${list}, English has ${english?.length ?? 0}: translate each one, in the same order.`,
		);
	}
}

/** The English entry with the translation's words in place of its own. Throws when a list is out of step. */
export function translateTreatment<T extends TextFields>(goal: string, english: T, text: TreatmentText): T {
	sameLength(goal, 'grades', english.grades, text.grades);
	sameLength(goal, 'figures', english.figures, text.figures);
	sameLength(goal, 'caveats', english.caveats, text.caveats);
	sameLength(goal, 'maintenance', english.maintenance, text.maintenance);
	return {
		...english,
		label: text.label,
		verdict: { ...english.verdict, text: text.verdict },
		grades: english.grades?.map((grade, index) => ({ ...grade, description: text.grades![index]! })),
		figures: english.figures.map((figure, index) => {
			const words = text.figures[index]!;
			if (Boolean(figure.approval) !== Boolean(words.approval)) {
				throw new Error(`The translation of "${goal}", figure ${index + 1}: translate its approval exactly when English has one.`);
			}
			return { ...figure, note: words.note, approval: figure.approval && { ...figure.approval, text: words.approval! } };
		}),
		caveats: english.caveats.map((caveat, index) => ({ ...caveat, text: text.caveats[index]! })),
		maintenance: english.maintenance.map((statement, index) => ({ ...statement, text: text.maintenance[index]! })),
	};
}
