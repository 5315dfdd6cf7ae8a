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
	configurator: {
		formLabel: 'Ajustes del widget',
		example: { clinicName: 'Clínica Amanecer', ctaLabel: 'Pedir una consulta' },
		labels: {
			'clinic-name': 'Nombre de la clínica',
			'cta-url': 'Enlace del botón',
			'cta-label': 'Texto del botón',
			accent: 'Color de acento',
			lang: 'Idioma',
		},
		hints: {
			'clinic-name': 'Texto simple, de hasta {max} caracteres. Se muestra como "Compartido por …".',
			'cta-url': 'Su página para pedir cita o de contacto. Debe empezar por https://. Déjelo vacío si no quiere botón.',
			'cta-label': 'Hasta {max} caracteres. Solo se muestra con un enlace.',
			lang: 'El idioma del widget y de las páginas a las que enlaza. Las cifras y las fuentes son las mismas en todos los idiomas.',
		},
		problems: {
			'clinic-name': 'clinic-name debe ser texto simple de como máximo {max} caracteres; no se muestra ningún nombre',
			'cta-url': 'cta-url debe ser una dirección https:// de como máximo {max} caracteres; no se muestra ningún botón',
			'cta-label': 'cta-label debe ser texto simple de como máximo {max} caracteres; se muestra el texto por defecto',
			accent: 'accent debe ser un color hexadecimal, como #0a7f5a; se usa el color por defecto',
			lang: 'lang debe ser uno de estos: {languages}; se usa {default}',
		},
		errorPrefix: 'Error: ',
		accentHint: {
			white: 'El texto del botón será blanco, con un contraste de {ratio} a 1.',
			black: 'El texto del botón será negro, con un contraste de {ratio} a 1.',
		},
		goals: 'Objetivos que se muestran',
		goalsHint: 'No marque ninguno para mostrar todos los objetivos.',
		snippetHeading: 'Su código',
		pin: 'Fijar la versión {version} (integridad de subrecursos)',
		pinHint:
			'Una versión fijada no cambia nunca, y el navegador la comprueba byte a byte. Solo recibe nuestras correcciones cuando actualiza el código.',
		copy: 'Copiar el código',
		copied: 'Copiado. Péguelo en su página donde quiera que aparezca el estimador.',
		copyBlocked: 'Su navegador no dejó copiar. El código está seleccionado: pulse Ctrl+C (o Cmd+C) para copiarlo.',
		plainFrame: '¿No se permiten scripts de fuera? Use un marco simple',
		plainFrameText:
			'Este marco tiene una altura fija, así que lo que abra un visitante se desplaza dentro de él. Añada esto a su hoja de estilos para su ancho y una altura que sirva en teléfonos y computadoras:',
		frameStyles: 'Estilos del marco',
		frameSnippet: 'Código del marco simple',
		preview: 'Vista previa',
		previewHint: 'Este es el widget real, tal como lo verán sus visitantes.',
	},
	embedPage: {
		title: 'Estimador de sesiones',
		description:
			'Lo que hallaron las mejores pruebas para cada objetivo de la mesoterapia, y cuántas sesiones indican los estudios y las webs de salud, cada cuánto y por cuánto tiempo.',
		everyGoal: 'Las cifras de todos los objetivos',
		fromBefore: 'De ',
		fromAfter:
			', un sitio independiente de información para pacientes. La clínica que lo muestra no lo escribió. Es solo para aprender: no es un presupuesto, ni un diagnóstico, ni un consejo médico, y no puede decirle si el tratamiento le funcionará.',
	},
};
