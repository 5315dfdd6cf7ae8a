// Synthetic articles for the build-scaling benchmark, each with its Spanish twin as every real article has. They
// pass every article check (schema, citations, reading level in each language) and use the real articles' own
// words in each language, so the Pagefind indexes grow as a real site's would. They exist only in a temporary
// copy of the project, never in content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS } from '../../src/lib/topics.ts';

/** A small seeded random generator (mulberry32), so every run builds the same corpus. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Plain words of the real articles in a folder (no MDX, no markup, accents kept), with their real frequencies. */
function vocabulary(articlesDir: string): string[] {
	const text = readdirSync(articlesDir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readFileSync(join(articlesDir, name), 'utf8').split(/^---$/m).slice(2).join(' '))
		.join(' ')
		.replace(/<[^>]+>/g, ' ');
	return text.toLowerCase().match(/(?<!\p{L})\p{Ll}{2,12}(?!\p{L})/gu) ?? [];
}

const sourceIds = (sourcesYaml: string) => [...readFileSync(sourcesYaml, 'utf8').matchAll(/^- id: (\S+)/gm)].map(([, id]) => id!);

/** One synthetic article: its file name, the English MDX and its Spanish twin's MDX. */
export interface SyntheticArticle {
	name: string;
	english: string;
	spanish: string;
}

/**
 * `count` synthetic articles built from the project at `root`. The Spanish twin names a fingerprint that is not
 * the English page's, so it shows the notice of a translation that may be out of date, as a real stale one does.
 */
export function syntheticArticles(root: string, count: number, today = new Date()): SyntheticArticle[] {
	const words = { en: vocabulary(join(root, 'content/articles')), es: vocabulary(join(root, 'content/es/articles')) };
	const sources = sourceIds(join(root, 'content/sources.yaml'));
	const next = random(count);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const sentence = (vocabulary: readonly string[], length = 7 + Math.floor(next() * 5)) => {
		const text = Array.from({ length }, () => pick(vocabulary)).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const day = (date: Date) => date.toISOString().slice(0, 10);
	const reviewDue = new Date(today);
	reviewDue.setUTCMonth(reviewDue.getUTCMonth() + 12);
	/** Words of `vocabulary` until the text is `min` characters or a little more (a description is 40 to 160). */
	const atLeast = (vocabulary: readonly string[], min: number) => {
		let text = pick(vocabulary);
		while (text.length < min) text += ` ${pick(vocabulary)}`;
		return text;
	};
	/** The words readers read, in one language: title, description, keywords, key points and the body. */
	const text = (vocabulary: readonly string[], number: number, cited: readonly string[]) => {
		const sections = Array.from({ length: 8 }, (_, s) => {
			const paragraphs = Array.from({ length: 4 }, (_, p) => {
				const body = Array.from({ length: 4 }, () => sentence(vocabulary)).join(' ');
				return `${body}<Cite id="${cited[(s * 4 + p) % cited.length]}" />`;
			});
			return `## ${sentence(vocabulary, 3).slice(0, -1)}\n\n${paragraphs.join('\n\n')}`;
		});
		const fields = [
			`title: "${number}: ${pick(vocabulary)} ${pick(vocabulary)} ${pick(vocabulary)}"`,
			`description: "${atLeast(vocabulary, 60)}."`,
			`keywords: [${Array.from({ length: 3 }, () => `"${pick(vocabulary)}"`).join(', ')}]`,
			'keyPoints:',
			...Array.from({ length: 3 }, () => `  - "${sentence(vocabulary)}"`),
		];
		return { fields, body: sections.join('\n\n') };
	};

	return Array.from({ length: count }, (_, index) => {
		const cited = [...new Set(Array.from({ length: 12 }, () => pick(sources)))].slice(0, 5);
		while (cited.length < 5) cited.push(sources.find((id) => !cited.includes(id))!);
		const english = text(words.en, index + 1, cited);
		const spanish = text(words.es, index + 1, cited);
		const mdx = (fields: string[], body: string) => `${['---', ...fields, '---'].join('\n')}\n\n${body}\n`;
		return {
			name: `synthetic-${String(index + 1).padStart(4, '0')}.mdx`,
			english: mdx(
				[
					...english.fields,
					`topic: ${TOPIC_IDS[index % TOPIC_IDS.length]}`,
					`order: ${1000 + index}`,
					`sources: [${cited.join(', ')}]`,
					`lastReviewed: ${day(today)}`,
					`nextReviewDue: ${day(reviewDue)}`,
					`changes: [{ date: ${day(today)}, kind: new, summary: "First published." }]`,
				],
				english.body,
			),
			spanish: mdx([...spanish.fields, `translation: { of: "v1:${'0'.repeat(64)}", date: ${day(today)} }`], spanish.body),
		};
	});
}
