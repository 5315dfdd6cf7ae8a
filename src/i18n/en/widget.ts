// The clinic widget's words outside its frame: what the loader (/embed.js) puts on a clinic's page and what the
// snippets from /for-clinics/ hold. Kept to these few, because the loader carries every language's (src/i18n/widget.ts).
export const widget = {
	/** The frame's accessible name, and the text of the fallback link (the snippet's, or the loader's own). */
	frameTitle: 'Mesotherapy session estimator',
};
