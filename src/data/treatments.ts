// Reads the treatments collection and resolves each source id into what the estimator shows:
// the short citation, the title and the canonical link.
import { getCollection, type CollectionEntry } from 'astro:content';
import { uniqueSources, type SourceLink, type TreatmentData } from '../lib/estimator.ts';
import { sourceHref } from '../lib/schemas/source.ts';

export type TreatmentView = TreatmentData<SourceLink>;

/** Every goal, sorted by its label (so readers find it alphabetically), with sources ready to cite. */
export async function getTreatments(): Promise<TreatmentView[]> {
	const [treatments, sources] = await Promise.all([getCollection('treatments'), getCollection('sources')]);
	const byId = new Map(sources.map((source) => [source.id, source]));
	const link = ({ id }: { id: string }): SourceLink => {
		const source = byId.get(id);
		if (!source) throw new Error(`content/treatments.yaml: unknown source id "${id}"`);
		return { id, short: source.data.short, title: source.data.title, href: sourceHref(source.data) };
	};
	const linkIfAny = (source: { id: string } | undefined) => (source ? link(source) : undefined);
	const byLabel = (a: CollectionEntry<'treatments'>, b: CollectionEntry<'treatments'>) => a.data.label.localeCompare(b.data.label);
	return treatments.sort(byLabel).map(({ id, data }) => ({
		id,
		label: data.label,
		article: data.article,
		grades: data.grades,
		figures: data.figures.map((figure) => ({ ...figure, source: linkIfAny(figure.source) })),
		caveats: data.caveats.map((caveat) => ({ ...caveat, source: link(caveat.source) })),
		maintenance: data.maintenance.map((statement) => ({ ...statement, source: linkIfAny(statement.source) })),
	}));
}

/** Every source the estimator cites, once each, in the order first cited. */
export function citedSources(treatments: readonly TreatmentView[]): SourceLink[] {
	return uniqueSources(treatments.flatMap((treatment) => [...treatment.figures, ...treatment.caveats, ...treatment.maintenance]));
}
