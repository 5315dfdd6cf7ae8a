// The clinic configurator on /for-clinics/: a form, a live preview of the real widget (the real /embed.js and
// <meso-estimator>), and the snippets to copy. Values are checked by the same contract the loader uses.
import { useEffect, useId, useRef, useState } from 'react';
import { contrastRatio, readableTextOn } from '../lib/colour.ts';
import {
	ATTRIBUTES,
	checkAttributes,
	ELEMENT_NAME,
	LIMITS,
	WARNINGS,
	type AttributeName,
	type EmbedSettings,
} from '../lib/embed-contract.ts';
import { LOADER_PATH } from '../lib/embed-frame.ts';
import { settingsAttributes } from '../lib/embed-address.ts';
import { elementSnippet, frameSnippet, frameStyles, type PinnedLoader } from '../lib/embed-snippet.ts';
import './EmbedConfigurator.css';

interface Props {
	/** Where the site is published, e.g. "https://mesotherapy-explained.example": the snippets point there. */
	siteOrigin: string;
	goals: { id: string; label: string }[];
	/** The newest released loader, which the snippet can pin with its integrity. */
	pinned: PinnedLoader;
}

type Fields = Record<Exclude<AttributeName, 'goals'>, string> & { goals: string[] };

const START: Fields = {
	'clinic-name': 'Sunrise Clinic',
	'cta-url': 'https://sunrise.example/book',
	'cta-label': 'Book a consultation',
	accent: '#0a7f5a',
	goals: [],
};

/** Loads the real loader once, from this site, as clinics do. */
function loadLoader() {
	if (customElements.get(ELEMENT_NAME) || document.querySelector('script[data-embed-loader]')) return;
	const script = document.createElement('script');
	script.src = LOADER_PATH;
	script.async = true;
	script.dataset['embedLoader'] = '';
	document.head.append(script);
}

/** Copies text, saying what happened; falls back to selecting it when the clipboard is not available. */
async function copy(text: string, select: () => void): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return 'Copied. Paste it into your page where the estimator should appear.';
	} catch {
		select();
		return 'Your browser blocked copying. The snippet is selected: press Ctrl+C (or Cmd+C) to copy it.';
	}
}

