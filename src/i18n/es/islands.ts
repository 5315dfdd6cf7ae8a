// Las palabras de las partes interactivas, en español neutro y de "usted" (ver src/i18n/en/islands.ts).
import type { IslandWords } from '../en/islands.ts';

export const islands: IslandWords = {
	faqFilter: {
		formLabel: 'Filtrar las preguntas',
		boxLabel: 'Filtrar las preguntas',
		hint: 'Escriba una palabra, como moretón, bulto o picor. No hace falta escribirla perfecta ni con tildes.',
		moreFilters: 'Filtrar por tema o urgencia',
		topics: 'Temas',
		urgency: 'Qué tan urgente',
		anyUrgency: 'Cualquier urgencia',
		bestMatches: 'Mejores resultados, lo más urgente primero:',
		openAll: 'Abrir todas las respuestas',
		closeAll: 'Cerrar todas las respuestas',
		clear: 'Quitar los filtros',
		count: { one: 'Mostrando {shown} de {count} pregunta', other: 'Mostrando {shown} de {count} preguntas' },
		matchNotes: {
			some: 'Ninguna pregunta tiene todas sus palabras, así que estas son las más cercanas.',
			nothing:
				'Revise cómo lo escribió, pruebe con una sola palabra o quite los filtros. Si está preocupado, vea las señales al principio de la página.',
		},
	},
};
