// Filter controls for the side-effect questions the server already rendered: a filter box, a live
// count and the best matches right under it (visible above a phone's keyboard), then topic chips and
// an urgency choice behind a disclosure, and expand/collapse all. It shows and hides the existing
// <details> by id instead of rendering them again, so each answer is in the page once and the list
// works without JavaScript. The controls are server-rendered at their final size, so nothing moves
// when the island hydrates (client:intent, on the reader's first touch); what was typed before is
// kept. Matching and ordering live in src/lib/faq-filter.ts; the words come from the page's language
// (src/i18n/<locale>/islands.ts and care.ts) as props, so the island holds one language only.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Dictionary } from '../i18n/en/index.ts';
import { plural } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { CARE_LEVEL_IDS, type CareLevel } from '../lib/care-levels.ts';
import {
	createFaqIndex,
	filterFaq,
	isFiltering,
	NO_FILTER,
	normalize,
	type FaqFilter as Filter,
	type FaqFilterItem,
} from '../lib/faq-filter.ts';
import './faq-filter.css';

interface Props {
	/** Id of the element holding the server-rendered questions (details.faq) and groups. */
	listId: string;
	/** The topics on the page, in order, with the labels readers see. */
	categories: { id: string; label: string }[];
	/** How many questions the page holds; shown before the island starts. */
	total: number;
	/** The language of the page and its questions: it picks the word matching rules and number formats. */
	locale: Locale;
	words: Dictionary['islands']['faqFilter'];
	/** The care levels' labels and headings, for the urgency choice and the best matches. */
	care: Dictionary['care'];
}

/** A question as rendered by FaqQuestion.astro, read back for the filter. */
function readQuestion(details: HTMLDetailsElement): FaqFilterItem {
	const { faqCategory = '', faqUrgency, faqKeywords = '' } = details.dataset;
	return {
		id: details.id,
		question: details.querySelector('.faq__question')?.textContent ?? '',
		answer: details.querySelector('.faq__answer')?.textContent ?? '',
		keywords: faqKeywords.split('|'),
		category: faqCategory,
		urgency: faqUrgency,
	};
}

/** How many of the matching questions are listed right under the box. */
const BEST_MATCHES = 3;

/** The query key for the typed words: the search form sends it before the island runs, and the island keeps it current. */
export const FAQ_QUERY_PARAM = 'q';

/** What the reader typed into the server-rendered box before the island hydrated, so it is not lost. */
function typedBeforeHydration(inputId: string): string {
	if (typeof document === 'undefined') return '';
	const input = document.getElementById(inputId);
	return input instanceof HTMLInputElement ? input.value : '';
}

