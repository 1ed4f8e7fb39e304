/**
 * The first searches issue 14 measures, each in a fresh browser: shared by `npm run bench`
 * and `npm run bench:first-search`, so the quick measurement is the scale benchmark's own.
 */
import { RESULTS_PER_PAGE } from '../../src/search/options.ts';
import { searchCatalog } from '../../src/search/engine.ts';
import { launchChromium } from './browser.ts';
import { browserSearch, measure, type Cost } from './browser-search.ts';
import { startStaticServer } from './static-server.ts';

/** First searches measured, each in a fresh browser: a word, two phrases a topic page answers, a word in many abstracts. */
export const FIRST_SEARCH_QUERIES = ['diffusion', 'low-rank adaptation', 'neural radiance fields', 'pruning'];

/** What a first search costs, and what the search UI loads next for its topic counts. */
export interface FirstSearch extends Cost {
  results: number;
  /** Bytes of the filter index, which the UI loads once the first results are up (src/search/browser/live-search.ts). */
  countsBytes: number;
}

/** A first search for each of `queries` over the site in `site`, each in a fresh browser context (empty cache, no service worker). */
export async function firstSearches(site: string, queries: readonly string[] = FIRST_SEARCH_QUERIES): Promise<FirstSearch[]> {
  const server = await startStaticServer(site);
  const browser = await launchChromium();
  const costs: FirstSearch[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await tab.goto(`${server.url}/`);
      let results = 0;
      // Loading Pagefind and the alias table is part of a first search: the site loads them on first use too.
      const cost = await measure(cdp, query, async () => {
        const { engine, aliases } = await browserSearch(tab, '/');
        results = (await searchCatalog(engine, query, { perPage: RESULTS_PER_PAGE, aliases })).total;
      });
      // Counted apart, so the first search's figure stays what it was: the UI shows results first.
      const counts = await measure(cdp, query, () => tab.evaluate(() => (window as unknown as { benchPagefind: { filters(): Promise<unknown> } }).benchPagefind.filters()));
      costs.push({ ...cost, results, countsBytes: counts.bytes });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}
