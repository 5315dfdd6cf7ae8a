/**
 * The clinic embed loader, served as /embed.js (bundled by src/integrations/embed-loader.ts). Clinics paste
 * `<meso-estimator …></meso-estimator><script src="https://SITE/embed.js" async></script>`.
 * Each element becomes a lazily loaded, titled iframe of the embed page, sized to its content by the height
 * messages that page posts. It runs on someone else's page: no dependencies, no markup styles (CSSOM only,
 * so a strict style-src works), and it trusts only messages from its own frame on this site's origin.
 */
import {
	ATTRIBUTES,
	checkAttributes,
	DEFAULT_FRAME_HEIGHT,
	ELEMENT_NAME,
	FRAME_SANDBOX,
	FRAME_TITLE,
	frameUrl,
	isHeightMessage,
} from '../lib/embed-contract.ts';

// The site is wherever this script came from; currentScript is only set while a classic script first runs.
const script = document.currentScript as HTMLScriptElement | null;

if (!script?.src) {
	console.warn(`${ELEMENT_NAME}: load embed.js with <script src="…" async>, not as a module or inline.`);
} else if (!customElements.get(ELEMENT_NAME)) {
	const siteOrigin = new URL(script.src).origin;

	class MesoEstimator extends HTMLElement {
		static observedAttributes = [...ATTRIBUTES];
		#frame: HTMLIFrameElement | undefined;

		// Only this element's own frame, loaded from the site, may set its height.
		#onMessage = (event: MessageEvent) => {
			const frame = this.#frame;
			if (!frame || event.source !== frame.contentWindow || event.origin !== siteOrigin || !isHeightMessage(event.data)) return;
			frame.style.height = `${Math.ceil(event.data.height)}px`;
		};

		connectedCallback() {
			addEventListener('message', this.#onMessage);
			this.#render();
		}

		disconnectedCallback() {
			removeEventListener('message', this.#onMessage);
		}

		attributeChangedCallback() {
			if (this.#frame) this.#render();
		}

		#render() {
			const { settings, problems } = checkAttributes((name) => this.getAttribute(name));
			for (const problem of Object.values(problems)) console.warn(problem);
			let frame = this.#frame;
			if (!frame) {
				frame = document.createElement('iframe');
				frame.title = FRAME_TITLE;
				frame.loading = 'lazy';
				frame.referrerPolicy = 'no-referrer';
				frame.setAttribute('sandbox', FRAME_SANDBOX);
				Object.assign(frame.style, { display: 'block', width: '100%', border: '0', height: `${DEFAULT_FRAME_HEIGHT}px` });
				this.#frame = frame;
				// Replaces the fallback link clinics put inside the element for readers without JavaScript.
				this.replaceChildren(frame);
			}
			const src = frameUrl(siteOrigin, settings);
			if (frame.src !== src) frame.src = src;
		}
	}

	customElements.define(ELEMENT_NAME, MesoEstimator);
}
