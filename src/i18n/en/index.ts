// The English dictionary: every word the interface shows, one module per part of the site. Its shape is the
// type every other language's dictionary must match, so a missing or extra key fails `astro check`.
import { about } from './about.ts';
import { care } from './care.ts';
import { clinics } from './clinics.ts';
import { figures } from './figures.ts';
import { islands } from './islands.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { widget } from './widget.ts';

export const en = { care, site, about, clinics, search, figures, islands, widget };

export type Dictionary = typeof en;
