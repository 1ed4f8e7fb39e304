/**
 * The filters beside the results: topic, venue and author chips with their counts, and a range
 * of years. Its code is loaded with the filter index, once the first results are on
 * screen (src/search/browser/live-search.ts), so a first search fetches none of it.
 */
import { plural } from '../../shared/plural.ts';
import type { FilterCounts } from '../engine.ts';
import { parseYear, type FilterState } from '../filters.ts';

// what a search with filters chosen needs, loaded with the rest of them
export { describeFilters, searchFilters } from '../filters.ts';

/** Values shown before "All …"; chosen ones are always shown. */
const VISIBLE_FILTERS = 8;

export interface FilterPanel {
  /** Shows the filters for these counts (none: only what is chosen). */
  render(counts: FilterCounts): void;
}

/**
 * Takes over the panel's filter parts. `changed` runs the search again after a choice
 * and resolves once its results are on screen.
 */
export function createFilterPanel(panel: HTMLElement, state: FilterState, changed: () => Promise<void>): FilterPanel {
  const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-search-${name}]`)!;
  const years = part<HTMLElement>('years');
  const fromSelect = part<HTMLSelectElement>('from');
  const toSelect = part<HTMLSelectElement>('to');
  let counts: FilterCounts = {};
  const groups = [
    { box: part<HTMLElement>('filters'), name: 'topic', picked: state.topics, noun: 'topics', all: false },
    { box: part<HTMLElement>('venues'), name: 'venue', picked: state.venues, noun: 'venues', all: false },
    { box: part<HTMLElement>('authors'), name: 'author', picked: state.authors, noun: 'authors', all: false },
  ];

  function renderChips(group: (typeof groups)[number]): void {
    const { box, name, picked, noun, all } = group;
    const valueCounts = counts[name] ?? {};
    const entries = Object.entries(valueCounts).filter(([value, n]) => n > 0 || picked.has(value));
    for (const value of picked) if (!(value in valueCounts)) entries.push([value, 0]);
    entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const visible = all ? entries : entries.filter(([value], i) => i < VISIBLE_FILTERS || picked.has(value));
    const buttons = visible.map(([value, n]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-filter';
      button.setAttribute('aria-pressed', String(picked.has(value)));
      button.dataset[name] = value;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(n);
      count.setAttribute('aria-label', `, ${plural(n, 'result')}`);
      button.append(value, count);
      return button;
    });
    if (entries.length > visible.length || all) {
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'search-filter-more';
      toggle.dataset['toggle'] = '';
      toggle.textContent = all ? `Fewer ${noun}` : `All ${entries.length} ${noun}`;
      buttons.push(toggle);
    }
    box.replaceChildren(...buttons);
    box.hidden = buttons.length === 0;
  }

  /** The range's two lists hold the years the index knows; a chosen year it does not know stays chosen. */
  function renderYears(): void {
    const known = Object.keys(counts['year'] ?? {}).sort();
    for (const [select, value] of [[fromSelect, state.from], [toSelect, state.to]] as const) {
      const wanted = value === undefined ? '' : String(value);
      const values = known.includes(wanted) || wanted === '' ? known : [...known, wanted].sort();
      select.replaceChildren(new Option('any year', ''), ...values.map((y) => new Option(y, y)));
      select.value = wanted;
    }
    years.hidden = known.length === 0 && state.from === undefined && state.to === undefined;
  }

  function render(next: FilterCounts): void {
    counts = next;
    for (const group of groups) renderChips(group);
    renderYears();
  }

  for (const group of groups) {
    group.box.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset['toggle'] !== undefined) {
        group.all = !group.all;
        renderChips(group);
        group.box.querySelector<HTMLButtonElement>('[data-toggle]')?.focus();
        return;
      }
      const value = button.dataset[group.name];
      if (value === undefined) return;
      if (group.picked.has(value)) group.picked.delete(value);
      else group.picked.add(value);
      void changed().then(() => group.box.querySelector<HTMLButtonElement>(`[data-${group.name}="${CSS.escape(value)}"]`)?.focus());
    });
  }
  years.addEventListener('change', () => {
    state.from = parseYear(fromSelect.value);
    state.to = parseYear(toSelect.value);
    void changed();
  });

  return { render };
}
