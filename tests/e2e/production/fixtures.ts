import { test as base } from '../fixtures.ts';

export { COLOUR_RULES, expect, hydrateIslands, readToTheEnd, settle, tabTo } from '../fixtures.ts';

/**
 * Most layout shift a page may show while it loads on a phone. Lighthouse counts up to 0.1 as good; a page
 * that reserves room for what its scripts add shows none.
 */
export const MAX_LAYOUT_SHIFT = 0.02;

interface ProductionFixtures {
	/** Console messages about the Content Security Policy (violations are logged, whatever their level). */
	cspMessages: string[];
	/**
	 * Reads how far the page has jumped under the reader so far: the sum of the browser's layout-shift
	 * scores (what Lighthouse's CLS adds up), with the elements that moved. Shifts right after input are
	 * left out, as the browser does. Recording starts before the page's first paint.
	 */
	layoutShift: () => Promise<{ score: number; moved: string[] }>;
}

interface ShiftRecord {
	value: number;
	hadRecentInput: boolean;
	sources: { node?: Node | null }[];
}

export const test = base.extend<ProductionFixtures>({
	cspMessages: async ({ page }, use) => {
		const messages: string[] = [];
		page.on('console', (message) => {
			if (/content security policy|frame-ancestors/i.test(message.text())) messages.push(message.text());
		});
		// Some violations reach the console only as DevTools issues, e.g. a blocked eval that the
		// script catches (a library probing whether it may compile code): listen for those too.
		const devtools = await page.context().newCDPSession(page);
		devtools.on('Audits.issueAdded', ({ issue }) => {
			const csp = issue.details.contentSecurityPolicyIssueDetails;
			if (!csp) return;
			const where = csp.sourceCodeLocation ? ` in ${csp.sourceCodeLocation.url}` : csp.blockedURL ? ` (${csp.blockedURL})` : '';
			messages.push(`CSP ${csp.violatedDirective} violation (${csp.contentSecurityPolicyViolationType})${where}`);
		});
		await devtools.send('Audits.enable');
		await use(messages);
		await devtools.detach();
	},
	layoutShift: async ({ page }, use) => {
		await page.addInitScript(() => {
			const shifts: { value: number; moved: string[] }[] = [];
			Object.assign(window, { __layoutShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as ShiftRecord[]) {
					if (entry.hadRecentInput) continue;
					const moved = entry.sources.map(({ node }) => {
						// A text node that moved is named by the element that holds it.
						const element = node instanceof Element ? node : node?.parentElement;
						return element ? `${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}` : '?';
					});
					shifts.push({ value: entry.value, moved });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await use(() =>
			page.evaluate(async () => {
				// Shifts are reported after the frame that drew them: let two more frames be drawn first.
				for (let frame = 0; frame < 2; frame++) await new Promise((drawn) => requestAnimationFrame(drawn));
				const shifts = (window as unknown as { __layoutShifts: { value: number; moved: string[] }[] }).__layoutShifts;
				return { score: shifts.reduce((sum, shift) => sum + shift.value, 0), moved: shifts.flatMap((shift) => shift.moved) };
			}),
		);
	},
});
