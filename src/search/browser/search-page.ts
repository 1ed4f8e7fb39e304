/**
 * The /search/ page: a shareable address for a search. `?q=…` runs on load, filters
 * ride along as `&topic=…`, `&venue=…`, `&author=…`, `&from=2019&to=2021`, and the address
 * follows what the reader types and chooses. Filters without a query run too: `?author=…`
 * lists that author's papers (their author page links it).
 */
import { createSearchUI } from './live-search.ts';

/**
 * A year from the address: four digits, else none. src/search/filters.ts's parseYear
 * also checks the schema's range; importing it here would make it a chunk of its own,
 * one more request before this page's first search.
 */
const parseYear = (text: string | null): number | undefined => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const input = document.querySelector<HTMLInputElement>('#search-page-input');
const panel = document.querySelector<HTMLElement>('main [data-search-panel]');

if (form && input && panel) {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const ui = createSearchUI({
    input,
    panel,
    listbox: false,
    topics: params.getAll('topic'),
    venues: params.getAll('venue'),
    authors: params.getAll('author'),
    from: parseYear(params.get('from')),
    to: parseYear(params.get('to')),
    onChange({ query, topics, venues, authors, from, to }) {
      const next = new URLSearchParams();
      if (query.trim()) next.set('q', query.trim());
      for (const topic of topics) next.append('topic', topic);
      for (const venue of venues) next.append('venue', venue);
      for (const author of authors) next.append('author', author);
      if (from !== undefined) next.set('from', String(from));
      if (to !== undefined) next.set('to', String(to));
      const search = next.toString() ? `?${next}` : '';
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`);
    },
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ui.run();
  });
  if (input.value.trim() || ['topic', 'venue', 'author', 'from', 'to'].some((name) => params.has(name))) void ui.run();
  else ui.warm();
}
