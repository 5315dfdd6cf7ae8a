// Content collections over the top-level content/ folder. Each schema lives in src/lib/schemas/
// (pure zod, unit-tested); this file only wires loaders and cross-collection references.
// YAML files go through dataFile() (src/lib/content-loaders.ts), never Astro's file(): a file that cannot
// be read or checked stops the build with its line and column, instead of leaving last build's data in the cache.
// Markdown folders go through idFiles(): each file name is its entry's id, so two files can never share one.
import { defineCollection, reference } from 'astro:content';
import { dataFile, idFiles, summaryTranslationFiles, translatedFiles, translationFile } from './lib/content-loaders.ts';
import { ArticleSchema } from './lib/schemas/article.ts';
import { ComparisonRowSchema } from './lib/schemas/comparison.ts';
import { FaqSchema } from './lib/schemas/faq.ts';
import { GlossaryTermSchema } from './lib/schemas/glossary.ts';
import { PageRecordSchema } from './lib/schemas/page-history.ts';
import { RedFlagSchema } from './lib/schemas/red-flag.ts';
import { SummaryTranslationSchema } from './lib/review/summary-translations.ts';
import { TEXT_PAGES } from './lib/review/text-pages.ts';
import { ReviewRecordSchema } from './lib/schemas/review.ts';
import { labelNeedsTranslation, SourceSchema } from './lib/schemas/source.ts';
import { TreatmentSchema } from './lib/schemas/treatment.ts';
import {
	ComparisonTextSchema,
	GlossaryTextSchema,
	RedFlagTextSchema,
	SourceTextSchema,
	TranslatedArticleSchema,
	TranslatedFaqSchema,
	TranslatedPageSchema,
	TreatmentTextSchema,
} from './lib/schemas/translation.ts';

const articles = defineCollection({
	loader: idFiles('./content/articles', 'mdx'),
	schema: ArticleSchema({ sourceId: reference('sources') }),
});

const sources = defineCollection({
	loader: dataFile('./content/sources.yaml', SourceSchema),
});

const glossary = defineCollection({
	loader: dataFile('./content/glossary.yaml', GlossaryTermSchema),
});

const comparison = defineCollection({
	loader: dataFile('./content/comparison.yaml', ComparisonRowSchema(reference('sources'))),
});

// One Markdown file per side-effect question; the file name is the id used in /side-effects/#id.
const faq = defineCollection({
	loader: idFiles('./content/faq', 'md'),
	schema: FaqSchema(reference('sources'), reference('redFlags')),
});

// The warning signs: one rulebook for when to get help, read by every article's "When to get help"
// box and by the FAQ page. One entry per sign, in the order the boxes list them.
const redFlags = defineCollection({
	loader: dataFile('./content/red-flags.yaml', RedFlagSchema(reference('sources'))),
});

// What each source reports about sessions, one entry per goal; read by the estimator.
const treatments = defineCollection({
	loader: dataFile('./content/treatments.yaml', TreatmentSchema(reference('sources'))),
});

// A clinician's review of one page: content/reviews/<page-id>.yaml (see src/lib/schemas/review.ts).
// None ship until a real clinician has reviewed a page.
const reviews = defineCollection({
	loader: idFiles('./content/reviews', 'yaml'),
	schema: ReviewRecordSchema,
});

// Review dates and history of the pages that are not articles: content/pages/side-effects.yaml, estimator.yaml.
const pages = defineCollection({
	loader: idFiles('./content/pages', 'yaml'),
	schema: PageRecordSchema,
});

// Translations, in content/<locale>/ for every language but English (src/i18n/locales.ts): only the words,
// keyed by the English ids ("es/cellulite"); everything else is read from the English entry. Each loader
// stops the build when an English entry has no translation or a translation has no English entry.
const translatedArticles = defineCollection({ loader: translatedFiles('articles', 'mdx'), schema: TranslatedArticleSchema });
const translatedFaq = defineCollection({ loader: translatedFiles('faq', 'md'), schema: TranslatedFaqSchema });
const translatedPages = defineCollection({ loader: translatedFiles('pages', 'yaml', TEXT_PAGES), schema: TranslatedPageSchema });
const translatedGlossary = defineCollection({ loader: translationFile('glossary', GlossaryTextSchema) });
const translatedRedFlags = defineCollection({ loader: translationFile('red-flags', RedFlagTextSchema) });
const translatedComparison = defineCollection({ loader: translationFile('comparison', ComparisonTextSchema) });
const translatedTreatments = defineCollection({
	loader: translationFile('treatments', TreatmentTextSchema, {
		itemLists: { grades: [], figures: ['note', 'approval'], caveats: [], maintenance: [] },
	}),
});
// How the text cites a source, and our notes on it: only sources whose label has words in it ("and others") or
// that have a note need a translation; a label of names and years reads the same in every language.
const translatedSources = defineCollection({
	loader: translationFile('sources', SourceTextSchema, {
		needed: {
			when: (english) => {
				const { short, note, dateNote } = english as Record<string, unknown>;
				return (typeof short === 'string' && labelNeedsTranslation(short)) || note !== undefined || dateNote !== undefined;
			},
			because: 'its short label has words in it, or it has a note or dateNote',
		},
		fieldsLikeEnglish: ['note', 'dateNote'],
	}),
});
// Page-history summaries, in content/<locale>/changes.yaml: each English summary once, with its translation.
const translatedSummaries = defineCollection({ loader: summaryTranslationFiles(), schema: SummaryTranslationSchema });

export const collections = {
	articles,
	sources,
	glossary,
	comparison,
	faq,
	redFlags,
	treatments,
	reviews,
	pages,
	translatedArticles,
	translatedFaq,
	translatedPages,
	translatedGlossary,
	translatedRedFlags,
	translatedComparison,
	translatedTreatments,
	translatedSources,
	translatedSummaries,
};
