/**
 * The /search/ page: a shareable address for a search. `?q=…` runs on load, topic
 * filters ride along as `&topic=…`, and the address follows what the reader types.
 */
import { createSearchUI } from './live-search.ts';

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
    onChange({ query, topics }) {
      const next = new URLSearchParams();
      if (query.trim()) next.set('q', query.trim());
      for (const topic of topics) next.append('topic', topic);
      const search = next.toString() ? `?${next}` : '';
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`);
    },
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ui.run();
  });
  if (input.value.trim()) void ui.run();
  else ui.warm();
}
