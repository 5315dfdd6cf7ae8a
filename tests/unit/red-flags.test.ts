import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { proseFromMdx } from '../../src/lib/mdx-prose.ts';
import {
	getHelpNowGroups,
	groupByLevel,
	helpBoxInBody,
	signSources,
	rulebookProblems,
	signsForAreas,
	unknownAreas,
	type PlacedSign,
} from '../../src/lib/red-flags.ts';
import { RedFlagSchema, SIGN_LEVELS } from '../../src/lib/schemas/red-flag.ts';
import { readYaml, sourceIds } from './helpers/content.ts';
import { firstIssue as firstSchemaIssue } from './helpers/schema-issue.ts';

// In the site, ids are checked by Astro's reference('sources'); here the bibliography's ids play that part.
const schema = RedFlagSchema(z.enum(sourceIds as [string, ...string[]]));
const firstIssue = (data: unknown) => firstSchemaIssue(schema, data);

const good = {
	level: 'same-day',
	areas: ['any'],
	sign: 'A new lump a week or more after treatment',
	sources: [sourceIds[0]],
};

describe('RedFlagSchema', () => {
	test('accepts a complete sign and fills the order', () => {
		expect(schema.parse(good)).toEqual({ ...good, order: 100 });
	});

	test('the level is a care level from src/lib/care-levels.ts, never "expected"', () => {
		for (const level of SIGN_LEVELS) expect(schema.safeParse({ ...good, level }).success).toBe(true);
		expect(firstIssue({ ...good, level: 'expected' })).toEqual({
			path: 'level',
			message: 'level must be one of emergency, same-day, contact-clinic (expected signs are not warnings)',
		});
		expect(firstIssue({ ...good, level: 'urgent' })?.path).toBe('level');
	});

	test('an unknown area names the field and its position', () => {
		expect(firstIssue({ ...good, areas: ['face', 'knee'] })).toEqual({
			path: 'areas.1',
			message: 'each area must be one of any, face, chin, eye, body, scalp',
		});
	});

	test('a sign needs at least one area, each once', () => {
		expect(firstIssue({ ...good, areas: [] })?.path).toBe('areas');
		expect(firstIssue({ ...good, areas: ['chin', 'chin'] })).toEqual({ path: 'areas', message: 'areas lists the same area twice' });
	});

	test('a sign needs at least one source, and only known ones', () => {
		const { sources: _omitted, ...withoutSources } = good;
		expect(firstIssue(withoutSources)?.path).toBe('sources');
		expect(firstIssue({ ...good, sources: [] })?.path).toBe('sources');
		expect(firstIssue({ ...good, sources: ['no-such-source'] })?.path).toBe('sources.0');
	});

	test('a sign must be written out', () => {
		const { sign: _omitted, ...withoutSign } = good;
		expect(firstIssue(withoutSign)?.path).toBe('sign');
	});
});

/** The rulebook as written. */
const rulebook = readYaml('content/red-flags.yaml');
const signs = rulebook.map(({ id, ...data }) => ({ id, ...schema.parse(data) }));

