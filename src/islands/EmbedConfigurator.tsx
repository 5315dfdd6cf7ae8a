// The clinic configurator on /for-clinics/: a form, a live preview of the real widget (the real /embed.js and
// <meso-estimator>), and the snippets to copy. Values are checked by the same contract the loader uses. Its words
// come from the page's language as a prop; the widget's language is a setting of its own.
import { useEffect, useId, useRef, useState } from 'react';
import type { Dictionary } from '../i18n/en/index.ts';
import { fill, formatNumber } from '../i18n/format.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales.ts';
import { contrastRatio, readableTextOn } from '../lib/colour.ts';
import { ATTRIBUTES, checkAttributes, ELEMENT_NAME, LIMITS, type AttributeName, type EmbedSettings } from '../lib/embed-contract.ts';
import { LOADER_PATH } from '../lib/embed-frame.ts';
import { elementAttributes } from '../lib/embed-address.ts';
import { elementSnippet, frameSnippet, frameStyles, type PinnedLoader } from '../lib/embed-snippet.ts';
import './EmbedConfigurator.css';

interface Props {
	/** Where the site is published, e.g. "https://mesotherapy-explained.example": the snippets point there. */
	siteOrigin: string;
	goals: { id: string; label: string }[];
	/** The newest released loader, which the snippet can pin with its integrity. */
	pinned: PinnedLoader;
	/** The page's language: the form's words, number formats, and the widget's language at first. */
	locale: Locale;
	words: Dictionary['islands']['configurator'];
}

type TextAttribute = Exclude<AttributeName, 'goals' | 'lang'>;
type Fields = Record<TextAttribute, string> & { goals: string[]; lang: Locale };

const DEFAULT_ACCENT = '#0a7f5a';

/** The example a clinic starts from, in the page's language. */
const startFields = (locale: Locale, words: Props['words']): Fields => ({
	'clinic-name': words.example.clinicName,
	'cta-url': 'https://sunrise.example/book',
	'cta-label': words.example.ctaLabel,
	accent: DEFAULT_ACCENT,
	goals: [],
	lang: locale,
});

/** Loads the real loader once, from this site, as clinics do. */
function loadLoader() {
	if (customElements.get(ELEMENT_NAME) || document.querySelector('script[data-embed-loader]')) return;
	const script = document.createElement('script');
	script.src = LOADER_PATH;
	script.async = true;
	script.dataset['embedLoader'] = '';
	document.head.append(script);
}

/** Copies text, saying whether it worked; falls back to selecting it when the clipboard is not available. */
async function copy(text: string, select: () => void): Promise<'copied' | 'copyBlocked'> {
	try {
		await navigator.clipboard.writeText(text);
		return 'copied';
	} catch {
		select();
		return 'copyBlocked';
	}
}

