/**
 * The contract between the clinic embed loader (`/embed.js`, on clinics' pages) and the embed page
 * (`/embed/estimator/`, on this site). They talk only through the frame's address and messages, so both import
 * this one module: the element and attribute names, the height message, and how attribute values are checked.
 * Attribute values come from someone else's page: treat every one as hostile. The loader checks them before
 * building the frame's address; the embed page checks them again with zod (`EmbedSettingsSchema`), because
 * anyone can open that address with any query.
 * The loader must stay dependency-free and under 2 KB gzip: keep zod inside `EmbedSettingsSchema` only.
 */
import { z } from 'astro/zod';
import { parseHexColour } from './colour.ts';

/** The custom element clinics paste. */
export const ELEMENT_NAME = 'meso-estimator';
/** The page the frame shows. */
export const EMBED_PATH = '/embed/estimator/';
/** Where the site serves the loader clinics paste. */
export const LOADER_PATH = '/embed.js';
/** The only message the embed page sends: its content height in CSS pixels. */
export const HEIGHT_MESSAGE = 'meso-estimator:height';
/** Height of the frame until the first height message arrives. */
export const DEFAULT_FRAME_HEIGHT = 900;
/** The frame's accessible name. */
export const FRAME_TITLE = 'Mesotherapy session estimator';
/**
 * What the frame may do: run its own scripts, open links and the clinic's button in a new tab, download the
 * calendar file and print. No allow-top-navigation, so it can never navigate the clinic's page.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals';

/** Every attribute the element reads. The frame's address uses the same names as query keys. */
export const ATTRIBUTES = ['clinic-name', 'cta-url', 'cta-label', 'accent', 'goals'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export const LIMITS = { 'clinic-name': 80, 'cta-label': 40, goals: 10 } as const;
export const DEFAULT_CTA_LABEL = 'Contact the clinic';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
}

/** The settings a clinic chose, every value already checked. */
export interface EmbedSettings {
	clinicName?: string | undefined;
	ctaUrl?: string | undefined;
	ctaLabel?: string | undefined;
	accent?: string | undefined;
	goals: string[];
}

/**
 * Plain one-line text of at most `max` characters: control and invisible formatting characters removed,
 * runs of spaces squeezed. Undefined when nothing is left or it is too long. It is only ever shown as text.
 */
export function plainText(value: string, max: number): string | undefined {
	const text = value
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return text && [...text].length <= max ? text : undefined;
}

