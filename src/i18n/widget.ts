// The widget's words in every language, for the loader and the configurator's snippets, which write the widget
// in whichever language a clinic chooses (its `lang` attribute).
import type { Dictionary } from './en/index.ts';
import { widget as en } from './en/widget.ts';
import { widget as es } from './es/widget.ts';
import type { Locale } from './locales.ts';

export const WIDGET_WORDS: Record<Locale, Dictionary['widget']> = { en, es };
