/**
 * Loads the site's Pagefind bundle once, on first use, with the catalog's options.
 * Nothing here runs until a reader opens search.
 */
import { withBase } from '../catalog/urls.ts';
import type { FilterCounts, SearchEngine } from '../search/engine.ts';
import { PAGEFIND_OPTIONS } from '../search/options.ts';

interface PagefindModule extends SearchEngine {
  options(options: object): Promise<void>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<PagefindModule> | undefined;

/** Pagefind, loaded and configured; the same promise for every caller. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindModule;
    await pagefind.options(PAGEFIND_OPTIONS);
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined; // a failed load (offline before the first visit) may be retried
  });
  return loading;
}

let filtersLoaded: Promise<FilterCounts> | undefined;

/**
 * Loads the filter index (a few KB): after it, every search reports how many results
 * each topic has. Deferred until the first results are on screen.
 */
export function loadFilters(): Promise<FilterCounts> {
  filtersLoaded ??= loadPagefind().then((pagefind) => pagefind.filters());
  filtersLoaded.catch(() => {
    filtersLoaded = undefined;
  });
  return filtersLoaded;
}
