// The comparison table in one language: English's rows and sources with the language's cells.
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** Every row in `locale`, in file order (the loader checks every English row is translated). */
export async function getComparison(locale: Locale) {
	const english = await getCollection('comparison');
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map(
		(await getCollection('translatedComparison', ({ id }) => id.startsWith(`${locale}/`))).map(({ id, data }) => [
			id.slice(locale.length + 1),
			data,
		]),
	);
	return english.map((row) => ({ ...row, data: { ...row.data, ...words.get(row.id)! } }));
}
