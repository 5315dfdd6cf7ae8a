// The components an MDX article may use without importing them. Islands and diagrams are added
// here by the features that provide them, so authors write <Estimator goal="…" /> and nothing else.
// <CareLevel> is not here: warning signs come from content/red-flags.yaml through <WhenToGetHelp>.
import BodyAreasDiagram from './BodyAreasDiagram.astro';
import Cite from './Cite.astro';
import ComparisonTable from './ComparisonTable.astro';
import Estimator from './Estimator.astro';
import SideEffectFaq from './SideEffectFaq.astro';
import SkinLayersDiagram from './SkinLayersDiagram.astro';
import Term from './Term.astro';
import WhatWeDontKnow from './WhatWeDontKnow.astro';
import WhenToGetHelp from './WhenToGetHelp.astro';

export const mdxComponents = {
	Cite,
	Term,
	WhatWeDontKnow,
	WhenToGetHelp,
	ComparisonTable,
	SkinLayersDiagram,
	BodyAreasDiagram,
	Estimator,
	SideEffectFaq,
};