export default function EmbedConfigurator({ siteOrigin, goals, pinned }: Props) {
	const id = useId();
	const [fields, setFields] = useState<Fields>(START);
	const [preview, setPreview] = useState<EmbedSettings | undefined>(undefined);
	const [copied, setCopied] = useState('');
	const [pin, setPin] = useState(false);
	const previewBox = useRef<HTMLDivElement>(null);
	const snippetBox = useRef<HTMLElement>(null);

	const { settings, problems } = checkAttributes((name) => {
		if (name === 'goals') return fields.goals.join(',');
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
		const wanted = new Map(settingsAttributes(preview));
		for (const name of ATTRIBUTES) {
			const value = wanted.get(name);
			if (value) element.setAttribute(name, value);
			else element.removeAttribute(name);
		}
	}, [preview]);

	const set = (name: Exclude<AttributeName, 'goals'>) => (event: { target: { value: string } }) => {
		setFields({ ...fields, [name]: event.target.value });
		setCopied('');
	};
	const toggleGoal = (goal: string, on: boolean) =>
		setFields({
			...fields,
			goals: on ? goals.map((g) => g.id).filter((g) => g === goal || fields.goals.includes(g)) : fields.goals.filter((g) => g !== goal),
		});

	const field = (name: string) => `${id}-${name}`;
	const hintAndError = (name: Exclude<AttributeName, 'goals'>, hint: string) => {
		const error = problems[name] && `${WARNINGS[name]}.`;
		return {
			input: { 'aria-describedby': `${field(name)}-hint${error ? ` ${field(name)}-error` : ''}`, 'aria-invalid': error ? true : undefined },
			text: (
				<>
					<p className="configurator__hint" id={`${field(name)}-hint`}>
						{hint}
					</p>
					{error && (
						<p className="configurator__error" id={`${field(name)}-error`}>
							<span className="visually-hidden">Error: </span>
							{error}
						</p>
					)}
				</>
			),
		};
	};
	const name = hintAndError('clinic-name', `Plain text, up to ${LIMITS['clinic-name']} characters. Shown as "Shared by …".`);
	const url = hintAndError('cta-url', 'Your booking or contact page. It must start with https://. Leave it empty for no button.');
	const label = hintAndError('cta-label', `Up to ${LIMITS['cta-label']} characters. Shown only with a link.`);
	const accent = settings.accent ?? START.accent;
	const textOnAccent = readableTextOn(accent);

	return (
		<div className="configurator">
			<form className="configurator__form" onSubmit={(event) => event.preventDefault()} aria-label="Widget settings">
				<div className="configurator__field">
					<label htmlFor={field('clinic-name')}>Clinic name</label>
					<input
						id={field('clinic-name')}
						value={fields['clinic-name']}
						onChange={set('clinic-name')}
						autoComplete="organization"
						{...name.input}
					/>
					{name.text}
				</div>
				<div className="configurator__field">
					<label htmlFor={field('cta-url')}>Button link</label>
					<input id={field('cta-url')} type="url" value={fields['cta-url']} onChange={set('cta-url')} autoComplete="url" {...url.input} />
					{url.text}
				</div>
				<div className="configurator__field">
					<label htmlFor={field('cta-label')}>Button text</label>
					<input id={field('cta-label')} value={fields['cta-label']} onChange={set('cta-label')} {...label.input} />
					{label.text}
				</div>
				<div className="configurator__field">
					<label htmlFor={field('accent')}>Accent colour</label>
					<input id={field('accent')} type="color" value={accent} onChange={set('accent')} aria-describedby={`${field('accent')}-hint`} />
					<p className="configurator__hint" id={`${field('accent')}-hint`}>
						Button text on it will be {textOnAccent === '#ffffff' ? 'white' : 'black'}, with a contrast of{' '}
						{contrastRatio(accent, textOnAccent).toFixed(1)} to 1.
					</p>
				</div>
				<fieldset className="configurator__field">
					<legend>Goals to show</legend>
					<p className="configurator__hint">Tick none to show every goal.</p>
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
				<h3 id={field('snippet-heading')}>Your snippet</h3>
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
					Pin version {pinned.version} (Subresource Integrity)
				</label>
				<p className="configurator__hint" id={`${field('pin')}-hint`}>
					A pinned version never changes and the browser checks it byte for byte. You get our fixes only when you update the snippet.
				</p>
				<pre className="configurator__snippet" tabIndex={0} role="region" aria-labelledby={field('snippet-heading')}>
					<code ref={snippetBox}>{snippet}</code>
				</pre>
				<button
					type="button"
					onClick={() =>
						void copy(snippet, () => {
							if (snippetBox.current) getSelection()?.selectAllChildren(snippetBox.current);
						}).then(setCopied)
					}
				>
					Copy the snippet
				</button>
				<p role="status" className="configurator__status">
					{copied}
				</p>
				<details>
					<summary>No outside scripts allowed? Use a plain frame instead</summary>
					<p>
						This frame has a fixed height, so what a visitor opens scrolls inside it. Add this to your stylesheet for its width and a height
						that fits phones and computers:
					</p>
					<pre className="configurator__snippet" tabIndex={0} role="region" aria-label="Frame styles">
						<code>{frameStyles()}</code>
					</pre>
					<pre className="configurator__snippet" tabIndex={0} role="region" aria-label="Plain frame snippet">
						<code>{frameSnippet(siteOrigin, settings)}</code>
					</pre>
				</details>
			</div>
			<section className="configurator__preview" aria-labelledby={field('preview-heading')}>
				<h3 id={field('preview-heading')}>Preview</h3>
				<p className="configurator__hint">This is the real widget, as your visitors will see it.</p>
				<div ref={previewBox} />
			</section>
		</div>
	);
}
