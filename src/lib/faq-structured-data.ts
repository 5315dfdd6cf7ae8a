/**
 * schema.org structured data for the side-effect FAQ page: one node that is both a MedicalWebPage
 * and an FAQPage, with a Question and accepted Answer per entry, built from the same collection as
 * the page. Search engines no longer show FAQ rich results, so this is for machines that read
 * the page (assistants, archives), not for ranking.
 */
import { proseFromMdx } from './mdx-prose.ts';

export interface StructuredQuestion {
	/** The question's id, used for its link on the page. */
	id: string;
	question: string;
	/** The answer as written, in Markdown. */
	answerMarkdown: string;
	/** Sources behind the answer: title, and address where one is known. */
	sources: { title: string; url?: string | undefined }[];
}

export interface FaqPageInput {
	/** Absolute address of the page, e.g. https://example.org/side-effects/. */
	pageUrl: string;
	name: string;
	description: string;
	siteName: string;
	siteUrl: string;
	/** BCP 47 language of the page, e.g. "en-GB". */
	inLanguage: string;
	questions: readonly StructuredQuestion[];
}

/** The answer as one line of plain text: Markdown, links and any HTML removed. */
export function plainAnswer(markdown: string): string {
	return proseFromMdx(markdown).replace(/\s+/g, ' ').trim();
}

/** The JSON-LD object for the page. */
export function faqPageStructuredData(page: FaqPageInput): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': ['MedicalWebPage', 'FAQPage'],
		'@id': page.pageUrl,
		url: page.pageUrl,
		name: page.name,
		description: page.description,
		inLanguage: page.inLanguage,
		about: { '@type': 'MedicalTherapy', name: 'Mesotherapy' },
		audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
		isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
		mainEntity: page.questions.map((q) => ({
			'@type': 'Question',
			'@id': `${page.pageUrl}#${q.id}`,
			name: q.question,
			acceptedAnswer: {
				'@type': 'Answer',
				text: plainAnswer(q.answerMarkdown),
				citation: q.sources.map((source) => ({
					'@type': 'CreativeWork',
					name: source.title,
					...(source.url ? { url: source.url } : {}),
				})),
			},
		})),
	};
}
