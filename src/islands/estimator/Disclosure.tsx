import type { ReactNode } from 'react';

/**
 * Content that the compact widget (inside clinics' frames) keeps behind a native disclosure, so it starts short
 * and opens on a tap, with or without JavaScript; elsewhere the content shows as it is.
 */
export function Disclosure({ compact, summary, children }: { compact: boolean; summary: ReactNode; children: ReactNode }) {
	if (!compact) return <>{children}</>;
	return (
		<details className="estimator__more">
			<summary>{summary}</summary>
			{children}
		</details>
	);
}