describe('the rulebook in content/red-flags.yaml', () => {
	test('every sign is valid, with a unique id', () => {
		for (const { id, ...data } of rulebook) expect(schema.safeParse(data).error?.issues ?? [], id).toEqual([]);
		expect(new Set(signs.map((sign) => sign.id)).size).toBe(signs.length);
		for (const sign of signs) expect(sign.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	// The agreed rule (issue 11: one urgency per sign, from audit C2, C3, A7, A10). A level changes only
	// when that rule changes, so a change here must be deliberate.
	test('each sign has the level of the agreed rule', () => {
		expect(Object.fromEntries(signs.map((sign) => [sign.id, sign.level]))).toEqual({
			'severe-allergic-reaction': 'emergency',
			'blocked-blood-vessel': 'emergency',
			'stroke-signs': 'emergency',
			'cannot-swallow-after-chin-injection': 'emergency',
			'sepsis-signs': 'emergency',
			'urgent-pain-swelling-or-bleeding': 'emergency',
			'hot-swollen-painful-skin': 'same-day',
			'infection-face-fast-or-weak-immunity': 'same-day',
			'streaks-pus-or-open-sore': 'same-day',
			'late-lump': 'same-day',
			'mild-trouble-swallowing-after-chin-injection': 'same-day',
			'lopsided-smile-after-chin-injection': 'same-day',
			'not-fading': 'contact-clinic',
			'hair-loss': 'contact-clinic',
			'skin-colour-change-or-scars': 'contact-clinic',
		});
	});

	test('the rulebook as written passes the build checks (one order per level, grade 7 or below)', () => {
		expect(rulebookProblems(signs, 'content/red-flags.yaml')).toEqual([]);
	});

	test('normal redness is never called purple: purple patches are a sign of sepsis only', () => {
		expect(signs.filter((sign) => /purple/i.test(`${sign.sign} ${sign.detail ?? ''}`)).map((sign) => sign.id)).toEqual(['sepsis-signs']);
	});
});

describe('rulebookProblems', () => {
	const sign = (id: string, order: number, words: string) => ({
		id,
		level: 'same-day' as const,
		order,
		areas: ['any' as const],
		sources: ['x'],
		sign: words,
	});

	test('names both signs when two share an order within a level', () => {
		expect(rulebookProblems([sign('a', 1, 'A new lump'), sign('b', 1, 'A red streak')], 'content/red-flags.yaml')).toEqual([
			'content/red-flags.yaml: signs "a" and "b" both have order 1 in level same-day; give each its own',
		]);
	});

	test('fails when the signs read above grade 7', () => {
		const hard = sign(
			'hard',
			1,
			'Progressive erythematous induration accompanied by purulent discharge necessitating antimicrobial intervention',
		);
		expect(rulebookProblems([hard, sign('easy', 2, 'A new lump')], 'content/red-flags.yaml')).toEqual([
			expect.stringMatching(/^content\/red-flags\.yaml: the signs read at grade [\d.]+, above the limit of 7\./),
		]);
		expect(rulebookProblems([sign('easy', 2, 'A new lump')], 'content/red-flags.yaml')).toEqual([]);
	});
});

describe('the "When to get help" box in each article', () => {
	const articles = readdirSync('content/articles').filter((name) => name.endsWith('.mdx'));

	test.each(articles)('%s has one box written as one line with known areas, and no hand-written signs', (name) => {
		const body = readFileSync(`content/articles/${name}`, 'utf8');
		expect(helpBoxInBody(body).kind).toBe('box');
		expect(body).not.toMatch(/<CareLevel\b/);
	});

	test('the box text is not part of the article prose (its grade is checked here, from the rulebook)', () => {
		expect(proseFromMdx('Intro.\n\n<WhenToGetHelp areas={["chin"]} />\n')).toBe('Intro.');
	});
});

/** Small fixture signs, one per level and area, in scrambled order. */
const sign = (id: string, level: PlacedSign['level'], order: number, areas: PlacedSign['areas'], sources: string[] = []): PlacedSign => ({
	id,
	level,
	order,
	areas,
	sources,
});
const fixture = [
	sign('scalp-hair', 'contact-clinic', 1, ['scalp'], ['s3']),
	sign('chin-smile', 'same-day', 2, ['chin'], ['s2']),
	sign('any-lump', 'same-day', 1, ['any'], ['s1', 's2']),
	sign('face-stroke', 'emergency', 2, ['face', 'eye', 'chin'], ['s4']),
	sign('any-allergy', 'emergency', 1, ['any'], ['s1']),
];
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('signsForAreas', () => {
	test('a chin article gets every "any" sign plus the chin signs, in rulebook order', () => {
		expect(ids(signsForAreas(fixture, ['chin', 'body']))).toEqual(['any-allergy', 'face-stroke', 'any-lump', 'chin-smile']);
	});

	test('a scalp article gets no face or chin signs', () => {
		expect(ids(signsForAreas(fixture, ['scalp']))).toEqual(['any-allergy', 'any-lump', 'scalp-hair']);
	});

	test('"all" gets every sign, for general pages', () => {
		expect(ids(signsForAreas(fixture, 'all'))).toEqual(['any-allergy', 'face-stroke', 'any-lump', 'chin-smile', 'scalp-hair']);
	});

	test('unknownAreas names what is not an area', () => {
		expect(unknownAreas(['chin', 'knee'])).toEqual(['knee']);
		expect(unknownAreas('all')).toEqual([]);
	});
});

describe('groupByLevel and signSources', () => {
	test('groups most urgent first, by order within a level, leaving out empty levels', () => {
		const groups = groupByLevel(signsForAreas(fixture, ['face']));
		expect(groups.map((group) => [group.level, ids(group.signs)])).toEqual([
			['emergency', ['any-allergy', 'face-stroke']],
			['same-day', ['any-lump']],
		]);
	});

	test('sources once each, in the order the signs cite them', () => {
		expect(signSources(signsForAreas(fixture, 'all'))).toEqual(['s1', 's4', 's2', 's3']);
	});
});

describe('getHelpNowGroups (the top of the FAQ page)', () => {
	test('lists only emergency and same-day signs, each linked to the first question in page order that links it', () => {
		const questions = [
			{ id: 'firm-lump', sign: 'any-lump' },
			{ id: 'bruising' },
			{ id: 'lump-weeks-later', sign: 'any-lump' },
			{ id: 'hair', sign: 'scalp-hair' },
		];
		const groups = getHelpNowGroups(fixture, questions);
		expect(groups.map((group) => [group.level, group.signs.map((s) => [s.id, s.question])])).toEqual([
			[
				'emergency',
				[
					['any-allergy', undefined],
					['face-stroke', undefined],
				],
			],
			[
				'same-day',
				[
					['any-lump', 'firm-lump'],
					['chin-smile', undefined],
				],
			],
		]);
	});
});

describe('helpBoxInBody', () => {
	test('finds no box in an article without one', () => {
		expect(helpBoxInBody('Text only.')).toEqual({ kind: 'none' });
	});

	test('reads the areas of a one-line box, or "all"', () => {
		expect(helpBoxInBody('Intro.\n\n<WhenToGetHelp areas={["face", "eye"]} />\n')).toEqual({ kind: 'box', areas: ['face', 'eye'] });
		expect(helpBoxInBody("<WhenToGetHelp areas={['chin']}/>")).toEqual({ kind: 'box', areas: ['chin'] });
		expect(helpBoxInBody('<WhenToGetHelp areas="all" />')).toEqual({ kind: 'box', areas: 'all' });
	});

	test('a hand-written box with signs inside says how to write it now', () => {
		const result = helpBoxInBody('<WhenToGetHelp>\n<CareLevel level="emergency">\n\n- Trouble breathing\n\n</CareLevel>\n</WhenToGetHelp>');
		expect(result).toEqual({
			kind: 'malformed',
			problem:
				'writes <WhenToGetHelp> with signs inside; the signs now come from content/red-flags.yaml, so write <WhenToGetHelp areas={["face", "eye"]} /> instead',
		});
	});

	test('unknown or missing areas, and a second box, are problems', () => {
		expect(helpBoxInBody('<WhenToGetHelp areas={["knee"]} />')).toEqual({
			kind: 'malformed',
			problem: 'gives <WhenToGetHelp> unknown areas "knee"; use some of any, face, chin, eye, body, scalp or areas="all"',
		});
		expect(helpBoxInBody('<WhenToGetHelp />').kind).toBe('malformed');
		expect(helpBoxInBody('<WhenToGetHelp areas={[]} />').kind).toBe('malformed');
		expect(helpBoxInBody('<WhenToGetHelp areas="all" />\n<WhenToGetHelp areas="all" />')).toEqual({
			kind: 'malformed',
			problem: 'has more than one <WhenToGetHelp>; an article has one box',
		});
	});
});