export default function EmbedConfigurator({ siteOrigin, goals, pinned, locale, words }: Props) {
	const id = useId();
	const [fields, setFields] = useState<Fields>(() => startFields(locale, words));
	const [preview, setPreview] = useState<EmbedSettings | undefined>(undefined);
	const [copied, setCopied] = useState('');
	const [pin, setPin] = useState(false);
	const previewBox = useRef<HTMLDivElement>(null);
	const snippetBox = useRef<HTMLElement>(null);

	const { settings, problems } = checkAttributes((name) => {
		if (name === 'goals') return fields.goals.join(',');
		if (name === 'lang') return fields.lang === DEFAULT_LOCALE ? null : fields.lang;
		return fields[name].trim() === '' ? null : fields[name];
	});
	const snippet = elementSnippet(siteOrigin, settings, pin ? pinned : undefined);
	const settingsKey = JSON.stringify(settings);

	// The preview reloads its frame on every change, so wait until typing pauses.
	useEffect(() => {
		const timer = setTimeout(() => setPreview(JSON.parse(settingsKey) as EmbedSettings), 400);
		return () => clearTimeout(timer);
	}, [settingsKey]);

	useEffect(() => {
		if (!preview || !previewBox.current) return;
		loadLoader();
		let element = previewBox.current.querySelector(ELEMENT_NAME);
		if (!element) {
			element = document.createElement(ELEMENT_NAME);
			previewBox.current.append(element);
		}
		const wanted = new Map(elementAttributes(preview));
		for (const name of ATTRIBUTES) {
			const value = wanted.get(name);
			if (value) element.setAttribute(name, value);
			else element.removeAttribute(name);
		}
	}, [preview]);

	const set = (name: TextAttribute | 'lang') => (event: { target: { value: string } }) => {
		setFields({ ...fields, [name]: event.target.value });
		setCopied('');
	};
	const toggleGoal = (goal: string, on: boolean) =>
		setFields({
			...fields,
			goals: on ? goals.map((g) => g.id).filter((g) => g === goal || fields.goals.includes(g)) : fields.goals.filter((g) => g !== goal),
		});

	const field = (name: string) => `${id}-${name}`;
	const problemWords = (name: TextAttribute) =>
		fill(words.problems[name], {
			max: name in LIMITS ? LIMITS[name as keyof typeof LIMITS] : '',
			languages: LOCALES.join(', '),
			default: DEFAULT_LOCALE,
		});
	const hintAndError = (name: TextAttribute, hint: string) => {
		const error = problems[name] && `${problemWords(name)}.`;
		return {
			input: { 'aria-describedby': `${field(name)}-hint${error ? ` ${field(name)}-error` : ''}`, 'aria-invalid': error ? true : undefined },
			text: (
				<>
					<p className="configurator__hint" id={`${field(name)}-hint`}>
						{hint}
					</p>
					{error && (
						<p className="configurator__error" id={`${field(name)}-error`}>
							<span className="visually-hidden">{words.errorPrefix}</span>
							{error}
						</p>
					)}
				</>
			),
		};
	};
	const name = hintAndError('clinic-name', fill(words.hints['clinic-name'], { max: LIMITS['clinic-name'] }));
	const url = hintAndError('cta-url', words.hints['cta-url']);
	const label = hintAndError('cta-label', fill(words.hints['cta-label'], { max: LIMITS['cta-label'] }));
	const accent = settings.accent ?? DEFAULT_ACCENT;
	const textOnAccent = readableTextOn(accent);

	return (
		<div className="configurator">
			<form className="configurator__form" onSubmit={(event) => event.preventDefault()} aria-label={words.formLabel}>
				<div className="configurator__field">
					<label htmlFor={field('clinic-name')}>{words.labels['clinic-name']}</label>
					<input
						id={field('clinic-name')}
						className="field-control"
						value={fields['clinic-name']}
						onChange={set('clinic-name')}
						autoComplete="organization"
						{...name.input}
					/>
					{name.text}
				</div>
				<div className="configurator__field">
					<label htmlFor={field('cta-url')}>{words.labels['cta-url']}</label>
					<input
						id={field('cta-url')}
						className="field-control"
						type="url"
						value={fields['cta-url']}
						onChange={set('cta-url')}
						autoComplete="url"
						{...url.input}
					/>
					{url.text}
				</div>
				<div className="configurator__field">
					<label htmlFor={field('cta-label')}>{words.labels['cta-label']}</label>
					<input
						id={field('cta-label')}
						className="field-control"
						value={fields['cta-label']}
						onChange={set('cta-label')}
						{...label.input}
					/>
					{label.text}
				</div>
				<div className="configurator__field">
					<label htmlFor={field('accent')}>{words.labels.accent}</label>
					<input
						id={field('accent')}
						className="field-control"
						type="color"
						value={accent}
						onChange={set('accent')}
						aria-describedby={`${field('accent')}-hint`}
					/>
					<p className="configurator__hint" id={`${field('accent')}-hint`}>
						{fill(words.accentHint[textOnAccent === '#ffffff' ? 'white' : 'black'], {
							ratio: formatNumber(locale, contrastRatio(accent, textOnAccent), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
						})}
					</p>
				</div>
				<div className="configurator__field">
					<label htmlFor={field('lang')}>{words.labels.lang}</label>
					<select
						id={field('lang')}
						className="field-control"
						value={fields.lang}
						onChange={set('lang')}
						aria-describedby={`${field('lang')}-hint`}
					>
						{LOCALES.map((option) => (
							<option key={option} value={option} lang={LOCALE_INFO[option].tag}>
								{LOCALE_INFO[option].name}
							</option>
						))}
					</select>
					<p className="configurator__hint" id={`${field('lang')}-hint`}>
						{words.hints.lang}
					</p>
				</div>
				<fieldset className="configurator__field">
					<legend>{words.goals}</legend>
					<p className="configurator__hint">{words.goalsHint}</p>
					{goals.map((goal) => (
						<label key={goal.id} className="configurator__check">
							<input
								type="checkbox"
								checked={fields.goals.includes(goal.id)}
								onChange={(event) => toggleGoal(goal.id, event.target.checked)}
							/>
							{goal.label}
						</label>
					))}
				</fieldset>
			</form>
			<div className="configurator__output">
				<h3 id={field('snippet-heading')}>{words.snippetHeading}</h3>
				<label className="configurator__check">
					<input
						type="checkbox"
						checked={pin}
						onChange={(event) => {
							setPin(event.target.checked);
							setCopied('');
						}}
						aria-describedby={`${field('pin')}-hint`}
					/>
					{fill(words.pin, { version: pinned.version })}
				</label>
				<p className="configurator__hint" id={`${field('pin')}-hint`}>
					{words.pinHint}
				</p>
				<pre className="configurator__snippet" tabIndex={0} role="region" aria-labelledby={field('snippet-heading')}>
					<code ref={snippetBox}>{snippet}</code>
				</pre>
				<button
					type="button"
					onClick={() =>
						void copy(snippet, () => {
							if (snippetBox.current) getSelection()?.selectAllChildren(snippetBox.current);
						}).then((outcome) => setCopied(words[outcome]))
					}
				>
					{words.copy}
				</button>
				<p role="status" className="configurator__status">
					{copied}
				</p>
				<details>
					<summary>{words.plainFrame}</summary>
					<p>{words.plainFrameText}</p>
					<pre className="configurator__snippet" tabIndex={0} role="region" aria-label={words.frameStyles}>
						<code>{frameStyles()}</code>
					</pre>
					<pre className="configurator__snippet" tabIndex={0} role="region" aria-label={words.frameSnippet}>
						<code>{frameSnippet(siteOrigin, settings)}</code>
					</pre>
				</details>
			</div>
			<section className="configurator__preview" aria-labelledby={field('preview-heading')}>
				<h3 id={field('preview-heading')}>{words.preview}</h3>
				<p className="configurator__hint">{words.previewHint}</p>
				<div ref={previewBox} />
			</section>
		</div>
	);
}
