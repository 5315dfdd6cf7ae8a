import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { translateTreatment, type TreatmentText } from '../../src/lib/treatments-locale.ts';

const read = <T>(path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;
interface English {
	id: string;
	label: string;
	verdict: { text: string };
	grades?: { description: string }[];
	figures: { note: string; sessions: unknown; source?: unknown; approval?: { text: string } }[];
	caveats: { text: string }[];
	maintenance: { text: string }[];
}
const ENGLISH = read<English[]>('content/treatments.yaml');
const SPANISH = read<(TreatmentText & { id: string })[]>('content/es/treatments.yaml');

describe('translateTreatment over the real files', () => {
	test.each(ENGLISH.map((goal) => [goal.id, goal] as const))('%s: Spanish words, English numbers and sources', (id, english) => {
		const text = SPANISH.find((entry) => entry.id === id)!;
		const spanish = translateTreatment(id, english, text);
		expect(spanish.label).toBe(text.label);
		expect(spanish.verdict.text).toBe(text.verdict);
		expect(spanish.caveats.map((caveat) => caveat.text)).toEqual(text.caveats);
		expect(spanish.maintenance.map((statement) => statement.text)).toEqual(text.maintenance);
		expect(spanish.figures.map((figure) => figure.note)).toEqual(text.figures.map((figure) => figure.note));
		// What is not words stays English's.
		expect(spanish.figures.map((figure) => [figure.sessions, figure.source])).toEqual(
			english.figures.map((figure) => [figure.sessions, figure.source]),
		);
		expect({ ...spanish.verdict, text: undefined }).toEqual({ ...english.verdict, text: undefined });
	});
});

describe('translateTreatment refuses a translation out of step', () => {
	const english = {
		label: 'Cellulite',
		verdict: { text: 'No clear benefit.', strength: 'unproven' },
		figures: [{ note: 'A web page.', approval: { approved: false, text: 'Not approved.' } }],
		caveats: [{ text: 'No standard plan.' }],
		maintenance: [{ text: 'No source.' }],
	};
	const text: TreatmentText = {
		label: 'Celulitis',
		verdict: 'Sin beneficio claro.',
		figures: [{ note: 'Una web.', approval: 'No aprobado.' }],
		caveats: ['No hay plan estándar.'],
		maintenance: ['Ninguna fuente.'],
	};

	test('a matching translation replaces the words only', () => {
		expect(translateTreatment('cellulite', english, text)).toEqual({
			label: 'Celulitis',
			verdict: { text: 'Sin beneficio claro.', strength: 'unproven' },
			grades: undefined,
			figures: [{ note: 'Una web.', approval: { approved: false, text: 'No aprobado.' } }],
			caveats: [{ text: 'No hay plan estándar.' }],
			maintenance: [{ text: 'Ninguna fuente.' }],
		});
	});

	test('a missing caveat or an approval English does not have stops it, naming the goal', () => {
		expect(() => translateTreatment('cellulite', english, { ...text, caveats: [] })).toThrow(/"cellulite" has 0 caveats, English has 1/);
		expect(() => translateTreatment('cellulite', english, { ...text, figures: [{ note: 'Una web.' }] })).toThrow(/figure 1/);
	});
});
