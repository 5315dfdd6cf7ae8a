/**
 * Finds the components an MDX article uses by id (`<Cite id="…" />`, `<Term id="…">`) with where they
 * are in the file, so a build error can name the line an editor has to fix, not the page's route.
 */

export interface TagUse {
	id: string;
	/** 1-based line and column of the tag's `<` in the text given. */
	line: number;
	column: number;
}

/** Every `<Tag id="…">` (or `'…'`) in `text`, in order, with its position. */
export function tagUses(text: string, tag: 'Cite' | 'Term'): TagUse[] {
	const uses: TagUse[] = [];
	for (const match of text.matchAll(new RegExp(`<${tag}\\b[^>]*\\bid=["']([^"']+)["']`, 'g'))) {
		const before = text.slice(0, match.index);
		const lineStart = before.lastIndexOf('\n') + 1;
		uses.push({ id: match[1]!, line: before.split('\n').length, column: match.index - lineStart + 1 });
	}
	return uses;
}

/** `<Term>`s whose id is not in the glossary, as messages naming the file, line and column. */
export function unknownTermProblems(file: string, text: string, glossaryIds: ReadonlySet<string>): string[] {
	return tagUses(text, 'Term')
		.filter((use) => !glossaryIds.has(use.id))
		.map(
			({ id, line, column }) =>
				`${file}:${line}:${column} <Term id="${id}"> names an unknown glossary id "${id}"; use an id from content/glossary.yaml or add the term there`,
		);
}
