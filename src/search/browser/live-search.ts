/**
 * A live search box and its results, as in the dialog and on the /search/ page: results
 * as you type, topic filters with counts, "more", topic suggestions when nothing
 * matches, and (for the dialog) arrow keys and Enter over a listbox while typing goes on.
 */
import { plural } from '../../shared/plural.ts';
import { topicUrl, withBase } from '../../shared/urls.ts';
import { countResults, isLooseMatch, loadResults, searchCatalog, type FilterCounts, type Hit, type Result } from '../engine.ts';
import { RESULTS_PER_PAGE } from '../options.ts';
import { queryTerms } from '../query.ts';
import { closeTopics, type SuggestableTopic } from '../close-topics.ts';
import { loadFilters, loadOnce, loadPagefind } from './load-pagefind.ts';
import { resultLink } from './render-results.ts';

export interface SearchUIOptions {
  input: HTMLInputElement;
  /** The SearchResults component's root. */
  panel: HTMLElement;
  /** Drive the results as a listbox from the input (the dialog), or leave them a list of links (the page). */
  listbox: boolean;
  /** Topics chosen at the start (the page reads them from its URL). */
  topics?: readonly string[];
  /** Told of every new query or filter choice (the page writes them to its URL). */
  onChange?: (state: { query: string; topics: string[] }) => void;
}

export interface SearchUI {
  /** Searches for what the input holds now. */
  run(): Promise<void>;
  /** Starts loading Pagefind before the first keystroke. */
  warm(): void;
}

/** Topics shown before "All topics"; chosen ones are always shown. */
const VISIBLE_FILTERS = 8;
/** Wait this long after a keystroke before searching: typing fast costs no searches. */
const DEBOUNCE_MS = 90;
/** Say "Searching…" only when results take longer than this. */
const SLOW_MS = 300;

const loadTopicList = loadOnce(() =>
  fetch(withBase('search/topics.json')).then((r) => (r.ok ? (r.json() as Promise<SuggestableTopic[]>) : [])),
);

