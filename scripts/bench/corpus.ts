// Synthetic articles for the build-scaling benchmark. They pass every article check (schema,
// citations, reading level) and use the real articles' own words, so the Pagefind index grows as a
// real site's would. They exist only in a temporary copy of the project, never in content/.
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

/** Plain words of the real articles (no MDX, no markup), with their real frequencies. */
function vocabulary(articlesDir: string): string[] {
	const text = readdirSync(articlesDir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readFileSync(join(articlesDir, name), 'utf8').split(/^---$/m).slice(2).join(' '))
		.join(' ')
		.replace(/<[^>]+>/g, ' ');
	return text.toLowerCase().match(/\b[a-z]{2,12}\b/g) ?? [];
}

const sourceIds = (sourcesYaml: string) => [...readFileSync(sourcesYaml, 'utf8').matchAll(/^- id: (\S+)/gm)].map(([, id]) => id!);

/** `count` synthetic MDX articles as [file name, contents], built from the project at `root`. */
export function syntheticArticles(root: string, count: number, today = new Date()): [string, string][] {
	const words = vocabulary(join(root, 'content/articles'));
	const sources = sourceIds(join(root, 'content/sources.yaml'));
	const next = random(count);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const sentence = (length = 7 + Math.floor(next() * 5)) => {
		const text = Array.from({ length }, () => pick(words)).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const day = (date: Date) => date.toISOString().slice(0, 10);
	const reviewDue = new Date(today);
	reviewDue.setUTCMonth(reviewDue.getUTCMonth() + 12);
	const topics = TOPIC_IDS;

	return Array.from({ length: count }, (_, index) => {
		const cited = [...new Set(Array.from({ length: 12 }, () => pick(sources)))].slice(0, 5);
		while (cited.length < 5) cited.push(sources.find((id) => !cited.includes(id))!);
		const sections = Array.from({ length: 8 }, (_, s) => {
			const paragraphs = Array.from({ length: 4 }, (_, p) => {
				const body = Array.from({ length: 4 }, () => sentence()).join(' ');
				const cite = cited[(s * 4 + p) % cited.length];
				return `${body}<Cite id="${cite}" />`;
			});
			return `## ${sentence(3).slice(0, -1)}\n\n${paragraphs.join('\n\n')}`;
		});
		const frontmatter = [
			'---',
			`title: "Synthetic article ${index + 1}: ${pick(words)} and ${pick(words)}"`,
			`description: "A generated page for the build benchmark, made of words from the real articles: ${pick(words)}, ${pick(words)}."`,
			`topic: ${topics[index % topics.length]}`,
			`order: ${1000 + index}`,
			`keywords: [${Array.from({ length: 3 }, () => `"${pick(words)}"`).join(', ')}]`,
			'keyPoints:',
			...Array.from({ length: 3 }, () => `  - "${sentence()}"`),
			`sources: [${cited.join(', ')}]`,
			`lastReviewed: ${day(today)}`,
			`nextReviewDue: ${day(reviewDue)}`,
			`changes: [{ date: ${day(today)}, kind: new, summary: "First published." }]`,
			'---',
		];
		return [`synthetic-${String(index + 1).padStart(4, '0')}.mdx`, `${frontmatter.join('\n')}\n\n${sections.join('\n\n')}\n`];
	});
}
