/**
 * Checks that an article's in-text citations and its sources list agree with each other and with
 * the bibliography. The build runs it on every article and stops on the first problem, naming
 * the file and the id.
 */

/** Ids of every `<Cite id="…" />` in an MDX body, in order of first appearance. */
export function citedIds(body: string): string[] {
	const ids: string[] = [];
	for (const match of body.matchAll(/<Cite\b[^>]*\bid=["']([^"']+)["'][^>]*\/?>/g)) {
		const id = match[1]!;
		if (!ids.includes(id)) ids.push(id);
	}
	return ids;
}

interface CitationCheck {
	/** The article's path, for the error message, e.g. "content/articles/cellulite.mdx". */
	file: string;
	/** Ids found in `<Cite/>` tags. */
	cited: readonly string[];
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
export function citationProblems({ file, cited, listed, known, citedByBox = [] }: CitationCheck): string[] {
	const problems: string[] = [];
	for (const id of cited) {
		if (!known.has(id)) problems.push(`${file}: <Cite id="${id}"/> cites an unknown source id "${id}" (not in content/sources.yaml)`);
		else if (!listed.includes(id)) problems.push(`${file}: <Cite id="${id}"/> is not in the frontmatter field "sources"; add it there`);
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
