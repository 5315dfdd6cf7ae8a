/**
 * Runs on the embed page: tells the page that frames it how tall the content is, at first and whenever it
 * changes (a new goal, an error message, a longer list of dates), so the loader can size the frame exactly.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../lib/embed-contract.ts';

export function reportHeight(): void {
	if (window.parent === window) return;
	let reported = 0;
	const send = () => {
		// The <html> box is as tall as the content, never the frame, so a taller frame cannot feed back into it.
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === reported) return;
		reported = height;
		const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
		// A height is not secret and the clinic's origin is unknown here; the loader checks who sent it.
		window.parent.postMessage(message, '*');
	};
	new ResizeObserver(send).observe(document.documentElement);
	send();
}
