import { z } from 'astro/zod';
import { SOURCE_KINDS, type SourceKind } from './source.ts';

/** Who a figure or statement comes from: a source in the bibliography, or clinic material we could not trace. */
const CLINIC_CLAIM = 'clinic-claim';

/**
 * How strong the evidence is that the treatment works for a goal, judged from the best fair test we have.
 * Codes only: the estimator's components hold the words readers see.
 * - `no-benefit`: a fair test (with a comparison) found no benefit.
 * - `unproven`: no fair test shows a benefit, and the best evidence found none or says it cannot be advised.
 * - `weak`: small or poor-quality studies found some benefit.
 */
export const EVIDENCE_STRENGTHS = ['no-benefit', 'unproven', 'weak'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/**
 * A source's place when the estimator lists figures: its kind's place in SOURCE_KINDS, from strongest (0, regulator)
 * to weakest (consumer websites). Lowest first (audit A17: a range names its strongest source first).
 */
export const kindRank = (kind: SourceKind): number => SOURCE_KINDS.indexOf(kind);

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

/** A grade that sorts how visible a problem is (today only cellulite has grades). */
const GradeSchema = z.strictObject({
	/** 1, 2, 3: what readers choose and what links carry (`?grade=2`). */
	id: z.number().int().min(1).max(9),
	/** What the grade looks like, in the reader's words, e.g. "seen only when you pinch the skin". */
	description: z.string().min(5).max(80),
});

/**
 * One goal in `content/treatments.yaml`: what the best evidence found, and what sources report about sessions.
 * Nested objects are strict, so a typo or an unquoted comma in YAML (which splits a value into a new key) fails
 * the build.
 */
export function TreatmentSchema<Source extends z.ZodType>(sourceId: Source) {
	return z
		.object({
			/** What readers pick, e.g. "Fat reduction". */
			label: z.string().min(3).max(40),
			/** Slug of the article that explains the evidence (published at /articles/<slug>/). */
			article: z.string().regex(/^[a-z0-9-]+$/, 'article must be an article slug such as "cellulite"'),
			/**
			 * What the best fair tests found, shown before any number (in the estimator, its table, the clinic embed
			 * and calendar files). One or two short plain sentences (reading grade 8 or below) and the sources that
			 * found it, strongest first.
			 */
			verdict: z.strictObject({
				/** How strong the evidence of benefit is: one of EVIDENCE_STRENGTHS. */
				strength: z.enum(EVIDENCE_STRENGTHS),
				/** e.g. "In a fair test, people judging the results could not tell treated eyelids from …". */
				text: z.string().min(20).max(220),
				/** The sources behind the sentence. */
				sources: z.array(sourceId).min(1).max(3),
			}),
			/** The published scale the grades come from, with the sources that describe it. Needed with `grades`. */
			gradeScale: z
				.strictObject({
					/** e.g. "Nürnberger–Müller". */
					name: z.string().min(3).max(40),
					sources: z.array(sourceId).min(1).max(3),
				})
				.optional(),
			/** The grades of that scale, lowest first. Leave out when there are none. */
			grades: z.array(GradeSchema).min(2).optional(),
			/**
			 * What each source reports. The estimator lists them strongest source first (by kind: regulator, society,
			 * reviews, studies, …, consumer websites last); the first one with a source, the time between sessions and
			 * the reader's grade is the example. Clinic claims are shown, labelled, but never counted in the ranges.
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
							/**
							 * Whether a medicines regulator has approved what was injected, said plainly with its source
							 * (e.g. "The FDA has not approved fat-dissolving PC/DC shots."). Needed on every sourced figure,
							 * because the example plan must say when it comes from an unapproved treatment.
							 */
							approval: z
								.strictObject({
									approved: z.boolean(),
									text: z.string().min(10).max(160),
									source: sourceId,
								})
								.optional(),
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
			// Links carry the grade's id (?grade=2), so two grades with one id would make a link mean either.
			treatment.grades?.forEach((grade, index) => {
				if (treatment.grades!.findIndex((other) => other.id === grade.id) < index) {
					ctx.addIssue({
						code: 'custom',
						path: ['grades', index, 'id'],
						message: `grade ${grade.id} is listed twice; give each grade its own id`,
					});
				}
			});
			if (treatment.grades && !treatment.gradeScale) {
				ctx.addIssue({
					code: 'custom',
					path: ['gradeScale'],
					message: 'grades need a gradeScale: the published scale they come from, with its sources',
				});
			}
			treatment.figures.forEach((figure, index) => {
				for (const grade of figure.grades ?? []) {
					if (!gradeIds.has(grade)) {
						ctx.addIssue({ code: 'custom', path: ['figures', index, 'grades'], message: `grade ${grade} is not in this goal's grades` });
					}
				}
				if (figure.source !== undefined && figure.approval === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['figures', index, 'approval'],
						message: 'a sourced figure needs approval: whether a regulator approved what was injected',
					});
				}
			});
			if (!treatment.figures.some((figure) => figure.source !== undefined && figure.intervalDays !== undefined)) {
				ctx.addIssue({
					code: 'custom',
					path: ['figures'],
					message: 'at least one figure needs a source and intervalDays (the example plan)',
				});
			}
		});
}
