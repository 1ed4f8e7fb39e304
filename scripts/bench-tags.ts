/**
 * `npm run bench:tags [-- --papers N]` (and the first part of `npm run bench`): times
 * topic derivation, induction included, on a deterministic synthetic catalog of N papers
 * (default 30,000) made from the seed, the way ingest runs it: induce the vocabulary,
 * then tag every paper with both layers. Prints each step's wall time, the time per
 * 1,000 papers, and the same at a tenth of the size in the same run, so the ratio shows
 * how it scales on any machine. Bar (issue "Topics that fit any catalog"): 30,000 papers
 * in under 15 s on this machine. Figures are printed, never asserted.
 */
import { cpus, loadavg } from 'node:os';
import { catalogPaths } from '../src/content/paths.ts';
import { readSeeds } from '../src/ingest/read-seeds.ts';
import { tagCatalog } from '../src/topics/derive.ts';
import { induceTopics } from '../src/topics/induce/induce.ts';
import { loadVocabulary } from '../src/topics/vocabulary.ts';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';
import { syntheticCatalog } from './lib/synthetic-catalog.ts';

const BAR_SECONDS = 15;
const papers = readCommandLine('npm run bench:tags', 'npm run bench:tags [-- --papers N]', (args) =>
  wholeNumber('--papers', parseFlags({ papers: { type: 'string' } }, args).papers, 30_000, { min: 10 }),
);

const root = process.cwd();
const sources = readSeeds(catalogPaths(root).seeds).map((s) => ({ title: s.title, abstract: s.abstract }));
const curated = loadVocabulary(catalogPaths(root).topics);

function run(n: number): { induce: number; tag: number; topics: number } {
  const catalog = syntheticCatalog(sources, n).map((p, i) => ({ id: `p${String(i).padStart(6, '0')}`, title: p.title, abstract: p.abstract }));
  const t0 = performance.now();
  const induced = induceTopics(catalog);
  const t1 = performance.now();
  tagCatalog(catalog, { curated, induced });
  const t2 = performance.now();
  return { induce: (t1 - t0) / 1000, tag: (t2 - t1) / 1000, topics: induced.length };
}

const s = (x: number) => `${x.toFixed(1)} s`;
console.log(`bench:tags on ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`);
const small = run(Math.max(10, Math.round(papers / 10)));
const full = run(papers);
const total = full.induce + full.tag;
console.log(`| papers | induce | tag (both layers) | total | per 1,000 | topics |`);
console.log(`|---|---|---|---|---|---|`);
for (const [n, r] of [[Math.max(10, Math.round(papers / 10)), small], [papers, full]] as const) {
  const t = r.induce + r.tag;
  console.log(`| ${n.toLocaleString('en')} | ${s(r.induce)} | ${s(r.tag)} | ${s(t)} | ${(t / (n / 1000)).toFixed(2)} s | ${r.topics} |`);
}
console.log(`scaling: ${papers.toLocaleString('en')} papers took ${(total / (small.induce + small.tag)).toFixed(1)}× the time of a tenth of them (10× would be linear)`);
if (papers === 30_000) console.log(`bar: tagging 30,000 papers, induction included, under ${BAR_SECONDS} s → ${total < BAR_SECONDS ? 'met' : 'UNDER'} (${s(total)})`);
