import { z } from 'astro/zod';

/** One plain-language definition in `content/glossary.yaml`. */
export const GlossaryTermSchema = z.object({
	/** The word as shown in the glossary heading, e.g. "Dermis". */
	term: z.string().min(2),
	/** Other names readers use for the same thing. */
	aka: z.array(z.string()).default([]),
	/** One or two short plain sentences. No statistics: those belong in articles, with sources. */
	definition: z.string().min(20).max(300),
	/** Slug of the article that explains this best, if any. */
	article: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
