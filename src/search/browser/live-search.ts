/**
 * A live search box and its results, as in the dialog and on the /search/ page: results
 * as you type, filters (topics, venues, authors, years; ./filter-panel.ts) with counts, "more", topic suggestions when nothing
 * matches, and (for the dialog) arrow keys and Enter over a listbox while typing goes on. With filters chosen and
 * no query, the results are every page the filters allow (`/search/?author=…`, linked from an author's page).
 */
import { plural } from '../../shared/plural.ts';
import type { FilterState } from '../filters.ts';
import type { FilterPanel } from './filter-panel.ts';
import { topicUrl, withBase } from '../../shared/urls.ts';
import { countResults, isLooseMatch, loadResults, searchCatalog, type FilterCounts, type Hit, type Result } from '../engine.ts';
import { RESULTS_PER_PAGE } from '../options.ts';
import { queryTerms } from '../query.ts';
import { closeTopics, type SuggestableTopic } from '../close-topics.ts';
import { compileAliases } from '../topic-aliases.ts';
import { loadFilters, loadOnce, loadPagefind } from './load-pagefind.ts';
import { markUnsaved } from './offline-marks.ts';
import { resultLink } from './render-results.ts';

export interface SearchUIOptions {
  input: HTMLInputElement;
  /** The SearchResults component's root. */
  panel: HTMLElement;
  /** Drive the results as a listbox from the input (the dialog), or leave them a list of links (the page). */
  listbox: boolean;
  /** Topics, venues, authors and years chosen at the start (the page reads them from its URL). */
  topics?: readonly string[];
  venues?: readonly string[];
  authors?: readonly string[];
  from?: number | undefined;
  to?: number | undefined;
  /** Told of every new query or filter choice (the page writes them to its URL). */
  onChange?: (state: SearchState) => void;
}

export interface SearchState {
  query: string;
  topics: string[];
  venues: string[];
  authors: string[];
  from?: number | undefined;
  to?: number | undefined;
}

export interface SearchUI {
  /** Searches for what the input holds now. */
  run(): Promise<void>;
  /** Starts loading Pagefind before the first keystroke. */
  warm(): void;
}

/** Wait this long after a keystroke before searching: typing fast costs no searches. */
const DEBOUNCE_MS = 90;
/** Say "Searching…" only when results take longer than this. */
const SLOW_MS = 300;

/** The filters' code (chips, years, Pagefind filters, their status words): a search with none chosen needs none of it. */
const loadFilterPanel = loadOnce(() => import('./filter-panel.ts'));

const loadTopicList = loadOnce(() =>
  fetch(withBase('search/topics.json')).then((r) => (r.ok ? (r.json() as Promise<SuggestableTopic[]>) : [])),
);

/**
 * The alias table (src/search/topic-aliases.ts), loaded beside Pagefind for the first
 * search. Without it (offline, not saved) the search still runs, by the words as typed.
 */
const loadAliases = loadOnce(async () => compileAliases(await loadTopicList()));
const aliasesOrNone = () => loadAliases().catch(() => undefined);

