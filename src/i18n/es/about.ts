// La página «Quiénes somos». Las cifras llegan como números desde los archivos de contenido.
import type { Dictionary } from '../en/index.ts';

export const about: Dictionary['about'] = {
	title: 'Sobre esta web',
	breadcrumb: 'Quiénes somos',
	description:
		'Quién escribe esta web, cómo elegimos las fuentes, cómo revisamos los artículos, cómo medimos la facilidad de lectura y cómo avisar de un error.',
	lede: (siteName) =>
		`${siteName} explica la mesoterapia con palabras sencillas. Queremos que sepa lo que dicen los estudios antes de decidir nada.`,
	whoHeading: 'Quién la escribe',
	who: 'Un pequeño equipo editorial independiente escribe y revisa cada página. No somos una clínica. No vendemos tratamientos ni productos.',
	noneReviewed: 'Ningún profesional sanitario ha revisado aún ninguna página, y cada página lo dice en su recuadro de revisión.',
	someReviewed: (reviewed, pages) =>
		`${reviewed} de nuestras ${pages} páginas las ha revisado un profesional sanitario con nombre, tal como están ahora. El recuadro de revisión de cada página dice si la han revisado.`,
	clinicalReview:
		'Cuando un profesional sanitario revisa una página, la página muestra su nombre, su titulación, la fecha y, si lo hay, el registro público donde puede comprobarlo. Guardamos un registro de las palabras y las cifras exactas que revisó. Si cambiamos la página después, lo dirá («Ha cambiado desde su revisión clínica») hasta que un profesional la revise de nuevo.',
	translations:
		'Las páginas en español son traducciones de las páginas en inglés. Cada una dice de qué versión en inglés sale y le avisa cuando la página en inglés ha cambiado después. Ningún profesional sanitario de habla hispana las ha revisado aún.',
	howWeWriteHeading: 'Cómo elegimos las fuentes y cómo escribimos',
	startStrong: 'Empezamos por las fuentes más fuertes que encontramos y seguimos hacia abajo:',
	sourceOrder: [
		'Organismos reguladores y gobiernos, como el NHS (el sistema de salud público del Reino Unido), el regulador de medicamentos del Reino Unido (MHRA) y la agencia de medicamentos de EE. UU. (FDA).',
		'Sociedades profesionales de médicos y cirujanos.',
		'Revisiones sistemáticas, que reúnen todos los estudios sobre una pregunta.',
		'Estudios sueltos y casos clínicos.',
		'Webs de salud para el público, solo cuando no hay nada más fuerte.',
	],
	adverts:
		'Mucho de lo que se lee en internet sobre la mesoterapia sale de anuncios de clínicas. Parte es falso; por ejemplo, que no tiene efectos secundarios. Solo usamos los anuncios para saber lo que se le dice a la gente, y explicamos lo que muestran los estudios.',
	ownWords:
		'Cada dato dice cuál es su fuente. Cuando las fuentes no están de acuerdo, mostramos cada postura. Escribimos cada página con nuestras propias palabras.',
	links: (linked, total, unlinked) => [
		`Enlazamos a la editorial, la revista, el registro de PubMed o el organismo original siempre que pudimos confirmar su dirección web oficial. Son ${linked} de nuestras ${total} fuentes. Para las otras ${unlinked}, nuestra `,
		{ link: '/sources/', text: 'página de fuentes' },
		' da la referencia completa y explica por qué no hay enlace. Nunca enlazamos a copias.',
	],
	reviewCycleHeading: 'Cada cuánto revisamos',
	reviewCycle: (months) =>
		`Cada artículo dice cuándo lo revisamos por última vez y cuándo toca la próxima revisión. La próxima revisión nunca está a más de ${months} meses. Si una revisión se retrasa, la página lo dice arriba hasta que el equipo la revise, para que sepa que parte puede estar desfasada.`,
	history: [
		'Cada página termina con su historial: lo que cambiamos y cuándo. ',
		{ link: '/updates/', text: 'Todos los cambios' },
		' aparecen juntos, y ',
		{ link: '/corrections/', text: 'todas las correcciones' },
		' tienen su propia lista.',
	],
	readingLevelHeading: 'Facilidad de lectura',
	readingGuidance: [
		'Las guías de salud dicen que la información para pacientes debe ser fácil de leer. Para los mensajes de seguridad clave, aconsejan escribir para un nivel escolar de unos 11 o 12 años (grado 6 en EE. UU.) o menos, y nunca por encima de unos 12 a 14 años (grados 7 a 8).',
		{ cite: 'epa-readability' },
		' Muchas webs de salud son mucho más difíciles.',
		{ cite: 'eltorai-2015-readability' },
		{ cite: 'agarwal-2013-readability' },
	],
	readingMeasure: (limit) =>
		`Medimos cada artículo en español con la fórmula de Fernández-Huerta. Tiene en cuenta lo largas que son las frases y cuántas sílabas tienen las palabras. Da una cifra de 0 (muy difícil) a 100 (muy fácil); de 60 a 70 es un texto normal. La web no publica ningún artículo ni ninguna respuesta por debajo de ${limit}, y cada artículo muestra su cifra arriba.`,
	formulaLimits: [
		'Una fórmula no sabe si una página tiene sentido. Se la puede engañar con palabras cortas que siguen siendo difíciles de entender. Por eso también usamos palabras sencillas, explicamos los términos médicos y damos los consejos más importantes en pocas palabras.',
		{ cite: 'nih-clear-and-simple' },
		' Las frases cortas y las palabras menos largas hacen más fáciles de leer las páginas de salud.',
		{ cite: 'asmr-2023-readability' },
	],
	moneyHeading: 'Dinero y conflictos de intereses',
	money:
		'No tenemos ninguno que declarar. No mostramos anuncios, no usamos enlaces de afiliados y no aceptamos dinero de clínicas ni de fabricantes. Las clínicas pueden poner nuestra calculadora de sesiones gratuita en su web. Muestra los mismos datos y avisos que esta web, y no recoge ningún dato de quienes la visitan.',
	privacyHeading: 'Privacidad',
	privacy: 'Esta web no usa cookies, ni estadísticas de visitas, ni rastreadores. La búsqueda funciona dentro de su navegador.',
	reportHeading: 'Avisar de un error',
	report: (email) => [
		'Si cree que algo de esta web está mal o desfasado, escriba a ',
		{ link: `mailto:${email}`, text: email },
		'. Díganos la página y, si puede, una fuente. Revisamos cada aviso y corregimos los errores a la vista de todos.',
	],
	noAdvice: [
		'No podemos dar consejos médicos personales por correo. Si se encuentra mal tras un tratamiento, lea ',
		{ link: '/side-effects/', text: 'cuándo pedir ayuda' },
		'.',
	],
};
