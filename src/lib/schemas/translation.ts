// What a translation in content/<locale>/ holds: only the words readers read. Ids, levels, areas, numbers,
// sources, order and dates stay in the English files, so a warning sign has one urgency in every language.
// Every schema is strict: a field the English file owns (an old `review:` or a copied `urgency:`) fails the
// build instead of being silently ignored.
import { z } from 'astro/zod';
import { FINGERPRINT_PATTERN } from '../review/fingerprint.ts';
import { articleTextFields } from './article.ts';
import { ComparisonRowSchema } from './comparison.ts';
import { faqTextFields } from './faq.ts';
import { GlossaryTermSchema } from './glossary.ts';
import { ContentDate } from './page-history.ts';
import { RedFlagSchema } from './red-flag.ts';

/**
 * Which English text a translation was made from: `{ of: "v1:…", date: 2026-12-02 }`. `of` is the English
 * page's content fingerprint when it was translated (`npm run review:status` prints it); when the English page
 * changes, its fingerprint no longer matches and the translated page says it may be out of date.
 */
export const TranslationRecordSchema = z.strictObject({
	of: z.string().regex(FINGERPRINT_PATTERN, 'of must be the English page\'s fingerprint, "v1:" and 64 hex digits (npm run review:status)'),
	date: ContentDate,
});
export type TranslationRecord = z.infer<typeof TranslationRecordSchema>;

/** content/<locale>/articles/<slug>.mdx: the article's words and what they translate. */
export const TranslatedArticleSchema = z.strictObject({ ...articleTextFields, translation: TranslationRecordSchema });

/** content/<locale>/faq/<id>.md: the question, readers' words for it, and (as the body) the answer. */
export const TranslatedFaqSchema = z.strictObject(faqTextFields);

/** content/<locale>/pages/<page-id>.yaml: what a page that is not an article translates (side-effects, estimator). */
export const TranslatedPageSchema = z.strictObject({ translation: TranslationRecordSchema });

/** content/<locale>/glossary.yaml. */
export const GlossaryTextSchema = GlossaryTermSchema.pick({ term: true, aka: true, definition: true }).strict();

/** content/<locale>/red-flags.yaml: the sign and its detail. */
export const RedFlagTextSchema = RedFlagSchema(z.string()).pick({ sign: true, detail: true }).strict();

/** content/<locale>/comparison.yaml: every cell of a row. */
export const ComparisonTextSchema = ComparisonRowSchema(z.string()).omit({ sources: true }).strict();

/** A translated text: Spanish runs about a fifth longer than English, so it may be 30% longer than English's limit. */
export const translatedText = (englishMax: number) =>
	z
		.string()
		.min(3)
		.max(Math.round(englishMax * 1.3));

/**
 * content/<locale>/sources.yaml: how the text cites a source, and our notes on it, in the language. Titles and
 * references stay in their own language.
 */
export const SourceTextSchema = z.strictObject({
	short: translatedText(48),
	note: translatedText(300).optional(),
	dateNote: translatedText(100).optional(),
});

/**
 * content/<locale>/treatments.yaml: a goal's label and verdict, and its lists in the English order (each figure's
 * note and approval, each caveat, maintenance note and grade description).
 */
export const TreatmentTextSchema = z.strictObject({
	label: translatedText(40),
	verdict: translatedText(220),
	grades: z.array(translatedText(80)).optional(),
	figures: z.array(z.strictObject({ note: translatedText(200), approval: translatedText(160).optional() })),
	caveats: z.array(translatedText(200)),
	maintenance: z.array(translatedText(200)),
});
