// What the best fair tests found for a goal: the first thing the estimator says about it, before any number.
import type { SourceLink, Verdict } from '../../lib/estimator.ts';
import { useLanguage } from './language.ts';
import { SourceCite, type LinkTarget } from './Sources.tsx';

export function VerdictView({ verdict, linkTarget }: { verdict: Verdict<SourceLink>; linkTarget: LinkTarget }) {
	const { words } = useLanguage();
	return (
		<div className={`estimator__verdict estimator__verdict--${verdict.strength}`}>
			<p className="estimator__verdict-label">
				{words.verdictHeading}: <strong>{words.strengths[verdict.strength]}</strong>
			</p>
			<p className="estimator__verdict-text">
				{verdict.text} <SourceCite sources={verdict.sources} linkTarget={linkTarget} />
			</p>
		</div>
	);
}
