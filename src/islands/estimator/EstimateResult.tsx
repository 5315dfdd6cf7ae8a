// What is known for the chosen goal: first what the best evidence found, then the ranges the sources report
// (all announced as a status), the caveats, and every figure with who reported it, strongest source first.
import { fill } from '../../i18n/format.ts';
import { articlePath } from '../../i18n/paths.ts';
import { agreementOf, uniqueSources, type Estimate, type SourceLink } from '../../lib/estimator.ts';
import { Disclosure } from './Disclosure.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { useLanguage } from './language.ts';
import { SourceCite, SourceName, type LinkTarget } from './Sources.tsx';
import { VerdictView } from './VerdictView.tsx';

interface Props {
	estimate: Estimate<SourceLink>;
	headingLevel: HeadingLevel;
	linkTarget: LinkTarget;
	/** Inside a clinic's frame: where the numbers come from stays behind a disclosure. */
	compact?: boolean;
}

export function EstimateResult({ estimate, headingLevel, linkTarget, compact = false }: Props) {
	const { locale, words, text } = useLanguage();
	const { treatment, grade, figures } = estimate;
	const goal = text.goal(treatment.label);
	const sourced = treatment.maintenance.some((statement) => statement.source);
	const sources = uniqueSources(figures);
	// Top-ups and how far the sources agree: in the summary, or in the compact widget with the sources.
	const background = (
		<>
			<p>
				<strong>{words.topUps}</strong>
				{!sourced && words.noTopUpSource}
				{treatment.maintenance.map((statement) => (
					<span key={statement.text}>
						{statement.text} {statement.source && <SourceCite sources={[statement.source]} linkTarget={linkTarget} />}{' '}
					</span>
				))}
			</p>
			<p>
				{words.agreement[agreementOf(estimate)]} {fill(words.numbersFrom, { sources: sources.map((source) => source.short).join('; ') })}{' '}
				<a href={articlePath(locale, treatment.article)} {...linkTarget}>
					{fill(words.readMore, goal)}
				</a>
				.
			</p>
		</>
	);
	return (
		<>
			<div className="estimator__summary" role="status">
				<Heading level={headingLevel}>
					{grade ? fill(words.resultHeadingGrade, { ...goal, grade: grade.id }) : fill(words.resultHeading, goal)}
				</Heading>
				<VerdictView verdict={treatment.verdict} linkTarget={linkTarget} />
				<p className="estimator__facts-intro">{words.factsIntro}</p>
				<dl className="estimator__facts">
					<div>
						<dt>{words.facts.sessions}</dt>
						<dd>{text.sessions(estimate.sessions)}</dd>
					</div>
					<div>
						<dt>{words.facts.gap}</dt>
						<dd>{text.days(estimate.intervalDays)}</dd>
					</div>
					<div>
						<dt>{words.facts.span}</dt>
						<dd>{text.weeks(estimate.spanDays)}</dd>
					</div>
				</dl>
				<p className="estimator__caveat">
					<strong>{words.keepInMind}</strong>{' '}
					{treatment.caveats.map((caveat) => (
						<span key={caveat.text}>
							{caveat.text} <SourceCite sources={[caveat.source]} linkTarget={linkTarget} />{' '}
						</span>
					))}
				</p>
				{!compact && background}
			</div>
			<section className="estimator__sources" aria-label={fill(words.sourcesLabel, goal)}>
				<Disclosure compact={compact} summary={<Heading level={headingLevel}>{words.disclosures.sources}</Heading>}>
					{compact ? background : <Heading level={headingLevel}>{words.disclosures.sources}</Heading>}
					<ul className="estimator__figures">
						{figures.map((figure) => (
							<li key={figure.note} className={figure.source ? 'estimator__figure' : 'estimator__figure estimator__figure--claim'}>
								<p className="estimator__figure-who">
									{figure.source ? <SourceName source={figure.source} linkTarget={linkTarget} /> : <strong>{words.clinicClaim}</strong>}
								</p>
								<p className="estimator__figure-numbers">
									{text.sessions(figure.sessions)}
									{`, ${figure.intervalDays ? fill(words.apart, { gap: text.days(figure.intervalDays) }) : words.noGapGiven}`}
									{figure.spanDays &&
										`, ${fill(figure.intervalDays?.max === undefined ? words.atShortestGap : words.spanFirstToLast, { span: text.weeks(figure.spanDays) })}`}
								</p>
								<p className="estimator__figure-note">{figure.note}</p>
								{figure.approval && (
									<p className="estimator__figure-note">
										{!figure.approval.approved && <strong>{words.notApproved}</strong>}
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
