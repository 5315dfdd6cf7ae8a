// How pages cite a source in one language: the language's label from content/<locale>/sources.yaml, else the
// English one from content/sources.yaml. The loader makes sure every label with words in it is translated, so a
// label left in English is only names and years ("FDA, 2010") and reads the same in every language.
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** The citation label of each source id in `locale`; an unknown id throws. */
export async function getCitationLabels(locale: Locale): Promise<(id: string) => string> {
	const english = await getCollection('sources');
	const labels = new Map(english.map(({ id, data }) => [id, data.short]));
	if (locale !== DEFAULT_LOCALE) {
		for (const { id, data } of await getCollection('translatedSources', ({ id }) => id.startsWith(`${locale}/`))) {
			labels.set(id.slice(locale.length + 1), data.short);
		}
	}
	return (id) => {
		const label = labels.get(id);
		if (label === undefined) throw new Error(`unknown source id "${id}" (not in content/sources.yaml)`);
		return label;
	};
}
