/**
 * `npm run bench:search`: how well and how cheaply the built site's search answers.
 *
 * Builds nothing. Serves dist/ (or SITE_DIR) over HTTP with gzip like a static host,
 * drives Debian's Chromium, and searches through the site's own Pagefind bundle with
 * the options the search UI uses (src/search/options.ts). Prints:
 *   - known-item MRR: does the paper a reader has in mind come first?
 *   - topical precision@5: are the first five results about the topic asked for?
 *   - cost: bytes over the wire and time until results are on hand (the first page of
 *     results, with excerpts) for a first search in a cold browser, then a second one.
 * Ranking runs through src/search/engine.ts, as in the search UI (with the alias table
 * of /search/topics.json, fetched beside Pagefind), with Pagefind itself in the browser; the timings include a few milliseconds of browser round trips.
 * The judged queries live in test/fixtures/search-queries.json.
 */
import { launchChromium } from './lib/browser.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';
import { startStaticServer } from './lib/static-server.ts';
import { builtPageExists, loadQuerySet } from './lib/search-queries.ts';
import { mean, pageId, precisionAt, reciprocalRank } from './lib/search-metrics.ts';
import { browserSearch, measure } from './lib/browser-search.ts';
import { RESULTS_PER_PAGE } from '../src/search/options.ts';
import { searchCatalog, type SearchEngine } from '../src/search/engine.ts';
import type { AliasTable } from '../src/search/topic-aliases.ts';

readCommandLine('npm run bench:search', 'npm run bench:search (no flags; SITE_DIR=DIR serves another build)', (args) => parseFlags({}, args));

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const QUERIES = process.env['SEARCH_QUERIES'] ?? 'test/fixtures/search-queries.json';
/** How deep a known item may sit and still count (1/rank); deeper counts as not found. */
const DEPTH = 10;
const BAR = { mrr: 0.98, precision: 0.9, coldKB: 100 };
/** Cold searches measured for cost: one word, several words, an abbreviation. */
const COST_QUERIES: [first: string, second: string][] = [
  ['pruning', 'hypercomplex'],
  ['state space models', 'diffusion'],
  ['PEFT', 'LoRA'],
  ['CondConv', 'u-μP'],
];

/** The page ids of the first `depth` results for `query`, ordered as the UI orders them. */
async function ranked(engine: SearchEngine, aliases: AliasTable, query: string, depth: number): Promise<string[]> {
  const page = await searchCatalog(engine, query, { perPage: depth, aliases });
  return page.results.map((r) => pageId(r.url, BASE));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'meets the bar' : 'BELOW THE BAR');

const set = loadQuerySet(QUERIES, builtPageExists(SITE_DIR));
const server = await startStaticServer(SITE_DIR);
const browser = await launchChromium();
try {
  // Quality: one warm page, every query. The service worker stays out of the way.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}${BASE}`);

  const { engine, aliases } = await browserSearch(page, BASE);
  const known: { ids: string[] }[] = [];
  for (const q of set.knownItem) known.push({ ids: await ranked(engine, aliases, q.query, DEPTH) });
  const rr = set.knownItem.map((q, i) => reciprocalRank(known[i]!.ids, q.expect));
  const mrr = mean(rr);
  console.log(`Known-item queries (${set.knownItem.length}): MRR ${mrr.toFixed(3)}  [bar ≥ ${BAR.mrr}: ${mark(mrr >= BAR.mrr)}]`);
  set.knownItem.forEach((q, i) => {
    const rank = known[i]!.ids.indexOf(q.expect) + 1;
    const where = rank === 0 ? `not in the first ${DEPTH}` : `rank ${rank}`;
    console.log(`  ${rank === 1 ? '✓' : '✗'} ${JSON.stringify(q.query).padEnd(40)} ${q.kind.padEnd(12)} ${where}${rank === 1 ? '' : `; first: ${known[i]!.ids[0] ?? 'nothing'}`}`);
  });

  const topical: { ids: string[] }[] = [];
  for (const q of set.topical) topical.push({ ids: await ranked(engine, aliases, q.query, 5) });
  const precisions = set.topical.map((q, i) => precisionAt(5, topical[i]!.ids, new Set(q.relevant)));
  const p5 = mean(precisions);
  console.log(`\nTopical queries (${set.topical.length}): precision@5 ${p5.toFixed(3)}  [bar ≥ ${BAR.precision}: ${mark(p5 >= BAR.precision)}]`);
  set.topical.forEach((q, i) => {
    const relevant = new Set(q.relevant);
    const misses = topical[i]!.ids.filter((id) => !relevant.has(id));
    console.log(`  ${precisions[i]!.toFixed(1)} ${JSON.stringify(q.query).padEnd(34)} ${q.kind.padEnd(12)}${misses.length > 0 ? ` not relevant: ${misses.join(', ')}` : ''}`);
  });
  await context.close();

  // Cost: each pair in a fresh context, so the first search starts with an empty cache.
  console.log(`\nCost over HTTP with gzip, fresh browser cache, service worker off (${RESULTS_PER_PAGE} results with excerpts):`);
  let worstCold = 0;
  for (const [first, second] of COST_QUERIES) {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await fresh.newPage();
    const cdp = await fresh.newCDPSession(tab);
    await cdp.send('Network.enable');
    await tab.goto(`${server.url}${BASE}`);
    // Loading Pagefind and the alias table is part of the first search: the site loads them on first use too.
    let loaded: { engine: SearchEngine; aliases: AliasTable } | undefined;
    const cold = await measure(cdp, first, async () => {
      loaded = await browserSearch(tab, BASE);
      return searchCatalog(loaded.engine, first, { perPage: RESULTS_PER_PAGE, aliases: loaded.aliases });
    });
    const warm = await measure(cdp, second, () => searchCatalog(loaded!.engine, second, { perPage: RESULTS_PER_PAGE, aliases: loaded!.aliases }));
    worstCold = Math.max(worstCold, cold.bytes);
    for (const [label, cost] of [['first (cold)', cold], ['second', warm]] as const) {
      console.log(`  ${label.padEnd(13)} ${JSON.stringify(cost.query).padEnd(22)} ${kb(cost.bytes).padStart(9)} in ${String(cost.requests).padStart(2)} requests, results after ${Math.round(cost.ms)} ms`);
    }
    await fresh.close();
  }
  console.log(`  largest cold first search: ${kb(worstCold)}  [bar < ${BAR.coldKB} KB: ${mark(worstCold < BAR.coldKB * 1024)}]`);

  // The same, as a reader does it: on a paper page, "/" and a query in the dialog. Counts
  // the dialog's code too, up to the moment the results are on screen.
  console.log('\nIn the dialog, from a paper page in a fresh browser (search code included):');
  for (const query of ['state space models', 'PEFT']) {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await fresh.newPage();
    const cdp = await fresh.newCDPSession(tab);
    await cdp.send('Network.enable');
    await tab.goto(`${server.url}${BASE}papers/${set.knownItem[0]!.expect}/`);
    await tab.waitForLoadState('load');
    const cost = await measure(cdp, query, async () => {
      await tab.keyboard.press('/');
      await tab.locator('#search-dialog-input').fill(query);
      await tab.waitForFunction(() => /results?\.|No results/.test(document.querySelector('#search-dialog-status')?.textContent ?? ''));
    });
    console.log(`  ${JSON.stringify(query).padEnd(22)} ${kb(cost.bytes).padStart(9)} in ${String(cost.requests).padStart(2)} requests, results on screen after ${Math.round(cost.ms)} ms`);
    await fresh.close();
  }
} finally {
  await browser.close();
  await server.close();
}
