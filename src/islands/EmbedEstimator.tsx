// The estimator inside a clinic's frame (/embed/estimator/): reads the clinic's settings from the address, takes
// new ones from the loader by message (so the reader keeps what they chose), and, once it has rendered with them,
// starts reporting its height, which tells the loader to show it.
import { useEffect, useState } from 'react';
import { reportHeight } from '../embed/frame-height.ts';
import { isSettingsMessage, parseEmbedSettings, type EmbedSettings } from '../lib/embed-contract.ts';
import Estimator, { type EstimatorProps } from './Estimator.tsx';

export default function EmbedEstimator(props: Omit<EstimatorProps, 'mode' | 'embed'>) {
	const [settings, setSettings] = useState<EmbedSettings | undefined>(undefined);
	const rendered = settings !== undefined;

	useEffect(() => {
		const knownGoals = props.treatments.map((treatment) => treatment.id);
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
	}, [props.treatments]);

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

	return <Estimator {...props} mode="embed" embed={settings} />;
}
