// La página «Para clínicas». Los límites, tamaños y direcciones llegan desde src/lib/embed-*.ts.
import type { Dictionary } from '../en/index.ts';
import { rich } from '../rich.ts';

export const clinics: Dictionary['clinics'] = {
	title: 'La calculadora de sesiones para clínicas',
	breadcrumb: 'Para clínicas',
	description:
		'Muestre nuestra calculadora de sesiones de mesoterapia en la web de su clínica: gratis, sin cookies y sin rastreo. Configúrela, copie el código y revise su CSP.',
	heading: 'La calculadora de sesiones en su web',
	lede: 'Muestre a sus visitantes lo que dicen los estudios y las webs de salud sobre las sesiones de mesoterapia: cuántas, cada cuánto y durante cuánto tiempo. Es gratis, no usa cookies y no rastrea a nadie. Solo tiene que pegar un fragmento de código.',
	whatItIsHeading: 'Qué es y qué no es',
	whatItIs: (phoneHeight) => [
		rich([
			'Es la misma ',
			{ link: '/estimator/', text: 'calculadora de sesiones' },
			' que usan los lectores de esta web, dentro de un marco en su página.',
		]),
		rich([
			'Sirve para informarse. Muestra rangos de estudios y webs de salud, con sus fuentes, y dice claramente que no existe un plan estándar.',
		]),
		rich([
			'Para cada objetivo empieza por lo que hallaron las mejores pruebas justas, antes de dar ninguna cifra. Para algunos objetivos, esa prueba no halló ningún beneficio, y la calculadora lo dice.',
		]),
		rich([
			'No es un presupuesto, ni un diagnóstico, ni un plan de tratamiento. No puede decir si un tratamiento le servirá a nadie. Los avisos se ven siempre; las fuentes, cada cifra y un calendario se abren con un toque. No se puede ocultar ninguno.',
		]),
		rich([
			'Muestra el nombre de su clínica («Compartido por…») y, si quiere, un botón a su página de citas. El botón dice adónde lleva («Pedir una consulta — suclinica.example»). La calculadora dice que no la ha escrito la clínica. No revisamos ni recomendamos clínicas.',
		]),
		rich([
			`Ocupa poco: en un móvil empieza con ${phoneHeight} píxeles de alto como mucho, con lo que hallaron las mejores pruebas y las cifras primero. Reserva su espacio desde el principio, para que su página no salte cuando aparece.`,
		]),
	],
	setUpHeading: 'Configúrela',
	setUp:
		'Rellene el formulario. La vista previa es la calculadora de verdad, y el código se actualiza mientras escribe. Pegue el código en su página, donde quiera que aparezca la calculadora.',
	settingsHeading: 'Los ajustes',
	settingsIntro:
		'Cada ajuste se comprueba dos veces: con el script de su página y otra vez con nuestra página dentro del marco. Un valor que no pasa la comprobación se descarta, y la consola del navegador explica por qué. Ningún ajuste puede añadir código HTML, scripts ni estilos a ninguna de las dos páginas.',
	settings: {
		clinicName: (max) => rich([`Texto simple, de hasta ${max} caracteres. Lo que parezca HTML se muestra como texto.`]),
		ctaUrl: (max) =>
			rich([
				'Una dirección ',
				{ code: 'https://' },
				` para su botón, de hasta ${max} caracteres. Con cualquier otra dirección (http, javascript:, data:) no hay botón. El botón muestra el dominio de la dirección después de su texto.`,
			]),
		ctaLabel: (max, defaultLabel) =>
			rich([`El texto del botón, de hasta ${max} caracteres. Si no lo pone, el botón dice «${defaultLabel}».`]),
		accent: rich([
			'Un color hexadecimal, como ',
			{ code: '#0a7f5a' },
			', para el borde de arriba, el calendario y el botón. El texto del botón se pone en negro o en blanco, el que se lea mejor sobre ese color.',
		]),
		goals: (goalIds, max) =>
			rich([
				'Los objetivos que quiere ofrecer, separados por comas, en el orden que prefiera: ',
				...goalIds.flatMap((id, index) => [...(index > 0 ? [', '] : []), { code: id }]),
				`. Los objetivos desconocidos, y los que pasen de los ${max} primeros, se descartan con un aviso en la consola; si no queda ninguno, se muestran todos.`,
			]),
		lang: (languages) =>
			rich([
				'El idioma de la calculadora: ',
				...languages.flatMap(({ code, name }, index) => [...(index > 0 ? [', '] : []), { code }, ` (${name})`]),
				'. Puede llevar región (',
				{ code: 'es-MX' },
				' es español). Sin este ajuste, o con un idioma que no tenemos, la calculadora sale en inglés; con un idioma desconocido, la consola lo avisa.',
			]),
	},
	pinHeading: 'Fijar una versión',
	pin: (loaderPath, version) =>
		rich([
			{ code: loaderPath },
			` es siempre nuestra última versión, así que recibe las correcciones sin cambiar nada. Si sus normas piden scripts que nunca cambien, marque arriba la opción de fijar la versión ${version}, o use esta línea en lugar del script del código. Esa versión se queda para siempre en su dirección, y el navegador la rechaza si cambia un solo byte:`,
		]),
	pinnedLabel: 'Script con versión fija',
	failsHeading: 'Si algo falla',
	fails: (seconds) => [
		`Hasta que la calculadora está lista, sus visitantes ven el enlace que hay dentro del código (o, si lo quitó, un enlace que añadimos nosotros). Si la calculadora no ha aparecido a los ${seconds} segundos, por ejemplo porque nuestra web no funciona, el enlace se queda y la consola del navegador explica por qué.`,
		'Nuestro script reserva el espacio de la calculadora en cuanto se ejecuta. Para reservarlo incluso antes, y que nada se mueva en su página, añada esto a su hoja de estilos (si nuestra web no funciona, el espacio se queda, con el enlace arriba):',
	],
	stylesLabel: 'Estilos opcionales',
	plainFrameHeading: 'Sin scripts de otras webs',
	plainFrame: (height) =>
		`Si su web no puede cargar scripts de otras webs, use arriba el marco simple, en la opción para webs que no permiten scripts de fuera. No puede crecer con su contenido, así que dele las alturas de abajo (el formulario también las muestra): ${height} píxeles bastan para la calculadora en un móvil antes de que el visitante abra nada, y en pantallas más anchas hace falta menos. Lo que el visitante abra se desplaza dentro del marco. La versión con script siempre se ajusta a su contenido.`,
	frameStylesLabel: 'Estilos del marco',
	buildersHeading: 'Creadores de webs',
	builders:
		'Los creadores de webs cambian lo que hacen con el código pegado, así que compruebe siempre la página publicada en un móvil y en un ordenador. Si uno quita el script pero deja el resto del código, sus visitantes ven el enlace que hay dentro, que abre la calculadora en nuestra web. Si tampoco hay enlace, el creador quitó todo el elemento: use el marco simple.',
	builderSteps: {
		WordPress:
			'En el editor de bloques, añada un bloque «HTML personalizado» y pegue el código. WordPress quita los scripts cuando quien guarda la página no puede publicar HTML sin filtrar (en una red multisitio, solo pueden los superadministradores), y WordPress.com solo permite scripts en algunos planes. Si se quita el script, pegue el marco simple.',
		Wix: 'Añada un elemento «Insertar HTML» (en Insertar código). Wix muestra el código pegado dentro de un marco propio, del tamaño que fije en el editor, así que la calculadora no puede crecer ahí. Pegue el marco simple y haga el elemento tan alto como el marco.',
		Squarespace:
			'Añada un bloque «Código» y pegue el código. Squarespace solo ejecuta scripts en bloques de código en algunos planes, y no mientras edita, así que compruebe la página publicada. Si el script no funciona ahí, pegue el marco simple.',
		Webflow:
			'Añada un elemento «Embed» (Code Embed) y pegue el código. Webflow ejecuta los scripts en la web publicada, no en el Designer, así que compruebe la página publicada.',
	},
	cspHeading: 'Política de seguridad de contenido (CSP)',
	cspIntro: 'Si su web envía una política de seguridad de contenido, añada nuestra dirección a dos directivas:',
	cspLabel: 'Valores de la CSP',
	cspPlainFrame: rich([
		'El marco simple solo necesita ',
		{ code: 'frame-src' },
		'. No hace falta nada más: el script no añade scripts ni estilos en línea, así que nunca hace falta ',
		{ code: "'unsafe-inline'" },
		'.',
	]),
	accessibilityHeading: 'Accesibilidad',
	accessibility: [
		'El marco tiene un título, así que los lectores de pantalla lo anuncian. Con el script crece para mostrar lo que abre el visitante, sin barra de desplazamiento interna.',
		'Todo funciona con el teclado. Los resultados se anuncian a los lectores de pantalla cuando cambian.',
		'El texto cambia de tamaño según los ajustes del lector. Los colores cumplen WCAG 2.2 AA, también el texto sobre su color de acento.',
		'Sin JavaScript, su página muestra en su lugar un enlace a la calculadora en nuestra web.',
	],
	privacyHeading: 'Privacidad',
	privacy: (sandbox) => [
		rich(['Sin cookies, sin almacenamiento local, sin rastreo y sin peticiones a ninguna otra web.']),
		rich(['Lo que escribe el visitante se queda en su navegador. Nunca lo vemos nosotros, ni tampoco su web.']),
		rich(['El marco no nos envía la dirección de su página.']),
		rich([
			'El marco no puede cambiar su página ni salir de ella. Los enlaces, su botón y el archivo de calendario se abren en una pestaña nueva o como descarga. Su sandbox es ',
			{ code: sandbox },
			'.',
		]),
		rich([
			'Los navegadores avisan en la consola de que un marco con ',
			{ code: 'allow-scripts' },
			' y ',
			{ code: 'allow-same-origin' },
			' «puede escapar de su sandbox». Eso solo es cierto si el marco viene de su propia web. El nuestro viene de otra web, así que no puede llegar a su página en ningún caso. Necesita ',
			{ code: 'allow-same-origin' },
			' para mantener la dirección de nuestra web: sin él, sus scripts no podrían cargarse desde nuestra web, y nuestro script en su página no podría distinguir los mensajes de nuestra página de los de otra página cargada en ese marco.',
		]),
	],
	questions: (email) => rich(['Preguntas o correcciones: ', { link: `mailto:${email}`, text: email }, '.']),
};
