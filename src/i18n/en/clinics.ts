// The "For clinics" page: what the embeddable estimator is, its settings, and how to install it. Limits, sizes
// and addresses arrive from src/lib/embed-*.ts, so the page never states a number the code does not enforce.
import { rich } from '../rich.ts';

export const clinics = {
	title: 'The session estimator for clinics',
	breadcrumb: 'For clinics',
	description:
		"Show our mesotherapy session estimator on your clinic's website: free, no cookies, no tracking. Set it up, copy the snippet, check your CSP.",
	heading: 'The session estimator on your website',
	lede: 'Show your visitors what studies and health websites report about mesotherapy sessions: how many, how far apart and for how long. It is free, sets no cookies and tracks no one. You paste one snippet.',
	whatItIsHeading: 'What it is, and what it is not',
	whatItIs: (phoneHeight: number) => [
		rich([
			'It is the same ',
			{ link: '/estimator/', text: 'session estimator' },
			' that readers use on this site, inside a frame on your page.',
		]),
		rich([
			'It is for learning. It shows ranges from studies and health websites, with their sources, and says plainly that no standard plan exists.',
		]),
		rich([
			'For each goal it starts with what the best fair tests found, before any number. For some goals, that test found no benefit, and the estimator says so.',
		]),
		rich([
			'It is not a quote, a diagnosis or a treatment plan. It cannot say whether a treatment will work for anyone. The warnings always show; the sources, each figure and a timeline open with a tap. You cannot turn any of them off.',
		]),
		rich([
			'It shows your clinic\'s name ("Shared by …") and, if you want, one button to your booking page. The button shows where it leads ("Book a consultation — yourclinic.example"). The widget says that the clinic did not write it. We do not review or endorse clinics.',
		]),
		rich([
			`It is compact: on a phone it starts at most ${phoneHeight} pixels tall, with what the best evidence found and the figures first. It keeps its space from the start, so your page does not jump when it appears.`,
		]),
	],
	setUpHeading: 'Set it up',
	setUp:
		'Fill in the form. The preview is the real widget, and the snippet updates as you type. Paste the snippet into your page where the estimator should appear.',
	settingsHeading: 'The settings',
	settingsIntro:
		'Every setting is checked twice: by the script on your page and again by our page inside the frame. A value that fails is left out, and the browser console says why. No setting can add markup, scripts or styles to either page.',
	settings: {
		clinicName: (max: number) => rich([`Plain text, up to ${max} characters. Anything that looks like HTML is shown as text.`]),
		ctaUrl: (max: number) =>
			rich([
				'An ',
				{ code: 'https://' },
				` address for your button, up to ${max} characters. Any other address (http, javascript:, data:) means no button. The button shows the address's host after its text.`,
			]),
		ctaLabel: (max: number, defaultLabel: string) =>
			rich([`The button text, up to ${max} characters. Without it the button says "${defaultLabel}".`]),
		accent: rich([
			'A hex colour such as ',
			{ code: '#0a7f5a' },
			', for the top border, the timeline and the button. The button text turns black or white, whichever is easier to read on it.',
		]),
		goals: (goalIds: readonly string[], max: number) =>
			rich([
				'Goals to offer, separated by commas, in your order: ',
				...goalIds.flatMap((id, index) => [...(index > 0 ? [', '] : []), { code: id }]),
				`. Unknown goals, and any after the first ${max}, are left out with a warning in the console; with none left, every goal shows.`,
			]),
		lang: (languages: readonly { code: string; name: string }[]) =>
			rich([
				"The widget's language: ",
				...languages.flatMap(({ code, name }, index) => [...(index > 0 ? [', '] : []), { code }, ` (${name})`]),
				'. A region is fine (',
				{ code: 'es-MX' },
				' is Spanish). Without it, or with a language we do not have, the widget is in English, with a warning in the console for an unknown one.',
			]),
	},
	pinHeading: 'Pin a version',
	pin: (loaderPath: string, version: number) =>
		rich([
			{ code: loaderPath },
			` is always our latest version, so you get fixes without changing anything. If your policy asks for scripts that never change, tick "Pin version ${version}" above, or use this line instead of the script in the snippet. That version stays at its address for good, and the browser refuses it if a single byte differs:`,
		]),
	pinnedLabel: 'Pinned script',
	failsHeading: 'If something goes wrong',
	fails: (seconds: number) => [
		`Until the estimator is ready, your visitors see the link inside the snippet (or, if you left it out, a link that we add). If the estimator has not appeared after ${seconds} seconds, for example because our site is down, the link stays and the browser console says why.`,
		"Our script holds the estimator's space as soon as it runs. To hold it even before that, so nothing on your page moves at all, add this to your stylesheet (if our site is down, the space then stays, with the link at the top):",
	],
	stylesLabel: 'Optional styles',
	plainFrameHeading: 'Without outside scripts',
	plainFrame: (height: number) =>
		`If your site cannot load scripts from other sites, use the plain frame under "No outside scripts allowed?" above. It cannot grow with its content, so give it the heights below (the form shows them too): ${height} pixels fits the widget on a phone before a visitor opens anything, and less is needed on wider screens. What a visitor opens then scrolls inside the frame. The script version always fits its content.`,
	frameStylesLabel: 'Frame styles',
	buildersHeading: 'Website builders',
	builders:
		'Builders change what they do with pasted code, so always check your published page on a phone and a computer. If a builder removes the script but keeps the rest of the snippet, your visitors see the link inside it, which opens the estimator on our site. If there is no link either, the builder removed the whole element: use the plain frame.',
	builderSteps: {
		WordPress:
			'In the block editor, add a "Custom HTML" block and paste the snippet. WordPress removes scripts when the person saving the page cannot post unfiltered HTML (on a multisite network, only super admins can), and WordPress.com allows scripts only on some plans. If the script is removed, paste the plain frame instead.',
		Wix: 'Add an "Embed HTML" element (under Embed Code). Wix shows pasted code inside a frame of its own, at a size you set in the editor, so the widget cannot grow there. Paste the plain frame and make the element as tall as the frame.',
		Squarespace:
			'Add a "Code" block and paste the snippet. Squarespace runs scripts in code blocks only on some plans, and not while you edit, so check the published page. If the script does not run there, paste the plain frame instead.',
		Webflow:
			'Add an "Embed" element (Code Embed) and paste the snippet. Webflow runs scripts on the published site, not in the Designer, so check the published page.',
	},
	cspHeading: 'Content Security Policy',
	cspIntro: 'If your site sends a Content Security Policy, add our address to two directives:',
	cspLabel: 'CSP values',
	cspPlainFrame: rich([
		'The plain frame needs only ',
		{ code: 'frame-src' },
		'. Nothing else is needed: the script adds no inline scripts or styles, so ',
		{ code: "'unsafe-inline'" },
		' is never required.',
	]),
	accessibilityHeading: 'Accessibility',
	accessibility: [
		'The frame has a title, so screen readers announce it. With the script it grows to fit what a visitor opens, so there is no inner scrollbar.',
		'Everything works with a keyboard. Results are announced to screen readers as they change.',
		"Text scales with the reader's settings. Colours meet WCAG 2.2 AA, including text on your accent colour.",
		'Without JavaScript, your page shows a link to the estimator on our site instead.',
	],
	privacyHeading: 'Privacy',
	privacy: (sandbox: string) => [
		rich(['No cookies, no local storage, no tracking and no requests to any other site.']),
		rich(['What a visitor enters stays in their browser. We never see it, and neither does your site.']),
		rich(['The frame does not send us the address of your page.']),
		rich([
			'The frame cannot change or leave your page. Links, your button and the calendar file open in a new tab or as a download. Its sandbox is ',
			{ code: sandbox },
			'.',
		]),
		rich([
			'Browsers warn in the console that a frame with both ',
			{ code: 'allow-scripts' },
			' and ',
			{ code: 'allow-same-origin' },
			' "can escape its sandboxing". That is true only of a frame from your own site. Ours comes from another site, so it cannot reach your page either way. It needs ',
			{ code: 'allow-same-origin' },
			" to keep our site's address: without it, its scripts could not load from our site, and our script on your page could not tell our page's messages from those of another page loaded into that frame.",
		]),
	],
	questions: (email: string) => rich(['Questions or corrections: ', { link: `mailto:${email}`, text: email }, '.']),
};
