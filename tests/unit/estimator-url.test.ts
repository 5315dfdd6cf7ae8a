import { describe, expect, test } from 'vitest';
import { estimatorText } from '../../src/i18n/estimator-text.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { estimatorQuery, parseEstimatorQuery, quoteValue } from '../../src/lib/estimator-url.ts';

const english = estimatorText('en', useTranslations('en').islands.estimator);
const spanish = estimatorText('es', useTranslations('es').islands.estimator);
/** The notes as a reader sees them, in English. */
const notesOf = (...args: Parameters<typeof parseEstimatorQuery>) => parseEstimatorQuery(...args).notes.map(english.linkNote);

const goals = [
	{ id: 'fat-reduction', label: 'Fat reduction' },
	{ id: 'cellulite', label: 'Cellulite', grades: [1, 2, 3].map((id) => ({ id, description: `grade ${id}` })) },
];

describe('parseEstimatorQuery', () => {
	test('reads a full, valid plan', () => {
		expect(parseEstimatorQuery('?goal=cellulite&grade=2&start=2027-01-10&sessions=10&every=14', goals)).toEqual({
			state: { goal: 'cellulite', grade: 2, start: '2027-01-10', sessions: 10, every: 14 },
			notes: [],
		});
	});

	test('no query means no state and no notes; unknown keys are ignored quietly', () => {
		expect(parseEstimatorQuery('', goals)).toEqual({ state: {}, notes: [] });
		expect(parseEstimatorQuery('?utm_source=newsletter', goals)).toEqual({ state: {}, notes: [] });
	});

	test('each bad value is dropped with a note that quotes it, and the good ones are kept', () => {
		const { state, notes } = parseEstimatorQuery('?goal=cellulite&grade=7&start=2027-02-30&sessions=abc&every=0', goals);
		expect(state).toEqual({ goal: 'cellulite' });
		expect(notes.map(english.linkNote)).toEqual([
			`The link's grade ("7") is not a cellulite grade (they go from 1 to 3), so we left it out.`,
			`The link's start date ("2027-02-30") is not a real date written as YYYY-MM-DD, so we left it out.`,
			`The link's number of sessions ("abc") is not a whole number from 1 to 40, so we left it out.`,
			`The link's days between sessions ("0") is not a whole number from 1 to 120, so we left it out.`,
		]);
	});

	test('an unknown goal, and a grade for a goal without grades or without a goal, are explained', () => {
		expect(notesOf('?goal=banana', goals)).toEqual([`The link's goal ("banana") is not one we have figures for, so we left it out.`]);
		expect(notesOf('?goal=fat-reduction&grade=2', goals)).toEqual([
			`The link's grade ("2") does not apply to fat reduction, so we left it out.`,
		]);
		expect(notesOf('?grade=2', goals)).toEqual([`The link's grade ("2") needs a goal that has grades, so we left it out.`]);
	});

	test('numbers must be written plainly: no decimals, exponents, signs or spaces', () => {
		for (const bad of ['2.5', '1e1', '-3', '+3', ' 3', '0x10', '']) {
			expect(parseEstimatorQuery(`?sessions=${encodeURIComponent(bad)}`, goals).state.sessions, bad).toBeUndefined();
		}
	});

	test('hostile values are quoted back short and without control or direction characters', () => {
		const notes = notesOf(`?goal=${encodeURIComponent('<script>alert(1)</script>\u202E\u0000'.repeat(50))}`, goals);
		expect(notes).toHaveLength(1);
		expect(notes[0]).toContain('"<script>alert(1)</script><scri…"');
		expect(notes[0]).not.toContain('\u202E');
		expect(notes[0]).not.toContain('\u0000');
	});
});

describe('the notes in Spanish', () => {
	test('each part and reason in Spanish, with numbers and the goal as written', () => {
		const spanishGoals = [{ id: 'cellulite', label: 'Celulitis', grades: goals[1]!.grades }];
		expect(parseEstimatorQuery('?goal=cellulite&grade=7&every=0', spanishGoals).notes.map(spanish.linkNote)).toEqual([
			'El dato «grado» del enlace ("7") no es un grado de este objetivo (Celulitis); los grados van del 1 al 3, así que no lo usamos.',
			'El dato «días entre sesiones» del enlace ("0") no es un número entero del 1 al 120, así que no lo usamos.',
		]);
	});
});

describe('quoteValue', () => {
	test('keeps short values whole and cuts long ones at 30 characters without splitting emoji', () => {
		expect(quoteValue('abc')).toBe('"abc"');
		expect(quoteValue('😀'.repeat(40))).toBe(`"${'😀'.repeat(30)}…"`);
	});
});

describe("parseEstimatorQuery on a page with its own goal (an article's estimator)", () => {
	test('a link without the goal checks its grade against the page goal, so an older shared link keeps its grade', () => {
		expect(parseEstimatorQuery('?grade=3&start=2027-02-01', goals, 'cellulite')).toEqual({
			state: { grade: 3, start: '2027-02-01' },
			notes: [],
		});
	});

	test('a goal named in the link wins over the page goal', () => {
		expect(notesOf('?goal=fat-reduction&grade=3', goals, 'cellulite')).toEqual([
			`The link's grade ("3") does not apply to fat reduction, so we left it out.`,
		]);
	});

	test('an unknown goal in the link is not replaced by the page goal', () => {
		expect(parseEstimatorQuery('?goal=banana&grade=3', goals, 'cellulite').state).toEqual({});
	});
});

describe('estimatorQuery', () => {
	test("a page's own goal alone adds nothing; with a grade or a date it is written, so the link rebuilds the view", () => {
		expect(estimatorQuery({ goal: 'cellulite' }, 'cellulite')).toBe('');
		expect(estimatorQuery({ goal: 'cellulite', grade: 3, start: '2027-02-01' }, 'cellulite')).toBe(
			'?goal=cellulite&grade=3&start=2027-02-01',
		);
		expect(parseEstimatorQuery(estimatorQuery({ goal: 'cellulite', grade: 3 }, 'cellulite'), goals).state).toEqual({
			goal: 'cellulite',
			grade: 3,
		});
		expect(estimatorQuery({ goal: 'fat-reduction' }, 'cellulite')).toBe('?goal=fat-reduction');
	});

	test('writes only what is set, in a stable order, and reads back the same', () => {
		const state = { goal: 'cellulite', grade: 3, start: '2027-01-10', sessions: undefined, every: 21 };
		const query = estimatorQuery(state);
		expect(query).toBe('?goal=cellulite&grade=3&start=2027-01-10&every=21');
		expect(parseEstimatorQuery(query, goals).state).toEqual({ goal: 'cellulite', grade: 3, start: '2027-01-10', every: 21 });
		expect(estimatorQuery({})).toBe('');
	});
});
