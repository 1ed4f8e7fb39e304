/**
 * Loads the site's Pagefind bundle once, on first use, with the catalog's options.
 * Nothing here runs until a reader opens search.
 */
import { withBase } from '../../shared/urls.ts';
import type { FilterCounts, SearchEngine } from '../engine.ts';
import { PAGEFIND_OPTIONS } from '../options.ts';

interface PagefindModule extends SearchEngine {
  options(options: object): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/**
 * `load` run on the first call, its promise shared by every later one; after a failure
 * (offline before the first visit) the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (pending) return pending;
    const started = load();
    pending = started;
    started.catch(() => {
      if (pending === started) pending = undefined;
    });
    return started;
  };
}

/** Pagefind, loaded and configured; the same promise for every caller. */
export const loadPagefind = loadOnce(async () => {
  const pagefind = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindModule;
  await pagefind.options(PAGEFIND_OPTIONS);
  return pagefind;
});

/**
 * Loads the filter index (a few KB): after it, every search reports how many results
 * each topic has. Deferred until the first results are on screen.
 */
export const loadFilters = loadOnce(async () => (await loadPagefind()).filters());
