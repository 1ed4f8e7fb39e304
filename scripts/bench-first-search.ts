/**
 * `npm run bench:first-search [-- --site DIR] [--reindex]`: what each of the scale
 * benchmark's first searches downloads, file by file, over a site already built (by
 * default dist/; `npm run bench` leaves its 10,000-paper build in
 * `<tmp>/paper-atlas-bench-10000/dist`). With `--reindex` it first runs the build's
 * search-index step (src/search/build/pagefind.ts) over that site again, so a change to
 * how the index is written is measured in seconds instead of a whole benchmark.
 *
 * Each index chunk is shown with the range of words the metadata gives it: Pagefind loads
 * a chunk for a query word (or its stem) in that range (src/search/build/chunk-ranges.ts
 * says what happens when no range holds it). Figures are printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFlags, readCommandLine } from './lib/command-line.ts';
import { firstSearches } from './lib/first-search.ts';
import { kb } from './lib/page-weight.ts';
import { indexSite } from '../src/search/build/pagefind.ts';
import { readMetadata } from '../src/search/build/pagefind-metadata.ts';

const flags = readCommandLine('npm run bench:first-search', 'npm run bench:first-search [-- --site DIR] [--reindex]', (args) =>
  parseFlags({ site: { type: 'string', default: 'dist' }, reindex: { type: 'boolean', default: false } }, args),
);
const site = resolve(flags.site);
if (!existsSync(join(site, 'index.html'))) throw new Error(`No built site in ${site}`);

if (flags.reindex) {
  const started = performance.now();
  await indexSite(site, { info: (m) => console.log(`[pagefind] ${m}`), warn: (m) => console.log(`[pagefind] warning: ${m}`) });
  console.log(`search index rewritten in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const bundle = join(site, 'pagefind');
const metadata = await readMetadata(bundle);
const chunkOf = new Map(metadata.chunks.map((c) => [c.hash, c]));
console.log(`Pagefind ${metadata.version}: ${metadata.pages.length.toLocaleString('en-US')} pages, ${metadata.chunks.length.toLocaleString('en-US')} index chunks\n`);

/** What a downloaded file is, for the listing. */
function describe(url: string): { part: string; label: string } {
  const path = new URL(url).pathname;
  const name = path.replace(/^.*\//, '');
  if (path.includes('/pagefind/index/')) {
    const chunk = chunkOf.get(name.replace(/\.pf_index$/, ''));
    return { part: 'index chunks', label: chunk ? `${name}  words ${JSON.stringify(chunk.from)} → ${JSON.stringify(chunk.to)}` : name };
  }
  if (path.includes('/pagefind/fragment/')) return { part: 'fragments', label: name };
  if (path.includes('/pagefind/filter/')) return { part: 'filter index', label: name };
  if (path.includes('/pagefind/')) return { part: 'Pagefind (script, WebAssembly, metadata)', label: name };
  return { part: 'site', label: path };
}

const searches = await firstSearches(site);
for (const search of searches) {
  console.log(`${JSON.stringify(search.query)}: ${kb(search.bytes)} in ${search.requests} requests, ${search.results.toLocaleString('en-US')} results`);
  const parts = new Map<string, { bytes: number; lines: string[] }>();
  for (const file of search.files) {
    const { part, label } = describe(file.url);
    const entry = parts.get(part) ?? { bytes: 0, lines: [] };
    entry.bytes += file.bytes;
    entry.lines.push(`      ${kb(file.bytes).padStart(9)}  ${label}`);
    parts.set(part, entry);
  }
  for (const [part, { bytes, lines }] of parts) {
    console.log(`  ${kb(bytes).padStart(9)}  ${part}`);
    console.log(lines.join('\n'));
  }
  console.log('');
}
console.log(`largest first search: ${kb(Math.max(...searches.map((s) => s.bytes)))}`);
