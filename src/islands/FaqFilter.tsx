// Filter controls for the side-effect questions the server already rendered: a filter box, topic
// chips, an urgency choice, expand/collapse all, and a live count. It shows and hides the existing
// <details> by id instead of rendering them again, so each answer is in the page once and the list
// works without JavaScript. Matching lives in src/lib/faq-filter.ts.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import { CARE_LEVEL_IDS, CARE_LEVELS } from '../lib/care-levels.ts';
import {
	createFaqIndex,
	faqCountMessage,
	filterFaq,
	isFiltering,
	NO_FILTER,
	type FaqFilter as Filter,
	type FaqFilterItem,
	type FaqMatch,
} from '../lib/faq-filter.ts';
import './faq-filter.css';

interface Props {
	/** Id of the element holding the server-rendered questions (details.faq) and groups. */
	listId: string;
	/** The topics on the page, in order, with the labels readers see. */
	categories: { id: string; label: string }[];
	/** How many questions the page holds; shown before the island starts. */
	total: number;
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

const MATCH_NOTES: Partial<Record<FaqMatch, string>> = {
	some: 'No question has all your words, so these are the closest.',
	nothing: 'Check the spelling, try one word, or clear the filters. If you are worried, see the signs at the top of the page.',
};

export default function FaqFilter({ listId, categories, total }: Props) {
	const [questions, setQuestions] = useState<HTMLDetailsElement[]>([]);
	const [filter, setFilter] = useState<Filter>(NO_FILTER);
	const ids = { input: useId(), hint: useId(), topics: useId(), urgency: useId() };
	const input = useRef<HTMLInputElement>(null);

	useEffect(() => {
		const list = document.getElementById(listId);
		// The questions are server-rendered DOM: they can only be read once the island has hydrated.
		// eslint-disable-next-line react-hooks/set-state-in-effect
		setQuestions(list ? [...list.querySelectorAll<HTMLDetailsElement>('details.faq')] : []);
	}, [listId]);

	const index = useMemo(() => createFaqIndex(questions.map(readQuestion)), [questions]);
	const result = useMemo(() => filterFaq(index, filter), [index, filter]);
	const ready = questions.length > 0;

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

	const count = ready ? faqCountMessage(result.ids.length, questions.length) : faqCountMessage(total, total);
	const note = MATCH_NOTES[result.match];

	return (
		<div className="faq-filter">
			<div className="faq-filter__controls" hidden={!ready}>
				<form role="search" aria-label="Filter the questions" onSubmit={(event) => event.preventDefault()}>
					<label htmlFor={ids.input}>Filter the questions</label>
					<p id={ids.hint} className="faq-filter__hint">
						Type a word, such as bruise, lump or itchy. Spelling does not need to be perfect.
					</p>
					<input
						ref={input}
						id={ids.input}
						type="search"
						aria-describedby={ids.hint}
						autoComplete="off"
						enterKeyHint="search"
						value={filter.query}
						onChange={(event: ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, query: event.target.value })}
					/>
				</form>
				<div className="faq-filter__chips" role="group" aria-labelledby={ids.topics}>
					<span id={ids.topics} className="faq-filter__label">
						Topics
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
						How urgent
					</label>
					<select
						id={ids.urgency}
						value={filter.urgency}
						onChange={(event: ChangeEvent<HTMLSelectElement>) => setFilter({ ...filter, urgency: event.target.value })}
					>
						<option value="">Any urgency</option>
						{CARE_LEVEL_IDS.map((level) => (
							<option key={level} value={level}>
								{CARE_LEVELS[level].label}: {CARE_LEVELS[level].heading}
							</option>
						))}
					</select>
				</div>
				<div className="faq-filter__actions">
					<button type="button" onClick={() => setOpen(true)}>
						Open all answers
					</button>
					<button type="button" onClick={() => setOpen(false)}>
						Close all answers
					</button>
					{isFiltering(filter) && (
						<button type="button" onClick={clearFilters}>
							Clear filters
						</button>
					)}
				</div>
			</div>
			<p className="faq-filter__status" role="status">
				{count}.{note && ` ${note}`}
			</p>
		</div>
	);
}
