import { describe, expect, test } from 'vitest';
import { countSpanishSyllables, spanishReadingEase } from '../../src/lib/readability-es.ts';

describe('countSpanishSyllables', () => {
	test('one syllable per vowel group, with diphthongs kept together', () => {
		// Hand-split: piel (1), po-ne (2), ro-ja (2), mo-re-to-nes (4), sue-len (2), cau-sa (2), ciu-dad (2), a-gua (2).
		const words = { piel: 1, pone: 2, roja: 2, moretones: 4, suelen: 2, causa: 2, ciudad: 2, agua: 2, hoy: 1, muy: 1, y: 1 };
		for (const [word, syllables] of Object.entries(words)) expect(countSpanishSyllables(word), word).toBe(syllables);
	});

	test('two strong vowels or an accented í/ú split into two syllables (hiatus)', () => {
		// le-er (2), ca-o-ti-co (4, "caótico" has ó: ca-ó-ti-co), dí-a (2), re-ú-ne (3), ma-íz (2), pe-or (2), ac-ción (2).
		const words = { leer: 2, caótico: 4, día: 2, reúne: 3, maíz: 2, peor: 2, acción: 2, mesoterapia: 5, mesoterapía: 6 };
		for (const [word, syllables] of Object.entries(words)) expect(countSpanishSyllables(word), word).toBe(syllables);
	});

	test('qu, gu and güe keep their vowels in one syllable', () => {
		expect(countSpanishSyllables('que')).toBe(1);
		expect(countSpanishSyllables('guerra')).toBe(2);
		expect(countSpanishSyllables('pingüino')).toBe(3);
	});
});

describe('spanishReadingEase', () => {
	test('"La piel se pone roja.": 5 words, 7 syllables, 1 sentence → 206.84 − 0.60 × 140 − 1.02 × 5 = 117.7', () => {
		expect(spanishReadingEase('La piel se pone roja.')).toEqual({ sentences: 1, words: 5, syllables: 7, ease: 117.7 });
	});

	test('two sentences: 9 words, 22 syllables → 206.84 − 0.60 × 244.4 − 1.02 × 4.5 = 55.6', () => {
		// Los(1) mo-re-to-nes(4) son(1) co-mu-nes(3): 4 words, 9 syllables.
		// Sue-len(2) de-sa-pa-re-cer(5) en(1) u-nas(2) se-ma-nas(3): 5 words, 13 syllables.
		const text = 'Los moretones son comunes. Suelen desaparecer en unas semanas.';
		expect(spanishReadingEase(text)).toEqual({ sentences: 2, words: 9, syllables: 22, ease: 55.6 });
	});

	test('"EE. UU." and "p. ej." do not end a sentence; "no." does', () => {
		expect(spanishReadingEase('La FDA de EE. UU. lo aprobó. Eso no.').sentences).toBe(2);
		expect(spanishReadingEase('Hay zonas, p. ej. la barbilla.').sentences).toBe(1);
	});

	test('long words and long sentences read harder than short ones', () => {
		const hard =
			'La administración intradérmica de formulaciones farmacológicas heterogéneas carece de justificación científica suficientemente contrastada en la literatura especializada internacional.';
		expect(spanishReadingEase(hard).ease).toBeLessThan(30);
		expect(spanishReadingEase('Es un pinchazo. Duele poco.').ease).toBeGreaterThan(90);
	});

	test('no text has no score', () => {
		expect(spanishReadingEase('')).toEqual({ sentences: 0, words: 0, syllables: 0, ease: 0 });
	});
});
