import { createElement, type ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A heading whose level fits where the estimator sits: h3 inside an article section, h2 on its own page. */
export function Heading({ level, children, ...rest }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
	return createElement(`h${level}`, rest, children);
}
