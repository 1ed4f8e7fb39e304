/**
 * `npx tsx scripts/compare-search.ts --before DIR --after DIR --seeds DIR`: whether a change
 * to how the search index is written changes what searches find. Runs the same queries
 * through Pagefind (raw, no alias expansion or reordering) over two built sites, each
 * query as a first search in a fresh page, since what a search finds depends on the
 * chunks it has loaded, and prints every query whose pages or scores differ, then a count.
 *
 * The queries: the judged ones of test/fixtures/search-queries.json, the scale benchmark's
 * four, and words, word pairs, misspellings (a letter dropped) and prefixes drawn with a
 * fixed seed from the seed files in `--seeds` (e.g. a `npm run bench` scratch's seeds/).
 * Figures are printed, never asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { browserEngine } from './lib/browser-search.ts';
import { parseFlags, readCommandLine, UsageError } from './lib/command-line.ts';
import { FIRST_SEARCH_QUERIES } from './lib/first-search.ts';
import { loadQuerySet } from './lib/search-queries.ts';
import { startStaticServer } from './lib/static-server.ts';
import { mulberry32 } from '../src/shared/prng.ts';

const usage = 'npx tsx scripts/compare-search.ts --before DIR --after DIR --seeds DIR';
const flags = readCommandLine('compare-search', usage, (args) => {
  const values = parseFlags({ before: { type: 'string' }, after: { type: 'string' }, seeds: { type: 'string' } }, args);
  if (!values.before || !values.after || !values.seeds) throw new UsageError('--before, --after and --seeds are all needed');
  return { before: resolve(values.before), after: resolve(values.after), seeds: resolve(values.seeds) };
});

/** How many of each kind of drawn query. */
const DRAWN = { words: 250, pairs: 80, misspellings: 80, prefixes: 60 };

function queries(): string[] {
  const judged = loadQuerySet('test/fixtures/search-queries.json', () => true);
  const all = new Set<string>([...FIRST_SEARCH_QUERIES, ...judged.knownItem.map((q) => q.query), ...judged.topical.map((q) => q.query)]);
  const text = readdirSync(flags.seeds)
    .sort()
    .slice(0, 2)
    .map((name) => readFileSync(join(flags.seeds, name), 'utf8'))
    .join(' ');
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);
  const random = mulberry32(7);
  const pick = () => Math.floor(random() * (words.length - 1));
  for (let i = 0; i < DRAWN.words; i++) all.add(words[pick()]!);
  for (let i = 0; i < DRAWN.pairs; i++) {
    const at = pick();
    all.add(`${words[at]} ${words[at + 1]}`);
  }
  for (let i = 0; i < DRAWN.misspellings; i++) {
    const word = words[pick()]!;
    const at = 1 + Math.floor(random() * (word.length - 1));
    all.add(word.slice(0, at) + word.slice(at + 1));
  }
  for (let i = 0; i < DRAWN.prefixes; i++) {
    const word = words[pick()]!;
    all.add(word.slice(0, 2 + Math.floor(random() * (word.length - 2))));
  }
  return [...all];
}

/** Each query's results over `site`: page ids and scores, best first. */
async function results(site: string, list: readonly string[]): Promise<Map<string, { id: string; score: number }[]>> {
  const server = await startStaticServer(site);
  const browser = await launchChromium();
  const found = new Map<string, { id: string; score: number }[]>();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    for (const query of list) {
      const tab = await context.newPage();
      await tab.goto(`${server.url}/`);
      const response = await (await browserEngine(tab, '/')).search(query);
      found.set(query, response.results.map((hit) => ({ id: hit.id, score: hit.score })));
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return found;
}

const list = queries();
console.log(`${list.length} queries, each a first search, over ${flags.before} and ${flags.after}`);
const before = await results(flags.before, list);
const after = await results(flags.after, list);
const counts = { identical: 0, scores: 0, different: 0 };
for (const query of list) {
  const a = before.get(query)!;
  const b = after.get(query)!;
  const samePages = a.length === b.length && a.every((hit, i) => hit.id === b[i]!.id);
  if (samePages && a.every((hit, i) => hit.score === b[i]!.score)) counts.identical += 1;
  else if (samePages && a.every((hit, i) => Math.abs(hit.score - b[i]!.score) <= 1e-3 * Math.max(1, Math.abs(hit.score)))) counts.scores += 1;
  else {
    counts.different += 1;
    const ids = (hits: typeof a) => hits.slice(0, 3).map((h) => h.id).join(', ') || 'none';
    console.log(`  ${JSON.stringify(query)}: ${a.length} → ${b.length} pages; first ${ids(a)} → ${ids(b)}`);
  }
}
console.log(`identical ${counts.identical}; same pages in the same order, scores within 0.1 % ${counts.scores}; different ${counts.different} (listed above)`);
