// How the estimator names a source: its short name, linked when it has an address.
import type { SourceLink } from '../../lib/estimator.ts';

export interface LinkTarget {
	target?: string;
	rel?: string;
}

/** A source's short name, linked when it has an address; `title` adds its full title on hover. */
export function SourceName({ source, linkTarget, title = false }: { source: SourceLink; linkTarget: LinkTarget; title?: boolean }) {
	const fullTitle = title ? source.title : undefined;
	return source.href ? (
		<a href={source.href} title={fullTitle} {...linkTarget}>
			{source.short}
		</a>
	) : (
		<cite title={fullTitle}>{source.short}</cite>
	);
}

/** "(Healthline)" or "(Park and others, 2008; Jones and others, 2016)", each linked when it has an address. */
export function SourceCite({ sources, linkTarget }: { sources: readonly SourceLink[]; linkTarget: LinkTarget }) {
	return (
		<span className="estimator__cite">
			(
			{sources.map((source, index) => (
				<span key={source.id}>
					{index > 0 && '; '}
					<SourceName source={source} linkTarget={linkTarget} title />
				</span>
			))}
			)
		</span>
	);
}
