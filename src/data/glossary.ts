// The glossary in one language: English's ids and article links with the language's words.
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { GlossaryTerm } from '../lib/schemas/glossary.ts';

export interface LocalizedTerm {
	id: string;
	data: GlossaryTerm;
}

/** Every term in `locale`, in file order (the loader checks every English term is translated). */
export async function getGlossary(locale: Locale): Promise<LocalizedTerm[]> {
	const english = await getCollection('glossary');
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map(
		(await getCollection('translatedGlossary', ({ id }) => id.startsWith(`${locale}/`))).map(({ id, data }) => [
			id.slice(locale.length + 1),
			data,
		]),
	);
	return english.map(({ id, data }) => ({ id, data: { ...data, ...words.get(id)! } }));
}
