/**
 * Extracts the prose a reader reads from an MDX article body: paragraphs and list items, with
 * headings, tables, code, import lines and component markup removed. Text inside wrapper
 * components (a "When to get help" box) and inside <Term> stays, because it is read too.
 *
 * Returns one paragraph or list item per line, so each one counts as at least one sentence.
 */
export function proseFromMdx(body: string): string {
	const withoutBlocks = body
		.replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter, if a whole file was passed
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

	const paragraphs: string[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length) paragraphs.push(current.join(' '));
		current = [];
	};
	for (const rawLine of withoutBlocks.split('\n')) {
		const line = rawLine.trim();
		const skipped = /^(import|export)\s/.test(line) || /^#{1,6}\s/.test(line) || /^\|/.test(line);
		const text = skipped ? '' : plainText(line);
		if (!text) {
			flush(); // a blank line, heading or table ends the paragraph
			continue;
		}
		if (LIST_MARKER.test(line)) flush(); // each list item is its own unit
		current.push(text);
	}
	flush();
	return paragraphs.join('\n');
}

const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;

/** One line of MDX as the words a reader sees. */
function plainText(line: string): string {
	return line
		.replace(/<[A-Z][\w.]*\b[^>]*\/>/g, '') // self-closing components: <Cite id="x" />
		.replace(/<\/?[A-Za-z][\w.]*\b[^>]*>/g, '') // opening and closing tags keep their children
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
		.replace(LIST_MARKER, '')
		.replace(/^>\s?/, '')
		.replace(/[*_`~]+/g, '')
		.trim();
}
