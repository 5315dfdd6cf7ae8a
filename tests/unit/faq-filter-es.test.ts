// The FAQ filter on Spanish questions: accents optional, Spanish endings and plurals, typos. The fixtures have no
// keywords, so every match below comes from the matching rules, not from a keyword list.
import { describe, expect, test } from 'vitest';
import { createFaqIndex, filterFaq, NO_FILTER, normalize, spanishStem, type FaqFilterItem } from '../../src/lib/faq-filter.ts';

const ITEMS: FaqFilterItem[] = [
	{
		id: 'bruising',
		question: 'Tengo moretones donde entraron las agujas. ¿Es normal?',
		answer: 'Sí. Los moretones son uno de los efectos secundarios más frecuentes.',
		keywords: [],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'swelling',
		question: '¿Es normal la hinchazón tras la mesoterapia?',
		answer: 'Es frecuente algo de hinchazón donde entraron las agujas. Suele bajar sola.',
		keywords: [],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'itching',
		question: '¿Por qué me pica la piel después de la mesoterapia?',
		answer: 'Una picazón leve donde entraron las agujas es frecuente.',
		keywords: [],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'hot-skin',
		question: 'La piel tratada está caliente y me duele más. ¿Es una infección?',
		answer: 'Vea a un médico hoy. Puede ser una infección de la piel.',
		keywords: [],
		category: 'infection',
		urgency: 'same-day',
	},
	{
		id: 'small-bumps',
		question: 'Tengo bultitos donde entraron las agujas. ¿Qué son?',
		answer: 'Suelen bajar solos en unos días.',
		keywords: [],
		category: 'first-days',
		urgency: 'expected',
	},
	{
		id: 'pregnancy',
		question: '¿Puedo hacerme mesoterapia si estoy embarazada?',
		answer: 'No hay estudios que muestren que sea segura durante el embarazo. Tampoco para un niño pequeño.',
		keywords: [],
		category: 'before-treatment',
	},
];
const index = createFaqIndex(ITEMS, 'es');
const shown = (query: string) => filterFaq(index, { ...NO_FILTER, query }).ids;

describe('spanishStem: endings, plurals and genders of one word meet', () => {
	test.each([
		[['moretón', 'moretones', 'moreton'], 'moreton'],
		[['hinchazón', 'hinchazones', 'hinchado', 'hinchada', 'hinchados'], 'hinch'],
		[['picazón', 'pica', 'picar'], 'pic'],
		[['infección', 'infecciones', 'infeccion'], 'infec'],
		[['bulto', 'bultos', 'bultito', 'bultitos'], 'bult'],
		[['embarazada', 'embarazadas', 'embarazo'], 'embaraz'],
		[['doloroso', 'dolorosa', 'dolores', 'dolor'], 'dolor'],
		[['muerte', 'murió', 'muerto'], 'morir'],
	])('%j all stem to %s', (forms, expected) => {
		for (const form of forms) expect(spanishStem(normalize(form)), form).toBe(expected);
	});
});

describe('filterFaq in Spanish', () => {
	test('accents are optional, in what is typed and in the text', () => {
		expect(shown('moretón')).toEqual(['bruising']);
		expect(shown('moreton')).toEqual(['bruising']);
		expect(shown('infeccion')).toEqual(['hot-skin']);
		expect(shown('INFECCIÓN')).toEqual(['hot-skin']);
		expect(shown('picazon')).toEqual(['itching']);
	});

	test('plurals, genders and other endings find the same question', () => {
		expect(shown('moretones')).toEqual(['bruising']);
		expect(shown('hinchado')).toEqual(['swelling']);
		expect(shown('hinchada')).toEqual(['swelling']);
		expect(shown('bulto')).toEqual(['small-bumps']);
		expect(shown('infecciones')).toEqual(['hot-skin']);
		expect(shown('embarazo')).toEqual(['pregnancy']);
	});

	test('ñ may be typed as n', () => {
		expect(shown('pequeno')).toEqual(['pregnancy']);
		expect(shown('pequeño')).toEqual(['pregnancy']);
	});

	test('common misspellings still find their question', () => {
		expect(shown('hinchason')).toEqual(['swelling']);
		expect(shown('picason')).toEqual(['itching']);
		expect(shown('infexion')).toEqual(['hot-skin']);
		expect(shown('moreton')).toEqual(['bruising']);
	});

	test('Spanish little words and the words every question shares are ignored', () => {
		expect(shown('hinchazón después de la mesoterapia')).toEqual(['swelling']);
		expect(shown('¿es normal tener moretones tras las inyecciones?')).toEqual(['bruising']);
	});

	test('English rules are not applied to Spanish: "pica" is not taken as a typo of another word', () => {
		expect(shown('pica')).toEqual(['itching']);
	});
});
