import { z } from 'astro/zod';

/** Kinds of source, from strongest authority to weakest; the bibliography groups by these. */
export const SOURCE_KINDS = [
	'regulator',
	'society',
	'systematic-review',
	'review',
	'trial',
	'case-report',
	'guideline',
	'book',
	'consumer',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Hosts that only copy other people's work (file-sharing sites, mirrors, proxies, authors' upload sites).
 * The evidence brief saw some papers only there; we cite the canonical reference instead.
 */
export const MIRROR_HOSTS = [
	'academia.edu',
	'researchgate.net',
	'docstoc.com',
	'scribd.com',
	'vdocuments.us',
	'vdocuments.site',
	'studylib.net',
	'studyres.com',
	'doczz.net',
	'docslib.org',
	'weglot.com',
	'webvpn.zafu.edu.cn',
	'pages.dev',
	'litmetric.com',
	'bohrium.dp.tech',
	'ouci.dntb.gov.ua',
	'sigmaaldrich.com',
	'githubissues.com',
	'workers.dev',
];

/**
 * The listed mirror `url` is on, if any. A subdomain (`www.`, `fr.`) counts, and neither letter case nor the
 * trailing dot of a fully qualified name (`scribd.com.`) hides a host.
 */
export function mirrorHost(url: string): string | undefined {
	const hostname = URL.parse(url)?.hostname.toLowerCase().replace(/\.+$/, '');
	if (!hostname) return undefined;
	return MIRROR_HOSTS.find((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** One entry of the bibliography in `content/sources.yaml`. */
export const SourceSchema = z.object({
	/** The id used in the evidence brief ([R1], [J8]), kept so editors can trace a source back. */
	briefId: z.string().optional(),
	/** The title as the publisher gives it. */
	title: z.string().min(3),
	/**
	 * The language the source is written in (a two-letter code), so pages in every language mark its title and
	 * reference as that language for screen readers; titles are never translated. Defaults to English.
	 */
	language: z
		.string()
		.regex(/^[a-z]{2}$/, 'language must be a two-letter code such as fr')
		.default('en'),
	/**
	 * How in-text citations show this source, e.g. "FDA, 2010" or "Park and others, 2008". A label with words
	 * in it (see `labelNeedsTranslation`) is translated in content/<locale>/sources.yaml.
	 */
	short: z.string().min(2).max(48),
	/** Authors or the organisation that wrote it. */
	authors: z.string().optional(),
	/** The journal, agency or publisher. */
	publisher: z.string().min(2),
	/** Year of publication; null when the source shows no date (say why in `dateNote`). */
	year: z.number().int().min(1900).max(2100).nullable(),
	/** What to show instead of a year, e.g. "current label" or "date not shown". */
	dateNote: z.string().optional(),
	/** Volume, issue, pages or the exact date. */
	details: z.string().optional(),
	/** Canonical https address at the publisher, PubMed, PMC, doi.org or a regulator. Never a mirror. */
	url: z
		.url({ protocol: /^https$/, error: 'url must be an https address' })
		.superRefine((url, ctx) => {
			const host = mirrorHost(url);
			// Worded without "document" or "window": Astro adds a wrong "browser APIs" hint to such messages.
			if (host) {
				ctx.addIssue({
					code: 'custom',
					message: `url is on ${host}, which only hosts copies of papers; link the original instead: the publisher's page, PubMed, PMC or https://doi.org/ with the DOI`,
				});
			}
		})
		.optional(),
	/** Digital Object Identifier, without the https://doi.org/ prefix. */
	doi: z
		.string()
		.regex(/^10\.\d{4,9}\/\S+$/, 'doi must look like 10.1234/abc')
		.optional(),
	/** PubMed id (digits only). */
	pmid: z
		.string()
		.regex(/^\d{5,9}$/, 'pmid must be digits')
		.optional(),
	/** What kind of source this is; decides its group in the bibliography. */
	kind: z.enum(SOURCE_KINDS),
	/** A note for readers, e.g. why there is no link. */
	note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Whether a citation label has words of a language in it ("Park and others", "FDA, dermal fillers"): a word in
 * small letters. Names, acronyms and years ("FDA, 2010", "Healthline") read the same in every language.
 */
export function labelNeedsTranslation(short: string): boolean {
	return /(?<!\p{L})\p{Ll}[\p{Ll}-]*(?!\p{L})/u.test(short);
}

/** The address readers follow for a source: its URL, else its DOI, else its PubMed record. */
export function sourceHref(source: Pick<Source, 'url' | 'doi' | 'pmid'>): string | undefined {
	if (source.url) return source.url;
	if (source.doi) return `https://doi.org/${source.doi}`;
	if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
	return undefined;
}

/** The full stop a part of a reference still needs: none when it already ends with . ? or ! (as "et al." does). */
export function stopAfter(text: string): string {
	return /[.?!]$/.test(text.trimEnd()) ? '' : '.';
}

/** A part of a reference ended with exactly one full stop. */
export function endSentence(text: string): string {
	return `${text.trimEnd()}${stopAfter(text)}`;
}

/** A fragment shown as a sentence of its own: capital first letter and a full stop ("date not shown" → "Date not shown."). */
export function asSentence(text: string): string {
	return endSentence(`${text.charAt(0).toUpperCase()}${text.slice(1)}`);
}
