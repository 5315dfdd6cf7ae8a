/**
 * Checks that an article's in-text citations and its sources list agree with each other and with
 * the bibliography. The build runs it on every article and stops on the first problem, naming
 * the file and the id.
 */

import { tagUses, type TagUse } from './mdx-tags.ts';

/** Ids of every `<Cite id="…" />` in an MDX body, in order of first appearance. */
export function citedIds(body: string): string[] {
	return [...new Set(tagUses(body, 'Cite').map((use) => use.id))];
}

interface CitationCheck {
	/** The article's path, for the error message, e.g. "content/articles/cellulite.mdx". */
	file: string;
	/** Ids found in `<Cite/>` tags. */
	cited: readonly string[];
	/** Where in the file each id is first cited (see tagUses), so a message about a citation names its line. */
	citedAt?: readonly TagUse[];
	/** Ids in the frontmatter `sources` list. */
	listed: readonly string[];
	/** Every id in the bibliography. */
	known: ReadonlySet<string>;
	/**
	 * Ids the page's "When to get help" box cites from content/red-flags.yaml. They are not part of
	 * the check (the box adds them to the page's list itself); they only explain a stray listing.
	 */
	citedByBox?: readonly string[];
}

/** Problems found, as messages that name the file and the id; empty when all is well. */
export function citationProblems({ file, cited, citedAt = [], listed, known, citedByBox = [] }: CitationCheck): string[] {
	const problems: string[] = [];
	const where = (id: string) => {
		const use = citedAt.find((position) => position.id === id);
		return use ? `${file}:${use.line}:${use.column}` : `${file}:`;
	};
	for (const id of cited) {
		if (!known.has(id)) problems.push(`${where(id)} <Cite id="${id}"/> cites an unknown source id "${id}" (not in content/sources.yaml)`);
		else if (!listed.includes(id)) problems.push(`${where(id)} <Cite id="${id}"/> is not in the frontmatter field "sources"; add it there`);
	}
	for (const id of listed) {
		if (!known.has(id))
			problems.push(`${file}: frontmatter field "sources" lists an unknown source id "${id}" (not in content/sources.yaml)`);
		else if (!cited.includes(id)) {
			const hint = citedByBox.includes(id)
				? ' (the "When to get help" box adds its own sources to the page; list only what the text cites)'
				: '';
			problems.push(`${file}: frontmatter field "sources" lists "${id}" but the text never cites it with <Cite id="${id}"/>${hint}`);
		}
	}
	return problems;
}
