// Reads the treatments collection and resolves each source id into what the estimator shows:
// the short citation, the title, the canonical link and the kind (which puts the strongest source first).
import { getCollection, type CollectionEntry } from 'astro:content';
import { strongestFirst, uniqueSources, type SourceLink, type TreatmentData } from '../lib/estimator.ts';
import { sourceHref } from '../lib/schemas/source.ts';
import { kindRank } from '../lib/schemas/treatment.ts';

export type TreatmentView = TreatmentData<SourceLink>;

/** Every goal, sorted by its label (so readers find it alphabetically), with sources ready to cite. */
export async function getTreatments(): Promise<TreatmentView[]> {
	const [treatments, sources] = await Promise.all([getCollection('treatments'), getCollection('sources')]);
	const byId = new Map(sources.map((source) => [source.id, source]));
	const link = ({ id }: { id: string }): SourceLink => {
		const source = byId.get(id);
		if (!source) throw new Error(`content/treatments.yaml: unknown source id "${id}"`);
		return { id, short: source.data.short, title: source.data.title, href: sourceHref(source.data), kind: source.data.kind };
	};
	const linkIfAny = (source: { id: string } | undefined) => (source ? link(source) : undefined);
	const byLabel = (a: CollectionEntry<'treatments'>, b: CollectionEntry<'treatments'>) => a.data.label.localeCompare(b.data.label);
	return treatments.sort(byLabel).map(({ id, data }) => ({
		id,
		label: data.label,
		article: data.article,
		verdict: { ...data.verdict, sources: data.verdict.sources.map(link) },
		gradeScale: data.gradeScale && { ...data.gradeScale, sources: data.gradeScale.sources.map(link) },
		grades: data.grades,
		figures: strongestFirst(
			data.figures.map(({ approval, ...figure }) => ({
				...figure,
				source: linkIfAny(figure.source),
				approval: approval && { ...approval, source: link(approval.source) },
			})),
			(source) => kindRank(source.kind),
		),
		caveats: data.caveats.map((caveat) => ({ ...caveat, source: link(caveat.source) })),
		maintenance: data.maintenance.map((statement) => ({ ...statement, source: linkIfAny(statement.source) })),
	}));
}

/** Every source the estimator cites, once each, in the order first cited. */
export function citedSources(treatments: readonly TreatmentView[]): SourceLink[] {
	return uniqueSources(
		treatments.flatMap((treatment) => [
			...treatment.verdict.sources.map((source) => ({ source })),
			...(treatment.gradeScale?.sources.map((source) => ({ source })) ?? []),
			...treatment.figures.flatMap((figure) => [figure, ...(figure.approval ? [figure.approval] : [])]),
			...treatment.caveats,
			...treatment.maintenance,
		]),
	);
}
