// The estimator's words in the page's language, handed down from the island's props (never imported, so the
// island's JavaScript holds no language's words), with the sentences built from them (src/i18n/estimator-text.ts).
import { createContext, useContext } from 'react';
import { estimatorText, type CalendarWords, type EstimatorText, type EstimatorWords } from '../../i18n/estimator-text.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface EstimatorLanguage {
	locale: Locale;
	words: EstimatorWords;
	calendar: CalendarWords;
	text: EstimatorText;
}

export const languageOf = (locale: Locale, words: EstimatorWords, calendar: CalendarWords): EstimatorLanguage => ({
	locale,
	words,
	calendar,
	text: estimatorText(locale, words),
});

export const LanguageContext = createContext<EstimatorLanguage | undefined>(undefined);

/** The language of the estimator this component is part of. */
export function useLanguage(): EstimatorLanguage {
	const language = useContext(LanguageContext);
	if (!language) throw new Error('An estimator part was rendered outside <Estimator>, which gives it its words.');
	return language;
}