export function createSearchUI(options: SearchUIOptions): SearchUI {
  const { input, panel, listbox } = options;
  const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-search-${name}]`)!;
  const filtersBox = part<HTMLElement>('filters');
  const status = part<HTMLElement>('status');
  const list = part<HTMLElement>('results');
  const more = part<HTMLButtonElement>('more');
  const suggestions = part<HTMLElement>('suggestions');
  const idPrefix = list.id;

  const chosen = new Set(options.topics ?? []);
  let counts: FilterCounts = {};
  let allFilters = false;
  let runs = 0;
  let rest: Hit[] = [];
  let shown: HTMLAnchorElement[] = [];
  let active = -1;
  let terms: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  if (listbox) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
  }

  function setActive(index: number): void {
    shown[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const link = shown[active];
    if (!listbox) return;
    if (!link) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    link.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', link.id);
    link.scrollIntoView({ block: 'nearest' });
  }

  function append(results: Result[]): void {
    for (const result of results) {
      const link = resultLink(result, terms, `${idPrefix}-${shown.length}`, listbox);
      if (listbox) list.append(link);
      else {
        const item = document.createElement('li');
        item.append(link);
        list.append(item);
      }
      shown.push(link);
    }
    more.hidden = rest.length === 0;
    if (listbox) input.setAttribute('aria-expanded', String(shown.length > 0));
  }

  function renderFilters(): void {
    const topicCounts = counts['topic'] ?? {};
    const entries = Object.entries(topicCounts).filter(([name, n]) => n > 0 || chosen.has(name));
    for (const name of chosen) if (!(name in topicCounts)) entries.push([name, 0]);
    entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const visible = allFilters ? entries : entries.filter(([name], i) => i < VISIBLE_FILTERS || chosen.has(name));
    const buttons = visible.map(([name, n]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-filter';
      button.setAttribute('aria-pressed', String(chosen.has(name)));
      button.dataset['topic'] = name;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(n);
      count.setAttribute('aria-label', `, ${plural(n, 'result')}`);
      button.append(name, count);
      return button;
    });
    if (entries.length > visible.length || allFilters) {
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'search-filter-more';
      toggle.dataset['toggle'] = '';
      toggle.textContent = allFilters ? 'Fewer topics' : `All ${entries.length} topics`;
      buttons.push(toggle);
    }
    filtersBox.replaceChildren(...buttons);
    filtersBox.hidden = buttons.length === 0;
  }

  async function renderSuggestions(query: string, run: number): Promise<void> {
    const topics = await loadTopicList().catch(() => []);
    if (run !== runs) return;
    const found = closeTopics(query, topics);
    const children: Node[] = [];
    if (chosen.size > 0) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.dataset['clearFilters'] = '';
      clear.textContent = 'Search all topics instead';
      children.push(clear);
    }
    if (found.length > 0) {
      const intro = document.createElement('p');
      intro.textContent = 'Topics close to what you typed:';
      const chips = document.createElement('ul');
      chips.className = 'chips';
      for (const { topic } of found) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'chip';
        link.href = topicUrl(topic.slug);
        link.append(topic.name);
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = String(topic.papers);
        link.append(count);
        item.append(link);
        chips.append(item);
      }
      children.push(intro, chips);
    }
    const hint = document.createElement('p');
    hint.className = 'muted';
    hint.append('Search finds words by their beginning and needs every word you type; try fewer or shorter words, or browse ');
    const all = document.createElement('a');
    all.href = withBase('topics/');
    all.textContent = 'all topics';
    hint.append(all, '.');
    children.push(hint);
    suggestions.replaceChildren(...children);
    suggestions.hidden = false;
  }

  function clear(): void {
    rest = [];
    shown = [];
    active = -1;
    list.replaceChildren();
    more.hidden = true;
    suggestions.hidden = true;
    status.textContent = '';
    counts = {};
    renderFilters();
    if (listbox) {
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const run = ++runs;
    const query = input.value;
    options.onChange?.({ query, topics: [...chosen] });
    if (query.trim() === '') {
      clear();
      return;
    }
    const slow = setTimeout(() => run === runs && (status.textContent = 'Searching…'), SLOW_MS);
    try {
      const pagefind = await loadPagefind();
      const filters = chosen.size > 0 ? { topic: { any: [...chosen] } } : {};
      const page = await searchCatalog(pagefind, query, { filters, perPage: RESULTS_PER_PAGE });
      if (run !== runs) return;
      terms = queryTerms(page.query);
      rest = page.more;
      shown = [];
      active = -1;
      list.replaceChildren();
      append(page.results);
      if (Object.keys(page.counts).length > 0) counts = page.counts;
      renderFilters();
      const within = chosen.size > 0 ? ` in ${[...chosen].join(' or ')}` : '';
      // Results for cut-short words only (see isLooseMatch) count as no results, with suggestions.
      const loose = page.results.length > 0 && page.results.every((r) => isLooseMatch(r, terms));
      if (page.total === 0) status.textContent = `No results for “${page.query}”${within}.`;
      else if (loose) status.textContent = `No close matches for “${page.query}”${within}; below, pages that share the first letters of a word.`;
      else status.textContent = `${plural(page.total, 'result')}${within}.`;
      if (page.total === 0 || loose) void renderSuggestions(page.query, run);
      else suggestions.hidden = true;
      if (listbox) setActive(shown.length > 0 ? 0 : -1);
      // Which query the results on screen answer (tests wait for it; readers never see it).
      panel.dataset['shownQuery'] = query;
      // Topic counts need the filter index; load it once the first results are up.
      if (Object.keys(page.counts).length === 0) {
        await loadFilters();
        const fresh = await countResults(pagefind, query);
        if (run !== runs) return;
        counts = fresh;
        renderFilters();
      }
    } catch (error) {
      if (run !== runs) return;
      status.textContent = navigator.onLine
        ? `Search failed to load (${(error as Error).message}). Reload the page to try again.`
        : 'Search is not available offline yet: open this catalog once while online, and it will work offline from then on.';
    } finally {
      clearTimeout(slow);
    }
  }

  async function showMore(): Promise<void> {
    const batch = rest.slice(0, RESULTS_PER_PAGE);
    rest = rest.slice(RESULTS_PER_PAGE);
    const run = runs;
    const results = await loadResults(batch);
    if (run !== runs) return;
    const first = shown.length;
    append(results);
    if (listbox) setActive(first);
    else shown[first]?.focus();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });

  filtersBox.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset['toggle'] !== undefined) {
      allFilters = !allFilters;
      renderFilters();
      filtersBox.querySelector<HTMLButtonElement>('[data-toggle]')?.focus();
      return;
    }
    const topic = button.dataset['topic'];
    if (topic === undefined) return;
    if (chosen.has(topic)) chosen.delete(topic);
    else chosen.add(topic);
    void run().then(() => filtersBox.querySelector<HTMLButtonElement>(`[data-topic="${CSS.escape(topic)}"]`)?.focus());
  });

  suggestions.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-clear-filters]')) {
      chosen.clear();
      void run();
      input.focus();
    }
  });

  more.addEventListener('click', () => void showMore());

  if (listbox) {
    input.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (shown.length === 0) return;
        event.preventDefault();
        const next = active + (event.key === 'ArrowDown' ? 1 : -1);
        if (next >= shown.length && rest.length > 0) void showMore();
        else setActive((next + shown.length) % shown.length);
      } else if (event.key === 'Enter') {
        const link = shown[active];
        if (!link) return;
        event.preventDefault();
        if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(link.href, '_blank', 'noopener');
        else link.click();
      }
    });
  }

  return {
    run,
    warm: () => void loadPagefind().catch(() => undefined),
  };
}
