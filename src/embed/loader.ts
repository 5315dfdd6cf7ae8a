/**
 * The clinic embed loader, served as /embed.js and, pinned, at /embed-loader/vN.js (bundled by
 * src/integrations/embed-loader.ts). Clinics paste
 * `<meso-estimator …><a href="…/estimator/">…</a></meso-estimator><script src="https://SITE/embed.js" async></script>`.
 * Each element holds the compact widget's height at once, creates a titled iframe of the embed page when it comes
 * near the viewport, and keeps showing the clinic's fallback content until the frame reports that it rendered. A
 * frame that never reports (an error page, a hang, a blocked script) gives way to a plain link to the estimator.
 * The `lang` attribute picks the frame's page (/es/embed/estimator/) and the words the loader itself shows.
 * It runs on someone else's page: no dependencies, no markup styles (CSSOM only, so a strict style-src works),
 * and it trusts only messages from its own frame on this site's origin.
 */
import {
	ATTRIBUTES,
	checkAttributes,
	ELEMENT_NAME,
	isHeightMessage,
	SETTINGS_MESSAGE,
	type EmbedSettings,
	type SettingsMessage,
} from '../lib/embed-contract.ts';
import { ESTIMATOR_PATH, FRAME_SANDBOX, MIN_FRAME_HEIGHT, NEAR_VIEWPORT, RENDER_TIMEOUT_MS, reservedHeight } from '../lib/embed-frame.ts';
import { frameQuery, frameUrl } from '../lib/embed-address.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { WIDGET_WORDS } from '../i18n/widget.ts';

// The site is wherever this script came from; currentScript is only set while a classic script first runs.
const script = document.currentScript as HTMLScriptElement | null;

if (!script?.src) {
	console.warn(`${ELEMENT_NAME}: load embed.js with <script src="…" async>, not as a module or inline.`);
} else if (!customElements.get(ELEMENT_NAME)) {
	const siteOrigin = new URL(script.src).origin;
	const px = (height: number) => `${Math.ceil(height)}px`;

	class MesoEstimator extends HTMLElement {
		static observedAttributes = [...ATTRIBUTES];
		#frame: HTMLIFrameElement | undefined;
		/** The height held for the frame: it never gets smaller, so nothing below it moves up. */
		#floor = MIN_FRAME_HEIGHT;
		/** The settings the frame shows: its address, or the address the last settings message stands for. */
		#frameUrl = '';
		#rendered = false;
		#timer: ReturnType<typeof setTimeout> | undefined;
		#observer: IntersectionObserver | undefined;

		// Only this element's own frame, loaded from the site, may report its height.
		#onMessage = (event: MessageEvent) => {
			const frame = this.#frame;
			if (!frame || event.source !== frame.contentWindow || event.origin !== siteOrigin || !isHeightMessage(event.data)) return;
			frame.style.height = px(Math.max(event.data.height, this.#floor));
			if (!this.#rendered) this.#reveal(frame);
		};

		connectedCallback() {
			addEventListener('message', this.#onMessage);
			if (this.#frame) return;
			// Readers without JavaScript see the clinic's fallback; without one, we add a link ourselves.
			if (!this.textContent?.trim()) this.replaceChildren(fallbackLink(this.#settings().settings.lang));
			Object.assign(this.style, { display: 'block', position: 'relative' });
			this.#floor = Math.max(reservedHeight(this.getBoundingClientRect().width), MIN_FRAME_HEIGHT);
			this.style.height = px(this.#floor);
			this.#observer = new IntersectionObserver(
				(entries) => {
					if (!entries.some((entry) => entry.isIntersecting)) return;
					this.#observer?.disconnect();
					this.#createFrame();
				},
				{ rootMargin: NEAR_VIEWPORT },
			);
			this.#observer.observe(this);
		}

		disconnectedCallback() {
			removeEventListener('message', this.#onMessage);
			this.#observer?.disconnect();
		}

		attributeChangedCallback() {
			this.#sendSettings();
		}

		/**
		 * Settings changed after the frame rendered go by message, not by a new address: the reader keeps what they
		 * chose. Only another language loads the frame's page in that language.
		 */
		#sendSettings() {
			const frame = this.#frame;
			if (!frame || !this.#rendered) return;
			const { settings, problems } = this.#settings();
			const url = frameUrl(siteOrigin, settings);
			if (url === this.#frameUrl) return;
			for (const problem of Object.values(problems)) console.warn(problem);
			if (url.split('?')[0] !== this.#frameUrl.split('?')[0]) return this.#load(frame, settings);
			const message: SettingsMessage = { type: SETTINGS_MESSAGE, query: frameQuery(settings) };
			frame.contentWindow?.postMessage(message, siteOrigin);
			this.#frameUrl = url;
		}

		/** Points the frame at the embed page in the settings' language, titled in that language. */
		#load(frame: HTMLIFrameElement, settings: EmbedSettings) {
			frame.title = WIDGET_WORDS[settings.lang].frameTitle;
			frame.src = this.#frameUrl = frameUrl(siteOrigin, settings);
		}

		#settings() {
			return checkAttributes((name) => this.getAttribute(name));
		}

		#createFrame() {
			const { settings, problems } = this.#settings();
			for (const problem of Object.values(problems)) console.warn(problem);
			const frame = document.createElement('iframe');
			frame.referrerPolicy = 'no-referrer';
			frame.setAttribute('sandbox', FRAME_SANDBOX);
			// Hidden over the fallback until it reports; visibility also keeps keyboard focus out of it.
			Object.assign(frame.style, {
				display: 'block',
				width: '100%',
				border: '0',
				height: px(this.#floor),
				position: 'absolute',
				top: '0',
				left: '0',
				visibility: 'hidden',
			});
			frame.addEventListener('error', () => this.#fail('its frame could not be loaded'));
			this.#load(frame, settings);
			this.#frame = frame;
			this.append(frame);
			this.#timer = setTimeout(
				() =>
					this.#fail(
						`it did not appear within ${RENDER_TIMEOUT_MS / 1000} seconds (is ${siteOrigin} reachable, and allowed by frame-src?)`,
					),
				RENDER_TIMEOUT_MS,
			);
		}

		#reveal(frame: HTMLIFrameElement) {
			this.#rendered = true;
			clearTimeout(this.#timer);
			Object.assign(frame.style, { position: 'static', visibility: 'visible' });
			// Not replaceChildren(frame): taking the frame out of the page, even for a moment, would reload it.
			for (const child of [...this.childNodes]) if (child !== frame) child.remove();
			this.style.height = 'auto';
			// Attributes changed while the frame was loading.
			this.#sendSettings();
		}

		/** Shows the clinic's fallback (or our link) at its own height, and says why in the console. */
		#fail(reason: string) {
			if (this.#rendered || !this.#frame) return;
			clearTimeout(this.#timer);
			this.#frame.remove();
			this.#frame = undefined;
			removeEventListener('message', this.#onMessage);
			this.style.height = 'auto';
			console.warn(`${ELEMENT_NAME}: showing a link instead of the estimator, because ${reason}.`);
		}
	}

	function fallbackLink(lang: Locale): HTMLAnchorElement {
		const link = document.createElement('a');
		link.href = `${siteOrigin}${localePath(lang, ESTIMATOR_PATH)}`;
		link.textContent = WIDGET_WORDS[lang].frameTitle;
		return link;
	}

	customElements.define(ELEMENT_NAME, MesoEstimator);
}
