import { z } from 'astro/zod';

const cell = z.string().min(2).max(160);

/** One row of the treatment comparison table in `content/comparison.yaml`. */
export function ComparisonRowSchema<Source extends z.ZodType>(sourceId: Source) {
	return z.object({
		/** Treatment name as shown in the table. */
		name: z.string().min(2),
		/** What the treatment is, in one plain sentence. */
		whatItIs: cell,
		/** Regulatory status (FDA approval or clearance, rules elsewhere). */
		approval: cell,
		/** How strong the evidence is, in plain words. */
		evidence: cell,
		/** Sessions reported by sources, never a standard. */
		sessions: cell,
		/** Time off normal life afterwards. */
		downtime: cell,
		/** The main risks. */
		mainRisks: cell,
		/** Sources backing this row. */
		sources: z.array(sourceId).min(1),
	});
}
