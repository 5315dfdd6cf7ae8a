// What is known for the chosen goal: first what the best evidence found, then the ranges the sources report
// (all announced as a status), the caveats, and every figure with who reported it, strongest source first.
import {
	agreementText,
	CLINIC_CLAIM_LABEL,
	DAYS,
	formatRange,
	formatWeeks,
	SESSIONS,
	uniqueSources,
	type Estimate,
	type SourceLink,
} from '../../lib/estimator.ts';
import { Disclosure } from './Disclosure.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { SourceCite, SourceName, type LinkTarget } from './Sources.tsx';
import { VerdictView } from './VerdictView.tsx';
import { DISCLOSURES } from './wording.ts';

interface Props {
	estimate: Estimate<SourceLink>;
	headingLevel: HeadingLevel;
	linkTarget: LinkTarget;
	/** Inside a clinic's frame: where the numbers come from stays behind a disclosure. */
	compact?: boolean;
}

export function EstimateResult({ estimate, headingLevel, linkTarget, compact = false }: Props) {
	const { treatment, grade, figures } = estimate;
	const sourced = treatment.maintenance.some((statement) => statement.source);
	const sources = uniqueSources(figures);
	// Top-ups and how far the sources agree: in the summary, or in the compact widget with the sources.
	const background = (
		<>
			<p>
				<strong>Top-up sessions later: </strong>
				{!sourced && 'No source we found says how long results last or when to repeat them. '}
				{treatment.maintenance.map((statement) => (
					<span key={statement.text}>
						{statement.text} {statement.source && <SourceCite sources={[statement.source]} linkTarget={linkTarget} />}{' '}
					</span>
				))}
			</p>
			<p>
				{agreementText(estimate)} The numbers come from {sources.map((source) => source.short).join('; ')}.{' '}
				<a href={`/articles/${treatment.article}/`} {...linkTarget}>
					Read what the evidence says about {treatment.label.toLowerCase()}
				</a>
				.
			</p>
		</>
	);
	return (
		<>
			<div className="estimator__summary" role="status">
				<Heading level={headingLevel}>
					What sources report for {treatment.label.toLowerCase()}
					{grade ? `, grade ${grade.id}` : ''}
				</Heading>
				<VerdictView verdict={treatment.verdict} linkTarget={linkTarget} />
				<p className="estimator__facts-intro">What sources report about sessions, strongest source first:</p>
				<dl className="estimator__facts">
					<div>
						<dt>Sessions</dt>
						<dd>{formatRange(estimate.sessions, SESSIONS)}</dd>
					</div>
					<div>
						<dt>Time between sessions</dt>
						<dd>{formatRange(estimate.intervalDays, DAYS)}</dd>
					</div>
					<div>
						<dt>From first to last session</dt>
						<dd>{formatWeeks(estimate.spanDays)}</dd>
					</div>
				</dl>
				<p className="estimator__caveat">
					<strong>Keep in mind:</strong>{' '}
					{treatment.caveats.map((caveat) => (
						<span key={caveat.text}>
							{caveat.text} <SourceCite sources={[caveat.source]} linkTarget={linkTarget} />{' '}
						</span>
					))}
				</p>
				{!compact && background}
			</div>
			<section className="estimator__sources" aria-label={`Where the numbers for ${treatment.label.toLowerCase()} come from`}>
				<Disclosure compact={compact} summary={<Heading level={headingLevel}>{DISCLOSURES.sources}</Heading>}>
					{compact ? background : <Heading level={headingLevel}>{DISCLOSURES.sources}</Heading>}
					<ul className="estimator__figures">
						{figures.map((figure) => (
							<li key={figure.note} className={figure.source ? 'estimator__figure' : 'estimator__figure estimator__figure--claim'}>
								<p className="estimator__figure-who">
									{figure.source ? <SourceName source={figure.source} linkTarget={linkTarget} /> : <strong>{CLINIC_CLAIM_LABEL}</strong>}
								</p>
								<p className="estimator__figure-numbers">
									{formatRange(figure.sessions, SESSIONS)}
									{figure.intervalDays ? `, ${formatRange(figure.intervalDays, DAYS)} apart` : ', no time between sessions given'}
									{figure.spanDays &&
										`, ${formatWeeks(figure.spanDays)} from first to last${figure.intervalDays?.max === undefined ? ' at the shortest gap' : ''}`}
								</p>
								<p className="estimator__figure-note">{figure.note}</p>
								{figure.approval && (
									<p className="estimator__figure-note">
										{!figure.approval.approved && <strong>Not approved: </strong>}
										{figure.approval.text} <SourceCite sources={[figure.approval.source]} linkTarget={linkTarget} />
									</p>
								)}
							</li>
						))}
					</ul>
				</Disclosure>
			</section>
		</>
	);
}
