// What the best fair tests found for a goal: the first thing the estimator says about it, before any number.
import type { SourceLink, Verdict } from '../../lib/estimator.ts';
import { SourceCite, type LinkTarget } from './Sources.tsx';
import { STRENGTH_LABELS, VERDICT_HEADING } from './wording.ts';

export function VerdictView({ verdict, linkTarget }: { verdict: Verdict<SourceLink>; linkTarget: LinkTarget }) {
	return (
		<div className={`estimator__verdict estimator__verdict--${verdict.strength}`}>
			<p className="estimator__verdict-label">
				{VERDICT_HEADING}: <strong>{STRENGTH_LABELS[verdict.strength]}</strong>
			</p>
			<p className="estimator__verdict-text">
				{verdict.text} <SourceCite sources={verdict.sources} linkTarget={linkTarget} />
			</p>
		</div>
	);
}
