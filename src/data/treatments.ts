// Reads the treatments collection and resolves each source id into what the estimator shows:
// the short citation in the page's language, the title, the canonical link and the kind (which puts the strongest source first).
// In another language, the goal's words come from content/<locale>/treatments.yaml (src/lib/treatments-locale.ts).
import { getCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import { formatProblem, readDataFile } from '../lib/data-file.ts';
import { strongestFirst, uniqueSources, type SourceLink, type TreatmentData } from '../lib/estimator.ts';
import { sourceHref } from '../lib/schemas/source.ts';
import { kindRank } from '../lib/schemas/treatment.ts';
import { translateTreatment, type TreatmentText } from '../lib/treatments-locale.ts';
import { getSourceWords } from './sources.ts';

export type TreatmentView = TreatmentData<SourceLink>;

// Words only, as long as they need to be (Spanish runs longer than English); the English schema holds the rest.
const words = z.string().trim().min(1);
const TreatmentTextSchema = z.strictObject({
	label: words,
	verdict: words,
	grades: z.array(words).optional(),
	figures: z.array(z.strictObject({ note: words, approval: words.optional() })),
	caveats: z.array(words),
	maintenance: z.array(words),
});

/** The goals' words in `locale`, by goal id. Throws with the file's line on any problem. */
function treatmentTexts(locale: Locale): Map<string, TreatmentText> {
	const file = `content/${locale}/treatments.yaml`;
	const { entries, problems } = readDataFile(file, readFileSync(file, 'utf8'), TreatmentTextSchema);
	if (problems.length > 0) throw new Error(`${file} has problems:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
	return new Map(entries.map(({ id, data }) => [id, data]));
}

/** Every goal in `locale`, sorted by its label in that language (so readers find it alphabetically), with sources ready to cite. */
export async function getTreatments(locale: Locale = DEFAULT_LOCALE): Promise<TreatmentView[]> {
	const [english, sources, sourceWords] = await Promise.all([
		getCollection('treatments'),
		getCollection('sources'),
		getSourceWords(locale),
	]);
	const texts = locale === DEFAULT_LOCALE ? undefined : treatmentTexts(locale);
	const treatments = english.map(({ id, data }) => {
		const text = texts?.get(id);
		if (texts && !text) throw new Error(`content/${locale}/treatments.yaml has no entry for the goal "${id}": translate it.`);
		return { id, data: text ? translateTreatment(id, data, text) : data };
	});
	const byId = new Map(sources.map((source) => [source.id, source]));
	const link = ({ id }: { id: string }): SourceLink => {
		const source = byId.get(id);
		if (!source) throw new Error(`content/treatments.yaml: unknown source id "${id}"`);
		return { id, short: sourceWords(id).short, title: source.data.title, href: sourceHref(source.data), kind: source.data.kind };
	};
	const linkIfAny = (source: { id: string } | undefined) => (source ? link(source) : undefined);
	const byLabel = (a: { data: { label: string } }, b: { data: { label: string } }) =>
		a.data.label.localeCompare(b.data.label, LOCALE_INFO[locale].tag);
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
