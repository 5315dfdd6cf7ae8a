/**
 * The contract between the clinic embed loader (`/embed.js`, on clinics' pages) and the embed page
 * (`/embed/estimator/`, on this site). They talk only through the frame's address and messages, so both import
 * this one module: the element and attribute names, the messages, and how attribute values are checked (how the
 * frame itself is made: src/lib/embed-frame.ts). Attribute values come from someone else's page: treat every one as hostile. The loader checks
 * them before building the frame's address; the embed page checks the same values again with the same
 * functions, because anyone can open that address with any query, and then drops goals the site does not have.
 * The loader must stay dependency-free and under 2 KB gzip, and the embed page light: no zod here.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { parseHexColour } from './colour.ts';

/** The custom element clinics paste. */
export const ELEMENT_NAME = 'meso-estimator';
/** The page the frame shows, in English (its address: src/lib/embed-address.ts). */
export const EMBED_PATH = '/embed/estimator/';
/** The page the frame shows in a language: /embed/estimator/ in English, /es/embed/estimator/ in Spanish. */
export const embedPath = (lang: Locale): string => localePath(lang, EMBED_PATH);
/**
 * The only message the embed page sends: its content height in CSS pixels. The first one also says that the
 * widget has rendered with the clinic's settings: only then does the loader show the frame.
 */
export const HEIGHT_MESSAGE = 'meso-estimator:height';
/** The only message the loader sends: new settings for a frame that is already showing, as a frame query string. */
export const SETTINGS_MESSAGE = 'meso-estimator:settings';

/** Every attribute the element reads. The frame's address uses the same names as query keys. */
export const ATTRIBUTES = ['clinic-name', 'cta-url', 'cta-label', 'accent', 'goals', 'lang'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/**
 * Longest values. A cta-url of 1,000 characters keeps the frame's address, with every other value at its longest
 * and each character percent-encoded, under MAX_FRAME_URL_LENGTH.
 */
export const LIMITS = { 'clinic-name': 80, 'cta-url': 1000, 'cta-label': 40, goals: 10 } as const;
/** nginx answers 414 to a request line over 8 KB (its default large_client_header_buffers): stay clear of it. */
export const MAX_FRAME_URL_LENGTH = 8000;
export const DEFAULT_CTA_LABEL = 'Contact the clinic';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
}

export interface SettingsMessage {
	type: typeof SETTINGS_MESSAGE;
	/** The frame query string for the new settings (frameQuery), checked again by the embed page. */
	query: string;
}

/** The settings a clinic chose, every value already checked. */
export interface EmbedSettings {
	clinicName?: string | undefined;
	ctaUrl?: string | undefined;
	ctaLabel?: string | undefined;
	accent?: string | undefined;
	goals: string[];
	/** The widget's language: the default (English) when none or an unknown one is given. */
	lang: Locale;
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

/** An https address without a user name or password in it, normalised, at most LIMITS['cta-url'] long; else undefined. */
export function httpsUrl(value: string): string | undefined {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' && !url.username && !url.password && url.href.length <= LIMITS['cta-url'] ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Goal ids from "cellulite, fat-reduction": well-formed ids once each, at most LIMITS.goals of them, and what was
 * left out (not an id, or over the limit), so no goal disappears without a warning. Unknown ids are dropped later,
 * by the embed page, which knows the site's goals.
 */
export function goalList(value: string): { ids: string[]; left: string[] } {
	const items = value
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const ids = [...new Set(items.filter((id) => /^[a-z0-9-]{1,40}$/.test(id)))].slice(0, LIMITS.goals);
	return { ids, left: items.filter((id) => !ids.includes(id)) };
}

/** The widget's language from a `lang` value: "es" and "es-MX" are Spanish (the region does not matter); else undefined. */
export function widgetLocale(value: string): Locale | undefined {
	const language = value.toLowerCase().split('-')[0];
	return isLocale(language) ? language : undefined;
}

/** The console warning for goals left out because they are not ids, or over the limit, naming each one. */
const goalsLeftOut = (ids: string[]) =>
	`${ELEMENT_NAME}: goals left out: ${ids.join(', ')}. Goals are ids such as cellulite, at most ${LIMITS.goals}.`;

/** The console warning for goals the site does not have (apart from goalsLeftOut, so the loader does not carry it). */
const unknownGoals = (ids: string[], known: readonly string[]) =>
	`${ELEMENT_NAME}: unknown goals left out: ${ids.join(', ')}. The goals are: ${known.join(', ')}.`;

/** What is wrong with each refused attribute, as a form shows it; console warnings add the element's name. */
export const WARNINGS: Record<Exclude<AttributeName, 'goals'>, string> = {
	'clinic-name': `clinic-name must be plain text of at most ${LIMITS['clinic-name']} characters; no name is shown`,
	'cta-url': `cta-url must be an https:// address of at most ${LIMITS['cta-url']} characters; no button is shown`,
	'cta-label': `cta-label must be plain text of at most ${LIMITS['cta-label']} characters; "${DEFAULT_CTA_LABEL}" is shown`,
	accent: 'accent must be a hex colour such as #0a7f5a; the default colour is used',
	lang: `lang must be one of ${LOCALES.join(', ')}; ${DEFAULT_LOCALE} is used`,
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
		goals: [],
		lang: checked('lang', widgetLocale) ?? DEFAULT_LOCALE,
	};
	const goals = goalList(read('goals') ?? '');
	settings.goals = goals.ids;
	if (goals.left.length > 0) problems.goals = goalsLeftOut(goals.left);
	return { settings, problems };
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

/** True only for a well-formed settings message. */
export function isSettingsMessage(data: unknown): data is SettingsMessage {
	const message = data as Partial<SettingsMessage> | null;
	return (
		typeof message === 'object' &&
		message !== null &&
		message.type === SETTINGS_MESSAGE &&
		typeof message.query === 'string' &&
		message.query.length <= MAX_FRAME_URL_LENGTH
	);
}

/** The host a clinic's button leads to, shown next to its label so no page can hide where it goes. */
export const ctaHost = (ctaUrl: string): string => new URL(ctaUrl).host;

/**
 * Settings from the embed page's query string (or a settings message), checked as the loader checks them, then
 * against the goals the site really has. A bad value drops only its own setting (with a problem); unknown goals
 * are dropped with a warning, and no goals left means every goal. A label without a link is dropped.
 */
export function parseEmbedSettings(search: string, knownGoals: readonly string[]): { settings: EmbedSettings; problems: Problems } {
	const query = new URLSearchParams(search);
	const { settings, problems } = checkAttributes((name) => query.get(name));
	const unknown = settings.goals.filter((goal) => !knownGoals.includes(goal));
	if (unknown.length > 0) problems.goals = [problems.goals, unknownGoals(unknown, knownGoals)].filter(Boolean).join(' ');
	const goals = settings.goals.filter((goal) => knownGoals.includes(goal));
	return {
		settings: {
			...settings,
			// Without a label the widget shows its language's default (DEFAULT_CTA_LABEL in English).
			ctaLabel: settings.ctaUrl ? settings.ctaLabel : undefined,
			goals: goals.length > 0 ? goals : [...knownGoals],
		},
		problems,
	};
}
