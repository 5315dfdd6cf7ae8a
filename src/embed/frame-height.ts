/**
 * Runs on the embed page once the widget has rendered with the clinic's settings: tells the page that frames it
 * how tall the content is, at once (which also tells the loader that the widget is ready to show) and whenever it
 * changes (a disclosure opened, a new goal, a longer list of dates), so the loader can size the frame exactly.
 * The first report is sent straight away, not from a ResizeObserver: browsers pause rendering in a frame that is
 * hidden or off screen, and the loader keeps its frame hidden until this report arrives.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../lib/embed-contract.ts';

/** Starts reporting; returns a function that stops it. */
export function reportHeight(): () => void {
	if (window.parent === window) return () => {};
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
	const observer = new ResizeObserver(send);
	observer.observe(document.documentElement);
	send();
	return () => observer.disconnect();
}
