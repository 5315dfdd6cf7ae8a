// The estimator inside a clinic's frame (/embed/estimator/): reads the clinic's settings from the address, takes
// new ones from the loader by message (so the reader keeps what they chose), and, once it has rendered with them,
// starts reporting its height, which tells the loader to show it. Its language is its page's (/es/embed/estimator/
// for a clinic's lang="es"), never a setting of the query.
import { useEffect, useRef, useState } from 'react';
import { fill } from '../i18n/format.ts';
import { reportHeight } from '../embed/frame-height.ts';
import { readableTextOn } from '../lib/colour.ts';
import { ctaHost, isSettingsMessage, parseEmbedSettings, type EmbedSettings } from '../lib/embed-contract.ts';
import Estimator, { type EstimatorIslandProps } from './Estimator.tsx';
import { useEstimator } from './estimator/use-estimator.ts';

export default function EmbedEstimator({ treatments, goal: initialGoal, headingLevel = 2, siteUrl, ...language }: EstimatorIslandProps) {
	const { words } = language;
	const model = useEstimator(treatments, initialGoal);
	const root = useRef<HTMLElement>(null);
	const [settings, setSettings] = useState<EmbedSettings | undefined>(undefined);
	const rendered = settings !== undefined;

	useEffect(() => {
		const knownGoals = treatments.map((treatment) => treatment.id);
		const apply = (query: string) => {
			const checked = parseEmbedSettings(query, knownGoals);
			for (const problem of Object.values(checked.problems)) console.warn(problem);
			setSettings(checked.settings);
		};
		// The address can only be read after hydration, so the settings it holds start here.
		apply(location.search);
		// Only the page that frames this one may change its settings; they are checked again like the address.
		const onMessage = (event: MessageEvent) => {
			if (event.source === window.parent && isSettingsMessage(event.data)) apply(event.data.query);
		};
		addEventListener('message', onMessage);
		return () => removeEventListener('message', onMessage);
	}, [treatments]);

	// The clinic's settings, at first and whenever the clinic's page changes them. The first time the clinic's first
	// goal is chosen, as the server did for a clinic that names none; later, the reader's goal stays while it is offered.
	const settingsApplied = useRef(false);
	useEffect(() => {
		if (!settings) return;
		const { goal } = model;
		const keepGoal = settingsApplied.current ? goal !== undefined && settings.goals.includes(goal) : settings.goals[0] === goal;
		if (!keepGoal) model.chooseGoal(settings.goals[0]);
		settingsApplied.current = true;
		// CSSOM, not a style attribute: allowed under the site's CSP.
		const style = root.current?.style;
		if (settings.accent) {
			style?.setProperty('--estimator-accent', settings.accent);
			style?.setProperty('--estimator-accent-text', readableTextOn(settings.accent));
		} else {
			style?.removeProperty('--estimator-accent');
			style?.removeProperty('--estimator-accent-text');
		}
		// Only a change of settings may move the goal; the reader's own choices must not run this again.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [settings]);

	useEffect(() => {
		if (!rendered) return;
		// After the estimator's own update for the settings (its goal) has rendered.
		let stop = () => {};
		const timer = setTimeout(() => (stop = reportHeight()));
		return () => {
			clearTimeout(timer);
			stop();
		};
	}, [rendered]);

	// A clinic's goals in the clinic's order.
	const goals = settings ? settings.goals.flatMap((goalId) => treatments.filter((t) => t.id === goalId)) : treatments;

	return (
		<Estimator
			ref={root}
			model={model}
			goals={goals}
			mode="embed"
			headingLevel={headingLevel}
			siteUrl={siteUrl}
			{...language}
			byline={settings?.clinicName && <p className="estimator__shared-by">{fill(words.sharedBy, { clinic: settings.clinicName })}</p>}
			footer={
				settings?.ctaUrl && (
					<p className="estimator__cta-row">
						<a className="estimator__cta" href={settings.ctaUrl} target="_blank" rel="noopener noreferrer">
							{fill(words.cta, { label: settings.ctaLabel ?? words.defaultCtaLabel, host: ctaHost(settings.ctaUrl) })}
							<span className="visually-hidden">{words.opensInNewTab}</span>
						</a>
					</p>
				)
			}
		/>
	);
}
