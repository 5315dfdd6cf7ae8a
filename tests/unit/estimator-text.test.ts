// The estimator's sentences in Spanish: plurals from Intl.PluralRules, numbers from Intl.NumberFormat, and the
// goal's label as written (Spanish puts it where its grammar wants, never lower-cased into an English sentence).
import { describe, expect, test } from 'vitest';
import { estimatorText, verdictText } from '../../src/i18n/estimator-text.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { EstimateProblem } from '../../src/lib/estimator.ts';

const es = useTranslations('es').islands;
const text = estimatorText('es', es.estimator);

describe('Spanish ranges', () => {
	test('exact, range, up to and open-ended values, with the right plural', () => {
		expect(text.sessions({ min: 1, max: 1 })).toBe('1 sesión');
		expect(text.sessions({ min: 4, max: 4 })).toBe('4 sesiones');
		expect(text.sessions({ min: 3, max: 15 })).toBe('3 a 15 sesiones');
		expect(text.days({ max: 1 })).toBe('hasta 1 día');
		expect(text.sessions({ min: 21 })).toBe('21 sesiones o más');
		expect(text.sessions({})).toBe('sin cifra');
	});

	test('weeks are rounded from days and say "alrededor de"', () => {
		expect(text.weeks({ min: 45, max: 45 })).toBe('alrededor de 6 semanas');
		expect(text.weeks({ min: 7, max: 7 })).toBe('alrededor de 1 semana');
		expect(text.weeks({ min: 3, max: 11 })).toBe('hasta alrededor de 2 semanas');
		expect(text.weeks({ min: 14, max: 420 })).toBe('alrededor de 2 a 60 semanas');
	});

	test('large numbers are grouped the Spanish way', () => {
		expect(text.days({ min: 10_000, max: 10_000 })).toBe('10.000 días');
	});
});

describe('Spanish plans', () => {
	test('a plan in words, and how it compares with the sources', () => {
		expect(text.plan({ sessions: 4, intervalDays: 28 })).toBe('4 sesiones, cada 28 días');
		expect(text.plan({ sessions: 1, intervalDays: 28 })).toBe('1 sesión');
		expect(
			text.comparison({ sessions: 20, intervalDays: 3 }, { sessions: { min: 3, max: 15 }, intervalDays: { min: 7, max: 30 } }),
		).toEqual([
			'Un plan de 20 sesiones es más de lo que dicen las fuentes (3 a 15 sesiones).',
			'Un tiempo de 3 días entre sesiones es más corto de lo que dicen (7 a 30 días).',
		]);
	});

	test('problems with what was typed', () => {
		expect(text.planProblem('sessions', { min: 1, max: 40 })).toBe('Escriba un número entero de sesiones, del 1 al 40.');
		expect(text.startProblem('year-out-of-range')).toBe('Escriba una fecha entre los años 2000 y 2100.');
	});

	test('the verdict for calendar files in Spanish', () => {
		const verdict = {
			strength: 'no-benefit' as const,
			text: 'No halló ningún cambio.',
			sources: [{ id: 'a', short: 'Eyelid trial, 2011', title: 'T', kind: 'trial' as const }],
		};
		expect(verdictText(es.estimator, es.calendar, verdict)).toBe(
			'Sin beneficio en una prueba justa. No halló ningún cambio. (Eyelid trial, 2011)',
		);
	});
});

describe('why no estimate can be made, in each language', () => {
	const problems: EstimateProblem[] = [
		{ code: 'unknown-goal', goal: 'six-pack', goals: ['Celulitis', 'Caída del pelo'] },
		{ code: 'no-grades', goal: 'Caída del pelo' },
		{ code: 'grade-out-of-range', goal: 'Celulitis', from: 1, to: 3 },
		{ code: 'no-timed-figure', goal: 'Celulitis' },
	];

	test('Spanish words every problem, with the goals as a list and no English left', () => {
		expect(problems.map((problem) => text.estimateProblem(problem))).toEqual([
			'No tenemos cifras para «six-pack». Elija uno de estos objetivos: Celulitis o Caída del pelo.',
			'Caída del pelo: este objetivo no tiene grados. No elija ninguno.',
			'Celulitis: los grados van del 1 al 3.',
			'Celulitis: ninguna fuente da el tiempo entre sesiones.',
		]);
	});

	test('English keeps its sentences', () => {
		const english = estimatorText('en', useTranslations('en').islands.estimator);
		expect(english.estimateProblem({ code: 'unknown-goal', goal: 'six-pack', goals: ['Cellulite', 'Hair loss', 'Face'] })).toBe(
			'We have no figures for "six-pack". Choose one of: Cellulite, Hair loss or Face.',
		);
		expect(english.estimateProblem({ code: 'grade-out-of-range', goal: 'Cellulite', from: 1, to: 3 })).toBe(
			'Cellulite grades go from 1 to 3.',
		);
	});
});
