// Checks that a translation of a data file (content/<locale>/glossary.yaml and the like) matches its English
// file entry for entry: every English id translated (or every one that needs it), no id English does not have,
// and lists that translate item by item (a goal's caveats) just as long as English's. Pure, so the rules are
// unit-tested.
import type { DataFileEntry, DataFileProblem } from './data-file.ts';

/** The files of one translation, as editors see them: "content/es/glossary.yaml" and "content/glossary.yaml". */
export interface TranslationFiles {
	file: string;
	englishFile: string;
}

type Entry = DataFileEntry<unknown>;

/** How a translation must match its English file. */
export interface TranslationRules {
	/**
	 * The fields whose items are translated one by one, in order, each with the text fields of its items that
	 * must be there exactly when English has them (`{ figures: ['note', 'approval'], caveats: [] }`).
	 */
	itemLists?: Readonly<Record<string, readonly string[]>>;
	/** When only some entries need a translation (the others read the same in every language): which, and why. */
	needed?: { when: (english: unknown) => boolean; because: string };
	/** Optional text fields an entry must have exactly when its English entry has them (a source's `note`). */
	fieldsLikeEnglish?: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every way `translation` fails to match `english` under `rules`, each at the line of the translated entry (or
 * line 1 for an entry that is missing).
 */
export function translationProblems(
	{ file, englishFile }: TranslationFiles,
	english: readonly Entry[],
	translation: readonly Entry[],
	{ itemLists = {}, needed, fieldsLikeEnglish = [] }: TranslationRules = {},
): DataFileProblem[] {
	const problems: DataFileProblem[] = [];
	const at = (line: number, field: string, message: string) => problems.push({ file, line, column: 1, field, message });
	/** A text field the translation has exactly when English has it; `at` names it in the problem. */
	const fieldProblem = (
		entry: Entry,
		source: Entry,
		ours: Record<string, unknown>,
		theirs: Record<string, unknown>,
		field: string,
		path: string,
	) => {
		if (ours[field] !== undefined && theirs[field] === undefined) {
			at(entry.line, path, `the English entry (${englishFile}:${source.line}) has no ${field}; remove it`);
		} else if (ours[field] === undefined && theirs[field] !== undefined) {
			at(entry.line, path, `is missing: translate it from ${englishFile}:${source.line}`);
		}
	};
	const englishById = new Map(english.map((entry) => [entry.id, entry]));
	const translated = new Set(translation.map((entry) => entry.id));
	for (const entry of translation) {
		const source = englishById.get(entry.id);
		if (!source) {
			at(entry.line, 'id', `"${entry.id}" is not an id in ${englishFile}: translate its entries only, with their ids`);
			continue;
		}
		if (!isRecord(entry.data) || !isRecord(source.data)) continue;
		for (const field of fieldsLikeEnglish) fieldProblem(entry, source, entry.data, source.data, field, field);
		for (const list of Object.keys(itemLists)) {
			const ours = entry.data[list];
			const theirs = source.data[list];
			if (ours === undefined && theirs === undefined) continue;
			const ourItems = Array.isArray(ours) ? ours : [];
			const theirItems = Array.isArray(theirs) ? theirs : [];
			if (ourItems.length !== theirItems.length) {
				at(
					entry.line,
					list,
					`has ${ourItems.length} items, but "${entry.id}" in ${englishFile}:${source.line} has ${theirItems.length}: translate each one, in the same order`,
				);
				continue;
			}
			ourItems.forEach((item, index) => {
				const theirItem = theirItems[index];
				if (!isRecord(item) || !isRecord(theirItem)) return;
				for (const field of itemLists[list] ?? []) fieldProblem(entry, source, item, theirItem, field, `${list}.${index}.${field}`);
			});
		}
	}
	for (const entry of english.filter((entry) => !translated.has(entry.id) && (needed?.when(entry.data) ?? true))) {
		const because = needed ? ` (${needed.because})` : '';
		at(1, 'id', `"${entry.id}" (${englishFile}:${entry.line}) has no translation${because}: add an entry with id: ${entry.id}`);
	}
	return problems;
}
