// Dictionary text with links, citations or code inside it, as data instead of HTML: a paragraph is a list of
// parts, so a translation can put the link anywhere in its sentence and nothing is built by joining fragments
// in code. <RichText> renders it; internal links ("/sources/") go to the page in the reader's language.

/** One part of a paragraph: plain text, a link, a citation of a source, or code. */
export type RichPart = string | { link: string; text: string } | { cite: string } | { code: string } | { strong: string };

/** A paragraph or list item as parts. */
export type Rich = readonly RichPart[];

/** Types a dictionary entry as Rich, so every language may place its links and citations where its grammar wants. */
export const rich = (parts: Rich): Rich => parts;
