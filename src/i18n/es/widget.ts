import type { Dictionary } from '../en/index.ts';

export const widget: Dictionary['widget'] = {
	frameTitle: 'Estimador de sesiones de mesoterapia',
};
