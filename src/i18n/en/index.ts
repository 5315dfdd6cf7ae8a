// The English dictionary: every word the interface shows, one module per part of the site. Its shape is the
// type every other language's dictionary must match, so a missing or extra key fails `astro check`.
import { care } from './care.ts';
import { islands } from './islands.ts';
import { widget } from './widget.ts';

export const en = { care, islands, widget };

export type Dictionary = typeof en;
