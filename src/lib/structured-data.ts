// schema.org JSON-LD for article pages: what search engines read about who checked a page, when,
// and on what evidence. Built from the same data the page shows, never from anything else.
import { isoDate } from './dates.ts';
import { sourceHref, type Source } from './schemas/source.ts';

export interface Breadcrumb {
	/** Site-relative address, e.g. "/articles/". */
	href: string;
	label: string;
}

export interface ArticleStructuredDataInput {
	/** The page's canonical absolute address. */
	url: string;
	/** The site's absolute home address, e.g. "https://example.org/". */
	siteUrl: string;
	siteName: string;
	/** The page's language as a BCP 47 tag, e.g. "en" or "es". */
	inLanguage: string;
	title: string;
	description: string;
	lastReviewed: Date;
	/** The newest day in the page's history. */
	dateModified: Date;
	/**
	 * The clinician whose review applies to the page as it is now (its fingerprint matches); left out
	 * when nobody has reviewed it or it changed since the review.
	 */
	reviewer?: { name: string; credentials: string; register?: { url: string } | undefined } | undefined;
	/** The article's sources, in the order its sources list shows them. */
	sources: Pick<Source, 'title' | 'publisher' | 'year' | 'url' | 'doi' | 'pmid'>[];
	/** Trail from the home page to this page, as the visible breadcrumbs show it. */
	breadcrumbs: Breadcrumb[];
}

/** Every article is about mesotherapy: injections through the skin, hence percutaneous. */
const MESOTHERAPY_PROCEDURE = {
	'@type': 'MedicalProcedure',
	name: 'Mesotherapy',
	procedureType: 'https://schema.org/PercutaneousProcedure',
} as const;

/** What a `MedicalWebPage` says about its review: the dates, and `reviewedBy` only for a review of the content as it is now. */
export function reviewFields({
	lastReviewed,
	dateModified,
	reviewer,
}: Pick<ArticleStructuredDataInput, 'lastReviewed' | 'dateModified' | 'reviewer'>) {
	return {
		lastReviewed: isoDate(lastReviewed),
		dateModified: isoDate(dateModified),
		// Only a named clinician who really checked this content; editorial review is not medical review.
		...(reviewer
			? {
					reviewedBy: {
						'@type': 'Person',
						name: reviewer.name,
						hasCredential: { '@type': 'EducationalOccupationalCredential', name: reviewer.credentials },
						...(reviewer.register ? { sameAs: reviewer.register.url } : {}),
					},
				}
			: {}),
	};
}

/** A `MedicalWebPage` and its `BreadcrumbList`, as one JSON-LD graph. */
export function articleStructuredData(input: ArticleStructuredDataInput) {
	const { url, siteUrl, siteName } = input;
	const breadcrumbId = `${url}#breadcrumb`;
	const page = {
		'@type': 'MedicalWebPage',
		'@id': `${url}#page`,
		url,
		name: input.title,
		description: input.description,
		inLanguage: input.inLanguage,
		isPartOf: { '@type': 'WebSite', name: siteName, url: siteUrl },
		publisher: { '@type': 'Organization', name: siteName, url: siteUrl },
		...reviewFields(input),
		about: MESOTHERAPY_PROCEDURE,
		citation: input.sources.map((source) => {
			const href = sourceHref(source);
			return {
				'@type': 'CreativeWork',
				name: source.title,
				publisher: { '@type': 'Organization', name: source.publisher },
				...(source.year === null ? {} : { datePublished: String(source.year) }),
				...(href ? { url: href } : {}),
			};
		}),
		breadcrumb: { '@id': breadcrumbId },
	};
	const breadcrumbs = {
		'@type': 'BreadcrumbList',
		'@id': breadcrumbId,
		itemListElement: input.breadcrumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: new URL(crumb.href, siteUrl).href,
		})),
	};
	return { '@context': 'https://schema.org', '@graph': [page, breadcrumbs] };
}

/**
 * JSON for a `<script type="application/ld+json">` element. Escapes "<" so no text (a title with
 * "</script>" in it) can end the element early and turn the rest into markup; JSON readers turn
 * "\u003c" back into "<". The line separators U+2028/U+2029 are escaped for older script parsers.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}
