// The Spanish dictionary (neutral Spanish for readers in Spain and Latin America, "usted").
import type { Dictionary } from '../en/index.ts';
import { care } from './care.ts';
import { islands } from './islands.ts';
import { widget } from './widget.ts';

export const es: Dictionary = { care, islands, widget };
