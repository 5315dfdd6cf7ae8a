// The Spanish dictionary (neutral Spanish for readers in Spain and Latin America, "usted").
import type { Dictionary } from '../en/index.ts';
import { about } from './about.ts';
import { care } from './care.ts';
import { clinics } from './clinics.ts';
import { figures } from './figures.ts';
import { islands } from './islands.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { widget } from './widget.ts';

export const es: Dictionary = { care, site, about, clinics, search, figures, islands, widget };
