// What a page shows a reader with a disability, read from the live page: text alternatives, reflow and motion.
import type { Page } from '@playwright/test';

/** Images without alt text and SVGs that are neither named images nor hidden from screen readers. */
export const missingTextAlternatives = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const hidden = (el: Element) => Boolean(el.closest('[aria-hidden="true"]'));
		const nameOf = (el: Element) =>
			(
				el.getAttribute('aria-label') ??
				(el.getAttribute('aria-labelledby') ?? '')
					.split(/\s+/)
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			).trim() ||
			el.querySelector(':scope > title')?.textContent?.trim() ||
			'';
		const images = [...document.querySelectorAll('img')].filter((img) => !hidden(img));
		const svgs = [...document.querySelectorAll('svg')].filter((svg) => !hidden(svg) && !svg.parentElement?.closest('svg'));
		return [
			...images
				.filter((img) => img.getAttribute('alt') === null || (img.alt.trim() === '' && img.getAttribute('role') !== 'presentation'))
				.map((img) => `img ${img.getAttribute('src')}: no alt text`),
			...svgs
				.filter((svg) => svg.getAttribute('role') !== 'img' || nameOf(svg) === '')
				.map((svg) => `svg ${svg.outerHTML.slice(0, 80)}: neither role="img" with a name nor aria-hidden`),
		];
	});

/** Elements that stick out past the right edge of the viewport, widest first. */
export async function overflowingElements(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
			.filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
			.filter((el) => !el.closest('.visually-hidden, .skip-link'))
			.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
			.slice(0, 3)
			.map(
				(el) =>
					`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`,
			);
		return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
	});
}

/** Transitions, animations and smooth scrolling still on the page (at most five). */
export const movingElements = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
		return [document.documentElement, ...document.querySelectorAll('*')]
			.flatMap((el) => {
				const style = getComputedStyle(el);
				const problems = [];
				if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) problems.push(`animation ${style.animationName}`);
				if (seconds(style.transitionDuration) > 0.01) problems.push(`transition ${style.transitionProperty}`);
				if (style.scrollBehavior === 'smooth') problems.push('smooth scrolling');
				return problems.map((problem) => `${el.tagName.toLowerCase()}: ${problem}`);
			})
			.slice(0, 5);
	});
