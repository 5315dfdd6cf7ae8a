// The words of the figures articles show: the comparison table and the two diagrams.
export const figures = {
	comparison: {
		captionTitle: 'Fat and body-shape treatments side by side.',
		caption: 'Session numbers are what sources report, not a standard.',
		treatment: 'Treatment',
		columns: {
			whatItIs: 'What it is',
			approval: 'Approval',
			evidence: 'Evidence',
			sessions: 'Sessions reported',
			downtime: 'Time off afterwards',
			mainRisks: 'Main risks',
		},
		sources: 'Sources',
	},
	skinLayers: {
		title: 'Layers of the skin and how deep injections go',
		description:
			'A slice of skin. At the top is the thin outer layer (epidermis). Below it is the thicker middle layer (dermis). Under that is a layer of fat (subcutaneous fat), then muscle. A short needle reaches about 1 to 4 millimetres into the dermis, which is where skin mesotherapy is usually placed. A longer needle reaches down into the fat, which is where fat-dissolving injections go. In thin skin, such as under the eyes, even a short needle can reach the fat.',
		/** The drawing's labels, one line each. */
		labels: {
			epidermis: ['Outer layer (epidermis)'],
			dermis: ['Middle layer (dermis)'],
			fat: ['Fat under the skin', '(subcutaneous fat)'],
			muscle: ['Muscle'],
			shallow: ['About 1 to 4 mm:', 'skin mesotherapy'],
			deep: ['Deeper: fat-', 'dissolving injections'],
		},
		captionTitle: 'Where the needle goes.',
		caption:
			'Skin mesotherapy is usually placed about 1 to 4 mm deep, in the middle layer of the skin (dermis). Fat-dissolving injections go deeper, into the fat under the skin. Layers are not drawn to scale, and their thickness varies from person to person and place to place. In thin skin, such as under the eyes, even a shallow needle can reach the fat.',
	},
	bodyAreas: {
		title: 'Body areas people ask about',
		description: 'An outline of a person with lines pointing to the areas listed in the caption.',
		labels: {
			scalp: 'Scalp (hair loss)',
			face: 'Face (skin quality)',
			eyes: 'Under the eyes (eye bags)',
			chin: 'Under the chin',
			arms: 'Upper arms',
			tummy: 'Tummy (abdomen)',
			hips: 'Hips and buttocks',
			thighs: 'Thighs (fat and cellulite)',
		},
		captionTitle: 'Areas people ask about:',
		caption:
			'the scalp (for hair loss), the face (for skin quality), under the eyes (for eye bags), under the chin, the upper arms, the tummy (abdomen), the hips and buttocks, and the thighs (for fat and cellulite).',
	},
};