export function createSearchUI(options: SearchUIOptions): SearchUI {
  const { input, panel, listbox } = options;
  const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-search-${name}]`)!;
  const status = part<HTMLElement>('status');
  const list = part<HTMLElement>('results');
  const more = part<HTMLButtonElement>('more');
  const suggestions = part<HTMLElement>('suggestions');
  const idPrefix = list.id;

  const chosen: FilterState = {
    topics: new Set(options.topics ?? []),
    venues: new Set(options.venues ?? []),
    authors: new Set(options.authors ?? []),
    from: options.from,
    to: options.to,
  };
  let counts: FilterCounts = {};
  let filterPanel: FilterPanel | undefined;
  /** Whether a filter other than topics is chosen ("Search without filters" rather than "all topics"). */
  const filteringBeyondTopics = () => chosen.venues.size > 0 || chosen.authors.size > 0 || chosen.from !== undefined || chosen.to !== undefined;
  const filtering = () => chosen.topics.size > 0 || filteringBeyondTopics();
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
    const first = shown.length;
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
    void markUnsaved(shown.slice(first));
  }

  /** The filters for the current counts; their code loads with the first counts (after the first results). */
  function renderFilters(): void {
    if (filterPanel) filterPanel.render(counts);
    else if (Object.keys(counts).length > 0 || filtering()) {
      void loadFilterPanel().then((m) => {
        filterPanel ??= m.createFilterPanel(panel, chosen, run);
        filterPanel.render(counts);
      });
    }
  }

  async function renderSuggestions(query: string, run: number): Promise<void> {
    const topics = await loadTopicList().catch(() => []);
    if (run !== runs) return;
    const found = closeTopics(query, topics);
    const children: Node[] = [];
    const typed = query.trim() !== '';
    if (filtering()) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.dataset['clearFilters'] = '';
      clear.textContent = filteringBeyondTopics() ? 'Search without filters instead' : 'Search all topics instead';
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
    // with no query the filters alone found nothing: advice on words would not help
    if (typed) {
      const hint = document.createElement('p');
      hint.className = 'muted';
      hint.append('Search finds words by their beginning and needs every word you type; try fewer or shorter words, or browse ');
      const all = document.createElement('a');
      all.href = withBase('topics/');
      all.textContent = 'all topics';
      hint.append(all, '.');
      children.push(hint);
    }
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
    options.onChange?.({ query, topics: [...chosen.topics], venues: [...chosen.venues], authors: [...chosen.authors], from: chosen.from, to: chosen.to });
    if (query.trim() === '' && !filtering()) {
      clear();
      return;
    }
    const slow = setTimeout(() => run === runs && (status.textContent = 'Searching…'), SLOW_MS);
    try {
      const [pagefind, aliases] = await Promise.all([loadPagefind(), aliasesOrNone()]);
      const code = filtering() ? await loadFilterPanel() : undefined;
      const filters = code ? code.searchFilters(chosen, counts['year'] && Object.keys(counts['year'])) : {};
      const page = await searchCatalog(pagefind, query, { filters, perPage: RESULTS_PER_PAGE, aliases });
      if (run !== runs) return;
      terms = queryTerms(page.query);
      rest = page.more;
      shown = [];
      active = -1;
      list.replaceChildren();
      append(page.results);
      if (Object.keys(page.counts).length > 0) counts = page.counts;
      renderFilters();
      // The results are up: "Searching…" must not replace their status while the counts load.
      clearTimeout(slow);
      const within = code ? code.describeFilters(chosen) : '';
      // Results for cut-short words only (see isLooseMatch) count as no results, with suggestions.
      const loose = page.results.length > 0 && page.results.every((r) => isLooseMatch(r, terms));
      const forQuery = page.query === '' ? '' : ` for “${page.query}”`;
      if (page.total === 0) status.textContent = `No results${forQuery}${within}.`;
      else if (loose) status.textContent = `No close matches for “${page.query}”${within}; below, pages that share the first letters of a word.`;
      else status.textContent = `${plural(page.total, 'result')}${within}.`;
      if (page.total === 0 || loose) void renderSuggestions(page.query, run);
      else suggestions.hidden = true;
      if (listbox) setActive(shown.length > 0 ? 0 : -1);
      // Which query the results on screen answer (tests wait for it; readers never see it).
      panel.dataset['shownQuery'] = query;
      // Topic counts need the filter index; load it once the first results are up.
      if (Object.keys(page.counts).length === 0) {
        // Without the filter index (offline, not saved) the results stand; only the counts are missing.
        const fresh = await loadFilters()
          .then(() => countResults(pagefind, query, aliases))
          .catch(() => undefined);
        if (run !== runs || fresh === undefined) return;
        counts = fresh;
        renderFilters();
      }
    } catch (error) {
      if (run !== runs) return;
      status.textContent = navigator.onLine
        ? `Search failed to load (${(error as Error).message}). Reload the page to try again.`
        : 'This search needs part of the search index that is not saved on this device. Open the catalog online, or save it whole on the Offline page (linked at the foot of every page), to search it offline.';
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

  suggestions.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-clear-filters]')) {
      chosen.topics.clear();
      chosen.venues.clear();
      chosen.authors.clear();
      chosen.from = chosen.to = undefined;
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
    warm: () => {
      void loadPagefind().catch(() => undefined);
      void aliasesOrNone();
    },
  };
}
