/**
 * Reads one YAML data file of content/ (the bibliography, glossary, estimator data, comparison table,
 * warning signs): a list of entries, each with its own `id`, checked against the file's schema.
 *
 * Every problem names the file, the line and column of the value at fault and the field, so an editor
 * goes straight to it: `content/sources.yaml:12:8 url: url must be an https address`. Nothing is
 * returned half-read: the caller (src/lib/content-loaders.ts) stops the build on any problem, so a typo
 * can never leave the site built from an older copy of the file.
 */
import type { z } from 'astro/zod';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface DataFileProblem {
	/** The file, as the editor sees it in the project, e.g. "content/sources.yaml". */
	file: string;
	/** 1-based line and column of the value at fault (or of its entry when the value is missing). */
	line: number;
	column: number;
	/** Where in the entry, e.g. `id`, `url`, `figures.0.sessions.min`; empty for the file as a whole. */
	field: string;
	message: string;
}

export interface DataFileEntry<Data> {
	id: string;
	/** The 1-based line of its id, for messages about the entry as a whole. */
	line: number;
	/** The entry as the schema returns it, without its id. */
	data: Data;
}

export interface DataFileResult<Data> {
	/** Every entry in file order, or none when there is any problem. */
	entries: DataFileEntry<Data>[];
	problems: DataFileProblem[];
}

/** How a problem is shown: `file:line:column field: message`. */
export function formatProblem({ file, line, column, field, message }: DataFileProblem): string {
	return `${file}:${line}:${column} ${field ? `${field}: ` : ''}${message}`;
}

/** Ids appear in addresses (/sources/#id, /glossary/#id), so they are lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A parsed YAML file, and where its problems are: `at(offset, field, message)` turns an offset into a line and column. */
export interface ParsedDataFile {
	doc: Document;
	lineCounter: LineCounter;
	at: (offset: number, field: string, message: string) => DataFileProblem;
	/** Syntax errors, each at the line the editor must fix; none when the file is valid YAML. */
	problems: DataFileProblem[];
}

/** Parses `text` (the contents of `file`) as YAML. Duplicate keys are syntax errors. */
export function parseDataFile(file: string, text: string): ParsedDataFile {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const at = (offset: number, field: string, message: string): DataFileProblem => {
		const { line, col } = lineCounter.linePos(offset);
		return { file, line, column: col, field, message };
	};
	const problems = doc.errors.map((error) => {
		// The parser notices a missing closing quote where the value ends, often lines later; the
		// editor needs the line where the quote opens.
		const quote = error.code === 'MISSING_CHAR' ? /Missing closing (["'])quote/.exec(error.message)?.[1] : undefined;
		const opening = quote === undefined ? -1 : text.lastIndexOf(quote, error.pos[0] - 1);
		if (opening >= 0) return at(opening, '', `this quote (${quote}) is never closed: end the value with ${quote}`);
		return at(error.pos[0], '', `the file is not valid YAML: ${error.message}`);
	});
	return { doc, lineCounter, at, problems };
}

/**
 * Parses `text` (the contents of `file`) and checks every entry with `schema`. The result lists all
 * problems found, in file order; entries are returned only when there are none.
 */
export function readDataFile<Schema extends z.ZodType>(file: string, text: string, schema: Schema): DataFileResult<z.output<Schema>> {
	const { doc, lineCounter, at, problems: syntax } = parseDataFile(file, text);
	const failed = (problems: DataFileProblem[]): DataFileResult<z.output<Schema>> => ({ entries: [], problems });
	if (syntax.length > 0) return failed(syntax);
	const list = doc.contents;
	if (!isSeq(list)) {
		return failed([at(list?.range?.[0] ?? 0, '', 'the file must be a list of entries, each starting with "- id: "')]);
	}

	const problems: DataFileProblem[] = [];
	const entries: DataFileEntry<z.output<Schema>>[] = [];
	const firstLineOf = new Map<string, number>();
	for (const item of list.items) {
		const node = isAlias(item) ? item.resolve(doc) : item;
		const start = (node as Node | undefined)?.range?.[0] ?? 0;
		if (!isMap(node)) {
			problems.push(at(start, '', 'each entry must be a set of fields ("id: …", "title: …"), not a single value'));
			continue;
		}
		const idNode = node.get('id', true);
		const id = isScalar(idNode) ? idNode.value : undefined;
		const idAt = idNode?.range?.[0] ?? start;
		if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
			const problem = id === undefined ? 'every entry needs an id' : `"${String(id)}" is not a valid id`;
			problems.push(at(idAt, 'id', `${problem}: use lowercase words joined by hyphens, e.g. nhs-bruising`));
			continue;
		}
		const earlier = firstLineOf.get(id);
		if (earlier !== undefined) {
			problems.push(at(idAt, 'id', `"${id}" is already the id of the entry on line ${earlier}; give each entry its own id`));
			continue;
		}
		firstLineOf.set(id, lineCounter.linePos(idAt).line);

		const { id: _id, ...fields } = node.toJS(doc) as Record<string, unknown>;
		const result = schema.safeParse(fields);
		if (result.success) {
			entries.push({ id, line: lineCounter.linePos(idAt).line, data: result.data });
			continue;
		}
		for (const issue of result.error.issues) {
			// zod reports an unknown key on its object; name and point to the key itself.
			const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
			const field = [...issue.path, ...(key === undefined ? [] : [key])].map(String).join('.');
			problems.push(at(offsetOf(doc, node, issue.path, key) ?? start, field, issue.message));
		}
	}
	return problems.length > 0 ? failed(problems) : { entries, problems };
}

/**
 * Where the value at `path` inside `entry` starts; for a missing value, where its nearest parent starts.
 * With `key`, the position of that key in the object at `path` (zod reports unknown keys on the object).
 */
function offsetOf(doc: Document, entry: Node, path: readonly PropertyKey[], key?: string): number | undefined {
	let node: unknown = entry;
	let offset = entry.range?.[0];
	for (const segment of path) {
		if (isAlias(node)) node = node.resolve(doc);
		const child = isMap(node) || isSeq(node) ? node.get(segment, true) : undefined;
		if (child === undefined) return offset;
		node = child;
		offset = (child as Node).range?.[0] ?? offset;
	}
	if (isAlias(node)) node = node.resolve(doc);
	if (key !== undefined && isMap(node)) {
		const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
		if (isScalar(pair?.key)) return pair.key.range?.[0] ?? offset;
	}
	return offset;
}