export default function FaqFilter({ listId, categories, total, locale, words, care }: Props) {
	const [questions, setQuestions] = useState<HTMLDetailsElement[]>([]);
	const [filter, setFilter] = useState<Filter>(NO_FILTER);
	const [addressRead, setAddressRead] = useState(false);
	const ids = { input: useId(), hint: useId(), topics: useId(), urgency: useId(), best: useId() };
	// Read during the hydrating render, before React sets the box back to its server value.
	const [earlyQuery] = useState(() => typedBeforeHydration(ids.input));
	const input = useRef<HTMLInputElement>(null);

	useEffect(() => {
		const list = document.getElementById(listId);
		// The questions are server-rendered DOM and the address is the browser's: both can only be read
		// once the island has hydrated. Words typed before then win over words in the address.
		// eslint-disable-next-line react-hooks/set-state-in-effect
		setQuestions(list ? [...list.querySelectorAll<HTMLDetailsElement>('details.faq')] : []);
		const query = earlyQuery || (new URLSearchParams(location.search).get(FAQ_QUERY_PARAM) ?? '');
		if (query) setFilter({ ...NO_FILTER, query });
		setAddressRead(true);
	}, [listId, earlyQuery]);

	// Keep the typed words in the address, so a reload or a shared link shows the same questions.
	useEffect(() => {
		if (!addressRead) return;
		const url = new URL(location.href);
		if (filter.query.trim()) url.searchParams.set(FAQ_QUERY_PARAM, filter.query);
		else url.searchParams.delete(FAQ_QUERY_PARAM);
		history.replaceState(history.state, '', url);
	}, [addressRead, filter.query]);

	const index = useMemo(() => createFaqIndex(questions.map(readQuestion), locale), [questions, locale]);
	const result = useMemo(() => filterFaq(index, filter), [index, filter]);
	const ready = questions.length > 0;
	const best = useMemo(() => {
		if (!normalize(filter.query)) return [];
		const byId = new Map(index.entries.map(({ item }) => [item.id, item]));
		return result.ids.slice(0, BEST_MATCHES).map((id) => byId.get(id)!);
	}, [index, result, filter.query]);

	// Layout effect, so a question is visible again before the deep-link script scrolls to it.
	useLayoutEffect(() => {
		const shown = new Set(result.ids);
		// Showing and hiding the server-rendered questions is this island's job (they are DOM, not state).
		// eslint-disable-next-line react-hooks/immutability
		for (const details of questions) details.hidden = !shown.has(details.id);
		for (const group of document.querySelectorAll<HTMLElement>(`#${CSS.escape(listId)} [data-faq-group]`)) {
			group.hidden = !group.querySelector('details.faq:not([hidden])');
		}
	}, [questions, result, listId]);

	// A link to a question the filter hides clears the filter first (see FaqList.astro).
	useEffect(() => {
		const reveal = (event: Event) => {
			if (event.target instanceof HTMLElement && event.target.hidden) flushSync(() => setFilter(NO_FILTER));
		};
		document.addEventListener('faq:reveal', reveal);
		return () => document.removeEventListener('faq:reveal', reveal);
	}, []);

	const toggleCategory = (id: string) =>
		setFilter((current) => ({
			...current,
			categories: current.categories.includes(id) ? current.categories.filter((category) => category !== id) : [...current.categories, id],
		}));
	// The Clear button disappears once clicked, so focus goes back to the filter box.
	const clearFilters = () => {
		setFilter(NO_FILTER);
		input.current?.focus();
	};
	const setOpen = (open: boolean) => {
		// eslint-disable-next-line react-hooks/immutability -- the questions are server-rendered DOM (see above)
		for (const details of questions) if (!details.hidden || !open) details.open = open;
	};

	const shown = ready ? result.ids.length : total;
	const count = plural(locale, ready ? questions.length : total, words.count, { shown });
	const note = result.match === 'some' || result.match === 'nothing' ? words.matchNotes[result.match] : undefined;

	return (
		<div className="faq-filter">
			<div className="faq-filter__controls">
				{/* A real form: before the island runs, Enter sends the words in the address (?q=…), and the island starts with them. */}
				<form role="search" method="get" aria-label={words.formLabel} onSubmit={(event) => event.preventDefault()}>
					<label htmlFor={ids.input}>{words.boxLabel}</label>
					<p id={ids.hint} className="faq-filter__hint">
						{words.hint}
					</p>
					<input
						ref={input}
						id={ids.input}
						className="field-control"
						name={FAQ_QUERY_PARAM}
						type="search"
						aria-describedby={ids.hint}
						autoComplete="off"
						enterKeyHint="search"
						value={filter.query}
						onChange={(event: ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, query: event.target.value })}
					/>
				</form>
				<p className="faq-filter__status" role="status">
					{count}.{note && ` ${note}`}
				</p>
				{best.length > 0 && (
					<div className="faq-filter__best">
						<p id={ids.best}>{words.bestMatches}</p>
						<ol aria-labelledby={ids.best}>
							{best.map((item) => (
								<li key={item.id}>
									<a href={`#${item.id}`}>{item.question}</a>{' '}
									{item.urgency && item.urgency in care && (
										<span className={`faq-filter__level care--${item.urgency}`}>{care[item.urgency as CareLevel].label}</span>
									)}
								</li>
							))}
						</ol>
					</div>
				)}
				<details className="faq-filter__more">
					<summary>{words.moreFilters}</summary>
					<div className="faq-filter__chips" role="group" aria-labelledby={ids.topics}>
						<span id={ids.topics} className="faq-filter__label">
							{words.topics}
						</span>
						{categories.map((category) => (
							<button
								key={category.id}
								type="button"
								className="faq-filter__chip"
								aria-pressed={filter.categories.includes(category.id)}
								onClick={() => toggleCategory(category.id)}
							>
								{category.label}
							</button>
						))}
					</div>
					<div className="faq-filter__urgency">
						<label htmlFor={ids.urgency} className="faq-filter__label">
							{words.urgency}
						</label>
						<select
							id={ids.urgency}
							className="field-control"
							value={filter.urgency}
							onChange={(event: ChangeEvent<HTMLSelectElement>) => setFilter({ ...filter, urgency: event.target.value })}
						>
							<option value="">{words.anyUrgency}</option>
							{CARE_LEVEL_IDS.map((level) => (
								<option key={level} value={level}>
									{care[level].label}: {care[level].heading}
								</option>
							))}
						</select>
					</div>
				</details>
				<div className="faq-filter__actions">
					<button type="button" onClick={() => setOpen(true)}>
						{words.openAll}
					</button>
					<button type="button" onClick={() => setOpen(false)}>
						{words.closeAll}
					</button>
					{isFiltering(filter) && (
						<button type="button" onClick={clearFilters}>
							{words.clear}
						</button>
					)}
				</div>
			</div>
		</div>
	);
}
