// The estimator on the site's pages: its state lives in the address bar, so a plan can be shared and a reload
// opens it again, and choices made in the server-rendered form before the island ran are kept.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { estimatorText } from '../i18n/estimator-text.ts';
import { ESTIMATOR_FRAGMENT, estimatorQuery, parseEstimatorQuery, type LinkNote } from '../lib/estimator-url.ts';
import Estimator, { type EstimatorIslandProps } from './Estimator.tsx';
import { choicesFormId, useEstimator } from './estimator/use-estimator.ts';

/**
 * The choices a reader made in the server-rendered form before the island hydrated (a tap on a goal, a
 * date), as a query string: the controls whose value differs from the one the server rendered. Read
 * during the hydrating render, before React puts the server's values back.
 */
function choicesBeforeHydration(formId: string): string {
	if (typeof document === 'undefined') return '';
	const form = document.getElementById(formId);
	if (!(form instanceof HTMLFormElement)) return '';
	const changed = new URLSearchParams();
	for (const control of form.elements) {
		if (!(control instanceof HTMLInputElement) || !control.name) continue;
		const isChoice = control.type === 'radio' || control.type === 'checkbox';
		if (isChoice ? control.checked && !control.defaultChecked : control.value !== control.defaultValue) {
			changed.set(control.name, control.value);
		}
	}
	return changed.toString();
}

export default function SiteEstimator({ treatments, goal: initialGoal, headingLevel = 2, siteUrl, ...language }: EstimatorIslandProps) {
	const model = useEstimator(treatments, initialGoal);
	const root = useRef<HTMLElement>(null);
	const [notes, setNotes] = useState<LinkNote[]>([]);
	const { linkNote } = useMemo(() => estimatorText(language.locale, language.words), [language.locale, language.words]);
	const [addressRead, setAddressRead] = useState(false);
	const [earlyChoices] = useState(() => choicesBeforeHydration(choicesFormId(model.id)));

	// After hydration only, so the server-rendered markup matches: read the address bar. A layout effect runs in
	// the same task as the hydration, so nothing the reader types can arrive in between and be overwritten.
	useLayoutEffect(() => {
		const fromAddress = parseEstimatorQuery(location.search, treatments, initialGoal);
		// Choices made in the form before hydration are the reader's latest: they win over the address
		// (whose grade means nothing for another goal).
		const fromForm = parseEstimatorQuery(earlyChoices, treatments, fromAddress.state.goal ?? initialGoal).state;
		const state = fromForm.goal && fromForm.goal !== fromAddress.state.goal ? fromForm : { ...fromAddress.state, ...fromForm };
		// The address can only be read after hydration, so the state it sets starts here.
		// eslint-disable-next-line react-hooks/set-state-in-effect
		setNotes(fromAddress.notes);
		model.restore(state);
		setAddressRead(true);
		// A link with a plan but written without #estimator still opens at the estimator.
		if (location.search && !location.hash && Object.keys(fromAddress.state).length > 0) root.current?.scrollIntoView({ block: 'start' });
		// Runs once: the address bar is read on arrival only; later changes of these values must not re-read it.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	const query = estimatorQuery(model.state, initialGoal);
	// A plan's address opens at the estimator, not at the top of a long article.
	const fragment = query ? `#${ESTIMATOR_FRAGMENT}` : '';
	// Keep the address bar in step, so a reload or a shared link opens the plan on screen.
	useEffect(() => {
		if (addressRead) history.replaceState(history.state, '', `${location.pathname}${query}${fragment || location.hash}`);
	}, [addressRead, query, fragment]);
	const shareUrl = addressRead ? `${location.origin}${location.pathname}${query}${fragment}` : undefined;

	return (
		<Estimator
			ref={root}
			model={model}
			goals={treatments}
			mode="site"
			headingLevel={headingLevel}
			siteUrl={siteUrl}
			{...language}
			anchorId={ESTIMATOR_FRAGMENT}
			shareUrl={shareUrl}
			notice={
				notes.length > 0 && (
					<div className="estimator__notes" role="note">
						<p>{language.words.linkNotesIntro}</p>
						<ul>
							{notes.map(linkNote).map((note) => (
								<li key={note}>{note}</li>
							))}
						</ul>
					</div>
				)
			}
		/>
	);
}
