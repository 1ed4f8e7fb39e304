/**
 * Searching a built site in a real browser, as the site does, and counting what it costs
 * on the wire: shared by `npm run bench:search` and `npm run bench`.
 */
import type { CDPSession, Page } from 'playwright-core';
import { PAGEFIND_OPTIONS } from '../../src/search/options.ts';
import type { Hit, SearchEngine, SearchResponse } from '../../src/search/engine.ts';
import { compileAliases, type AliasedTopic, type AliasTable } from '../../src/search/topic-aliases.ts';

/**
 * Pagefind as it runs in `page` (loaded from `<base>pagefind/pagefind.js` with the site's
 * options), wrapped as a SearchEngine for src/search/engine.ts: the ranking logic runs
 * here in Node, every search and fragment load in the browser.
 */
export async function browserEngine(page: Page, base: string): Promise<SearchEngine> {
  await page.evaluate(
    async ({ base, options }) => {
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      await pagefind.options(options);
      Object.assign(window, { benchPagefind: pagefind, benchHits: new Map() });
    },
    { base, options: PAGEFIND_OPTIONS },
  );
  return {
    async search(query, options) {
      const response = await page.evaluate(
        async ({ query, options }) => {
          const w = window as unknown as { benchPagefind: { search(q: string | null, o: unknown): Promise<SearchResponse> }; benchHits: Map<string, Hit> };
          const found = await w.benchPagefind.search(query, options);
          for (const hit of found.results) w.benchHits.set(hit.id, hit);
          const { unfilteredResultCount, filters, totalFilters } = found;
          return { hits: found.results.map((h) => [h.id, h.score] as const), unfilteredResultCount, filters, totalFilters };
        },
        { query, options: options ?? {} },
      );
      return {
        ...response,
        results: response.hits.map(([id, score]) => ({
          id,
          score,
          data: () => page.evaluate((hit) => (window as unknown as { benchHits: Map<string, Hit> }).benchHits.get(hit)!.data(), id),
        })),
      };
    },
  };
}

/**
 * The search's alias table, fetched in `page` from `<base>search/topics.json` as the site
 * fetches it beside Pagefind (so its bytes count), compiled here for src/search/engine.ts.
 */
export async function browserAliases(page: Page, base: string): Promise<AliasTable> {
  const topics = await page.evaluate(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as AliasedTopic[];
  }, `${base}search/topics.json`);
  return compileAliases(topics);
}

/** Pagefind and the alias table, loaded side by side as the search UI loads them. */
export async function browserSearch(page: Page, base: string): Promise<{ engine: SearchEngine; aliases: AliasTable }> {
  const [engine, aliases] = await Promise.all([browserEngine(page, base), browserAliases(page, base)]);
  return { engine, aliases };
}

export interface Cost {
  query: string;
  /** Bytes on the wire: compressed, headers included. */
  bytes: number;
  requests: number;
  ms: number;
  /** Each request's URL and bytes on the wire, in the order they finished. */
  files: { url: string; bytes: number }[];
}

/** Counts bytes on the wire (compressed, headers included) of requests `run` starts. */
export async function measure(cdp: CDPSession, query: string, run: () => Promise<unknown>): Promise<Cost> {
  const started = new Map<string, string>();
  const files: Cost['files'] = [];
  const onSent = (event: { requestId: string; request: { url: string } }) => started.set(event.requestId, event.request.url);
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => {
    const url = started.get(event.requestId);
    if (url !== undefined) files.push({ url, bytes: event.encodedDataLength });
  };
  cdp.on('Network.requestWillBeSent', onSent);
  cdp.on('Network.loadingFinished', onFinished);
  const t0 = performance.now();
  await run();
  const ms = performance.now() - t0;
  cdp.off('Network.requestWillBeSent', onSent);
  cdp.off('Network.loadingFinished', onFinished);
  return { query, bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length, ms, files };
}
