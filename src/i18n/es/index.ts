// The Spanish dictionary (neutral Spanish for readers in Spain and Latin America, "usted").
import type { Dictionary } from '../en/index.ts';
import { about } from './about.ts';
import { care } from './care.ts';
import { clinics } from './clinics.ts';
import { figures } from './figures.ts';
import { search } from './search.ts';
import { site } from './site.ts';

export const es: Dictionary = { care, site, about, clinics, search, figures };