/** An https address without a user name or password in it, normalised; anything else is undefined. */
export function httpsUrl(value: string): string | undefined {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** Goal ids from "cellulite, fat-reduction": well-formed, without repeats, at most 10. Unknown ids are dropped later. */
export function goalList(value: string): string[] {
	const ids = value
		.split(',')
		.map((id) => id.trim())
		.filter((id) => /^[a-z0-9-]{1,40}$/.test(id));
	return [...new Set(ids)].slice(0, LIMITS.goals);
}

/** What is wrong with each refused attribute, as a form shows it; console warnings add the element's name. */
export const WARNINGS: Record<Exclude<AttributeName, 'goals'>, string> = {
	'clinic-name': `clinic-name must be plain text of at most ${LIMITS['clinic-name']} characters; no name is shown`,
	'cta-url': 'cta-url must be an https:// address; no button is shown',
	'cta-label': `cta-label must be plain text of at most ${LIMITS['cta-label']} characters; "${DEFAULT_CTA_LABEL}" is shown`,
	accent: 'accent must be a hex colour such as #0a7f5a; the default colour is used',
};

/** Why each refused attribute was refused, as console warnings; attributes that passed have no entry. */
type Problems = Partial<Record<AttributeName, string>>;

/** Reads and checks every attribute; each refused value comes back as a problem for the console. */
export function checkAttributes(read: (name: AttributeName) => string | null): { settings: EmbedSettings; problems: Problems } {
	const problems: Problems = {};
	const checked = <T>(name: Exclude<AttributeName, 'goals'>, check: (value: string) => T | undefined): T | undefined => {
		const value = read(name);
		if (value === null) return undefined;
		const result = check(value);
		if (result === undefined) problems[name] = `${ELEMENT_NAME}: ${WARNINGS[name]}.`;
		return result;
	};
	const settings: EmbedSettings = {
		clinicName: checked('clinic-name', (value) => plainText(value, LIMITS['clinic-name'])),
		ctaUrl: checked('cta-url', httpsUrl),
		ctaLabel: checked('cta-label', (value) => plainText(value, LIMITS['cta-label'])),
		accent: checked('accent', parseHexColour),
		goals: goalList(read('goals') ?? ''),
	};
	return { settings, problems };
}

/** Checked settings as attribute name and value pairs, leaving out what is not set (and a label without a link). */
export function settingsAttributes(settings: EmbedSettings): [AttributeName, string][] {
	const pairs: [AttributeName, string | undefined][] = [
		['clinic-name', settings.clinicName],
		['cta-url', settings.ctaUrl],
		['cta-label', settings.ctaUrl ? settings.ctaLabel : undefined],
		['accent', settings.accent],
		['goals', settings.goals.join(',') || undefined],
	];
	return pairs.filter((pair): pair is [AttributeName, string] => Boolean(pair[1]));
}

/** The frame's address on the site at `siteOrigin`, carrying checked settings. */
export const frameUrl = (siteOrigin: string, settings: EmbedSettings): string => `${siteOrigin}${EMBED_PATH}${frameQuery(settings)}`;

/** The frame's query string for checked settings, using the attribute names as keys. */
export function frameQuery(settings: EmbedSettings): string {
	const query = new URLSearchParams(settingsAttributes(settings)).toString();
	return query ? `?${query}` : '';
}

/** True only for a well-formed height message; anything else a page might post is ignored. */
export function isHeightMessage(data: unknown): data is HeightMessage {
	const message = data as Partial<HeightMessage> | null;
	return (
		typeof message === 'object' &&
		message !== null &&
		message.type === HEIGHT_MESSAGE &&
		typeof message.height === 'number' &&
		Number.isFinite(message.height) &&
		message.height > 0 &&
		message.height < 20_000
	);
}

/** The embed page's second check of the same values, with zod, against the goals the site really has. */
export function EmbedSettingsSchema(knownGoals: readonly string[]) {
	const checkedBy = (name: Exclude<AttributeName, 'goals'>, check: (value: string) => string | undefined) =>
		z
			.string()
			.transform((value, ctx) => {
				const result = check(value);
				if (result === undefined) ctx.addIssue({ code: 'custom', message: `${ELEMENT_NAME}: ${WARNINGS[name]}.` });
				return result;
			})
			.optional();
	return z.object({
		'clinic-name': checkedBy('clinic-name', (value) => plainText(value, LIMITS['clinic-name'])),
		'cta-url': checkedBy('cta-url', httpsUrl),
		'cta-label': checkedBy('cta-label', (value) => plainText(value, LIMITS['cta-label'])),
		accent: checkedBy('accent', parseHexColour),
		goals: z
			.string()
			.transform((value) => goalList(value).filter((goal) => knownGoals.includes(goal)))
			.optional(),
	});
}

/**
 * Settings from the embed page's own query string. A bad value drops only its own setting (with a problem);
 * unknown goals are dropped, and no goals left means every goal.
 */
export function parseEmbedSettings(search: string, knownGoals: readonly string[]): { settings: EmbedSettings; problems: Problems } {
	// zod compiles parsers with `new Function` where it can, and probes for that first. The site's CSP
	// (no 'unsafe-eval') blocks the probe, which fails quietly but is still reported as a CSP
	// violation on the embed page. Parse without compiling. (Here, not at the top of the module, so
	// the /embed.js loader that shares this module never bundles zod.)
	z.config({ jitless: true });
	const query = new URLSearchParams(search);
	const schema = EmbedSettingsSchema(knownGoals);
	const problems: Problems = {};
	const field = <Name extends AttributeName>(name: Name): z.output<(typeof schema.shape)[Name]> | undefined => {
		const value = query.get(name);
		if (value === null) return undefined;
		const result = schema.shape[name].safeParse(value);
		if (!result.success) problems[name] = result.error.issues.map((issue) => issue.message).join(' ');
		return result.success ? (result.data as z.output<(typeof schema.shape)[Name]>) : undefined;
	};
	const ctaUrl = field('cta-url');
	const goals = field('goals') ?? [];
	return {
		settings: {
			clinicName: field('clinic-name'),
			ctaUrl,
			ctaLabel: ctaUrl ? (field('cta-label') ?? DEFAULT_CTA_LABEL) : undefined,
			accent: field('accent'),
			goals: goals.length > 0 ? goals : [...knownGoals],
		},
		problems,
	};
}
