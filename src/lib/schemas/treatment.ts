import { z } from 'astro/zod';

/** Who a figure or statement comes from: a source in the bibliography, or clinic material we could not trace. */
const CLINIC_CLAIM = 'clinic-claim';

/** A count or a number of days as a source gives it: "4", "3 to 15", "up to 6" or "21 or more". */
const RangeSchema = (unit: string) =>
	z
		.strictObject({
			/** The lowest value reported; leave out for "up to …". */
			min: z.number().int().min(1).optional(),
			/** The highest value reported; leave out for "… or more". */
			max: z.number().int().min(1).optional(),
		})
		.refine((range) => range.min !== undefined || range.max !== undefined, { error: `give a min or a max number of ${unit}` })
		.refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
			error: `min ${unit} must not be more than max ${unit}`,
		});

/**
 * Exactly one of `source` (an id in content/sources.yaml) or `origin: clinic-claim` (a number clinics
 * quote that we could not trace to any study; the estimator labels it so). Never invent a source.
 */
function attributed<Shape extends z.ZodRawShape, Source extends z.ZodType>(shape: Shape, sourceId: Source) {
	return z
		.strictObject({
			...shape,
			/** The source that reports it. */
			source: sourceId.optional(),
			/** `clinic-claim` when no study stands behind it. */
			origin: z.literal(CLINIC_CLAIM).optional(),
		})
		.refine((item: { source?: unknown; origin?: unknown }) => (item.source === undefined) !== (item.origin === undefined), {
			error: `give either a source id or origin: ${CLINIC_CLAIM}, not both and not neither`,
		});
}

/** A grade clinics use to sort how visible a problem is (today only cellulite has grades). */
const GradeSchema = z.strictObject({
	/** 1, 2, 3: what readers choose and what links carry (`?grade=2`). */
	id: z.number().int().min(1).max(9),
	/** What the grade looks like, in the reader's words, e.g. "seen only when you pinch the skin". */
	description: z.string().min(5).max(80),
});

/**
 * One goal in `content/treatments.yaml`: what sources report about sessions for it. Nested objects are strict,
 * so a typo or an unquoted comma in YAML (which splits a value into a new key) fails the build.
 */
export function TreatmentSchema<Source extends z.ZodType>(sourceId: Source) {
	return z
		.object({
			/** What readers pick, e.g. "Fat reduction". */
			label: z.string().min(3).max(40),
			/** Slug of the article that explains the evidence (published at /articles/<slug>/). */
			article: z.string().regex(/^[a-z0-9-]+$/, 'article must be an article slug such as "cellulite"'),
			/** Grades clinic material uses for this goal, lowest first. Leave out when there are none. */
			grades: z.array(GradeSchema).min(2).optional(),
			/**
			 * What each source reports. The first figure with a source is the example plan the dates start from.
			 * Clinic claims are shown, labelled, but never counted in the ranges.
			 */
			figures: z
				.array(
					attributed(
						{
							/** Number of sessions reported. */
							sessions: RangeSchema('sessions'),
							/** Days between sessions; leave out when the source gives none. */
							intervalDays: RangeSchema('days').optional(),
							/** Only for these grades; leave out when the figure applies to every grade. */
							grades: z.array(z.number().int()).min(1).optional(),
							/** Who or what was studied, in a short plain sentence. */
							note: z.string().min(10).max(200),
						},
						sourceId,
					),
				)
				.min(1),
			/** Warnings about the evidence shown next to every result, each with its source. */
			caveats: z.array(z.object({ text: z.string().min(10).max(200), source: sourceId })).min(1),
			/** What sources say about top-up sessions. Say when a popular claim has no source. */
			maintenance: z.array(attributed({ text: z.string().min(10).max(200) }, sourceId)).min(1),
		})
		.superRefine((treatment, ctx) => {
			const gradeIds = new Set(treatment.grades?.map((grade) => grade.id));
			treatment.figures.forEach((figure, index) => {
				for (const grade of figure.grades ?? []) {
					if (!gradeIds.has(grade)) {
						ctx.addIssue({ code: 'custom', path: ['figures', index, 'grades'], message: `grade ${grade} is not in this goal's grades` });
					}
				}
			});
			if (!treatment.figures.some((figure) => figure.source !== undefined && figure.intervalDays !== undefined)) {
				ctx.addIssue({ code: 'custom', path: ['figures'], message: 'at least one figure needs a source and intervalDays (the example plan)' });
			}
		});
}
