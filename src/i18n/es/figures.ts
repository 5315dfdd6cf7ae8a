// Las palabras de las figuras de los artículos: la tabla comparativa y los dos diagramas.
import type { Dictionary } from '../en/index.ts';

export const figures: Dictionary['figures'] = {
	comparison: {
		captionTitle: 'Tratamientos para la grasa y la figura, uno al lado del otro.',
		caption: 'El número de sesiones es lo que dicen las fuentes, no un estándar.',
		treatment: 'Tratamiento',
		columns: {
			whatItIs: 'Qué es',
			approval: 'Aprobación',
			evidence: 'Pruebas',
			sessions: 'Sesiones citadas',
			downtime: 'Tiempo de baja después',
			mainRisks: 'Riesgos principales',
		},
		sources: 'Fuentes',
	},
	skinLayers: {
		title: 'Las capas de la piel y hasta dónde llegan las inyecciones',
		description:
			'Un corte de piel. Arriba está la capa externa, fina (epidermis). Debajo está la capa media, más gruesa (dermis). Debajo hay una capa de grasa (grasa subcutánea) y después el músculo. Una aguja corta llega a entre 1 y 4 milímetros, dentro de la dermis, que es donde se suele poner la mesoterapia para la piel. Una aguja más larga llega hasta la grasa, que es donde van las inyecciones para disolver grasa. En la piel fina, como la de debajo de los ojos, incluso una aguja corta puede llegar a la grasa.',
		labels: {
			epidermis: ['Capa externa (epidermis)'],
			dermis: ['Capa media (dermis)'],
			fat: ['Grasa bajo la piel', '(grasa subcutánea)'],
			muscle: ['Músculo'],
			shallow: ['De 1 a 4 mm:', 'mesoterapia para la piel'],
			deep: ['Más hondo: inyecciones', 'para disolver grasa'],
		},
		captionTitle: 'Dónde entra la aguja.',
		caption:
			'La mesoterapia para la piel se suele poner a entre 1 y 4 mm de profundidad, en la capa media de la piel (dermis). Las inyecciones para disolver grasa van más hondo, a la grasa que hay bajo la piel. Las capas no están dibujadas a escala, y su grosor cambia de una persona a otra y de una zona a otra. En la piel fina, como la de debajo de los ojos, incluso una aguja poco profunda puede llegar a la grasa.',
	},
	bodyAreas: {
		title: 'Zonas del cuerpo por las que pregunta la gente',
		description: 'La silueta de una persona con líneas que señalan las zonas que se nombran en el pie de la figura.',
		labels: {
			scalp: 'Cuero cabelludo (caída del pelo)',
			face: 'Cara (calidad de la piel)',
			eyes: 'Bajo los ojos (bolsas)',
			chin: 'Bajo la barbilla (papada)',
			arms: 'Parte de arriba de los brazos',
			tummy: 'Tripa (abdomen)',
			hips: 'Caderas y nalgas',
			thighs: 'Muslos (grasa y celulitis)',
		},
		captionTitle: 'Zonas por las que pregunta la gente:',
		caption:
			'el cuero cabelludo (por la caída del pelo), la cara (por la calidad de la piel), bajo los ojos (por las bolsas), bajo la barbilla, la parte de arriba de los brazos, la tripa (abdomen), las caderas y las nalgas, y los muslos (por la grasa y la celulitis).',
	},
};
