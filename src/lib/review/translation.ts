// Whether a translated page still matches its English page: the translation records the English page's
// fingerprint when it was made (content/<locale>/…: `translation: { of, date }`); when the English page's
// fingerprint differs now, its content has changed since and the translated page says so. Never a build error.
import type { TranslationRecord } from '../schemas/translation.ts';

export interface TranslationState {
	/** The day the translation was made from the English page. */
	translatedOn: Date;
	/** True when the English page's content has changed since it was translated. */
	stale: boolean;
	/** The English page's latest change, shown when the translation is stale; unknown for a page with no history. */
	englishChangedOn: Date | undefined;
}

/** The state of a translation made from `record`, against the English page as it is now. */
export function translationState(
	record: TranslationRecord,
	english: { fingerprint: string; modified?: Date | undefined },
): TranslationState {
	return { translatedOn: record.date, stale: record.of !== english.fingerprint, englishChangedOn: english.modified };
}
