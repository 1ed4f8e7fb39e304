/**
 * `npm run eval:tags`: how well derived topics agree with reference labels nobody wrote
 * for this project's method, with the measures of src/topics/score.ts (the same as
 * ../shared/eval/tagscore.py), next to a naive TF-IDF tagger. Rows:
 *
 *   seed, curated      the seed with content/topics.yaml (plus induced fill), against the
 *                      dev labels in test/fixtures/eval/topics-dev.json
 *   seed, induced      the same papers with induction alone (no curated file)
 *   <corpus>, curated  each list in the corpora folder, with content/topics.yaml
 *   <corpus>, induced  each list with induction alone
 *
 *   --corpora DIR   folder of corpora (<name>/seed.txt + gold.json); default ../shared/eval/corpora
 *   --top N         also list each induced run's N largest topics (the closing note's 40)
 *   --show          list each seed reference paper's tags next to its reference topics
 *   --orderings     also run each induced row with the same papers under two other id
 *                   schemes (zero-padded, and the slugs ingest would give) and print the
 *                   range: induction reads papers in id order, and its communities depend on
 *                   that order, so one run is one draw
 *
 * Exits with status 1 when a row with a bar is under it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../src/ingest/parse-seed.ts';
import { tagCatalog, type TopicLayers } from '../src/topics/derive.ts';
import { induceTopics } from '../src/topics/induce/induce.ts';
import { agreement, type Agreement } from '../src/topics/score.ts';
import type { DerivedTags, TagInput } from '../src/topics/types.ts';
import { loadVocabulary } from '../src/topics/vocabulary.ts';
import { SEEDS_DIR, TOPICS_FILE } from '../src/content/paths.ts';
import { uniqueSlug } from '../src/content/slug.ts';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';
import { tfidfBaseline } from './lib/tfidf-baseline.ts';

const REFERENCE = 'test/fixtures/eval/topics-dev.json';
/** The seed file whose 1-based positions the reference keys are. */
const REFERENCE_SEED = '000_3e2e2a5540f5c922.txt';
/** The bars of issue "Topics that fit any catalog"; rows without one are measured, not judged. */
const BARS: Record<string, { hm?: number; pairF1?: number }> = {
  'seed, curated': { hm: 0.65, pairF1: 0.65 },
  'seed, induced': { hm: 0.45 },
  'neurips-2022, induced': { hm: 0.26, pairF1: 0.2 },
  'arxiv-2007, induced': { hm: 0.3, pairF1: 0.3 },
};

const USAGE = 'npm run eval:tags [-- --corpora DIR] [--top N] [--show] [--orderings]';
const options = readCommandLine('npm run eval:tags', USAGE, (args) => {
  const flags = parseFlags(
    { corpora: { type: 'string', default: '../shared/eval/corpora' }, top: { type: 'string' }, show: { type: 'boolean', default: false }, orderings: { type: 'boolean', default: false } },
    args,
  );
  return { corpora: flags.corpora, show: flags.show, orderings: flags.orderings, top: wholeNumber('--top', flags.top, 0) };
});
const top = options.top;

interface Corpus {
  name: string;
  papers: TagInput[];
  gold: Map<string, string[]>;
}

function seedCorpus(): Corpus {
  const papers: TagInput[] = [];
  const referenceIds = new Map<number, string>();
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    for (const p of parseSeed(readFileSync(join(SEEDS_DIR, file), 'utf8'), file)) {
      const id = `${file}#${p.position}`;
      papers.push({ id, title: p.title, abstract: p.abstract });
      if (file === REFERENCE_SEED) referenceIds.set(p.position, id);
    }
  }
  const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { papers: Record<string, { title: string; topics: string[] }> };
  const gold = new Map<string, string[]>();
  for (const [position, entry] of Object.entries(reference.papers)) {
    const id = referenceIds.get(Number(position));
    const paper = papers.find((p) => p.id === id);
    if (id === undefined || paper === undefined) throw new Error(`${REFERENCE}: paper ${position} is not in seeds/${REFERENCE_SEED}`);
    if (paper.title.trim() !== entry.title.trim()) throw new Error(`${REFERENCE}: paper ${position} is "${entry.title}" but the seed has "${paper.title}"`);
    gold.set(id, entry.topics);
  }
  return { name: 'seed', papers, gold };
}

function readCorpora(dir: string): Corpus[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'seed.txt')) && existsSync(join(dir, name, 'gold.json')))
    .sort()
    .flatMap((name) => {
      const file = join(dir, name, 'seed.txt');
      // A corpus that cannot be read is reported and skipped: the other corpora are still measured.
      try {
        const papers = parseSeed(readFileSync(file, 'utf8'), file).map((p) => ({ id: String(p.position), title: p.title, abstract: p.abstract }));
        const labels = (JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as { labels: Record<string, string[]> }).labels;
        return [{ name, papers, gold: new Map(Object.entries(labels)) }];
      } catch (error) {
        unreadable.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      }
    });
}

/** Corpora that could not be read, with why. */
const unreadable: string[] = [];

const f = (x: number) => x.toFixed(3);
const curated = loadVocabulary(TOPICS_FILE);
const corpora = [seedCorpus(), ...readCorpora(options.corpora)];
if (corpora.length === 1) console.log(`(no corpora in ${options.corpora}: only the seed rows)`);
const rows: { name: string; score: Agreement; base: Agreement; ms: number; topics: number }[] = [];
const largest: string[] = [];
const spreads: string[] = [];

for (const corpus of corpora) {
  const base = agreement(tfidfBaseline(corpus.papers), corpus.gold);
  for (const mode of ['curated', 'induced'] as const) {
    const started = performance.now();
    const induced = induceTopics(corpus.papers);
    const layers: TopicLayers = { curated: mode === 'curated' ? curated : [], induced };
    const derived = tagCatalog(corpus.papers, layers);
    const ms = performance.now() - started;
    const pred = new Map([...derived].map(([id, d]) => [id, d.tags]));
    const distinct = new Set([...derived.values()].flatMap((d) => d.tags));
    rows.push({ name: `${corpus.name}, ${mode}`, score: agreement(pred, corpus.gold), base, ms, topics: distinct.size });
    if (mode === 'induced' && top > 0) largest.push(listLargest(corpus.name, derived, induced, top));
    if (mode === 'induced' && options.orderings) spreads.push(`${corpus.name}, induced: ${spread(corpus, agreement(pred, corpus.gold))}`);
    if (mode === 'curated' && corpus.name === 'seed' && options.show) show(corpus, derived);
  }
}

/** The same papers under other ids: zero-padded, and the slugs an ingest of the list gives. */
function idSchemes(): Record<string, (papers: readonly TagInput[]) => string[]> {
  return {
    padded: (papers) => papers.map((p) => p.id.replace(/\d+/g, (d) => d.padStart(6, '0'))),
    // What a catalog ingested from this list would use: each paper's slug, in list order.
    'slugs (as ingest)': (papers) => {
      const taken = new Set<string>();
      return papers.map((p) => {
        const slug = uniqueSlug(p.title, taken);
        taken.add(slug);
        return slug;
      });
    },
  };
}

/** hm and pair F1 of induction alone over the id schemes, the given run included. */
function spread(corpus: Corpus, first: Agreement): string {
  const scores = [first];
  const runs = [`as given ${f(first.hm)} / ${f(first.pairF1)}`];
  for (const [scheme, rename] of Object.entries(idSchemes())) {
    const ids = rename(corpus.papers);
    const back = new Map(ids.map((id, i) => [id, corpus.papers[i]!.id]));
    const papers = corpus.papers.map((p, i) => ({ ...p, id: ids[i]! }));
    const derived = tagCatalog(papers, { curated: [], induced: induceTopics(papers) });
    const score = agreement(new Map([...derived].map(([id, d]) => [back.get(id)!, d.tags])), corpus.gold);
    scores.push(score);
    runs.push(`${scheme} ${f(score.hm)} / ${f(score.pairF1)}`);
  }
  const range = (xs: number[]) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
  return `hm ${range(scores.map((a) => a.hm))}, pair F1 ${range(scores.map((a) => a.pairF1))} (${runs.join('; ')})`;
}

function listLargest(name: string, derived: ReadonlyMap<string, DerivedTags>, induced: ReturnType<typeof induceTopics>, n: number): string {
  const size = new Map<string, number>();
  for (const d of derived.values()) for (const t of d.tags) size.set(t, (size.get(t) ?? 0) + 1);
  const broad = new Set(induced.flatMap((t) => (t.parent !== undefined ? [t.parent] : [])));
  const names = new Map(induced.map((t) => [t.slug, t.name]));
  const list = [...size].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  return `${name}: ${n} largest induced topics (* broad)\n${list.map(([slug, c], i) => `  ${String(i + 1).padStart(2)}. ${broad.has(slug) ? '*' : ' '}${names.get(slug) ?? slug} (${c})`).join('\n')}`;
}

function show(corpus: Corpus, derived: ReadonlyMap<string, DerivedTags>): void {
  for (const [id, topics] of corpus.gold) {
    const d = derived.get(id)!;
    const title = corpus.papers.find((p) => p.id === id)!.title;
    console.log(`${id.split('#')[1]} ${title.slice(0, 80)}\n   gold: ${topics.join('; ')}\n   tags: ${d.evidence.map((e) => `${e.tag} [${e.where}: ${e.phrase}]`).join('; ')}`);
  }
}

const failed: string[] = [];
console.log('| run | papers | tags | hm | pair F1 | coverage | TF-IDF hm | TF-IDF F1 | bar | time |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const bar = BARS[r.name];
  const parts = bar
    ? [
        ...(bar.hm !== undefined ? [`hm ≥ ${bar.hm} ${r.score.hm >= bar.hm ? 'met' : 'UNDER'}`] : []),
        ...(bar.pairF1 !== undefined ? [`F1 ≥ ${bar.pairF1} ${r.score.pairF1 >= bar.pairF1 ? 'met' : 'UNDER'}`] : []),
        ...(r.score.coverage < 1 ? ['coverage UNDER'] : []),
      ]
    : [];
  if (parts.some((p) => p.endsWith('UNDER'))) failed.push(r.name);
  const barText = bar ? parts.join(', ') : '–';
  console.log(`| ${r.name} | ${r.score.papers} | ${r.topics} | ${f(r.score.hm)} | ${f(r.score.pairF1)} | ${(100 * r.score.coverage).toFixed(1)}% | ${f(r.base.hm)} | ${f(r.base.pairF1)} | ${barText} | ${(r.ms / 1000).toFixed(1)} s |`);
}
if (spreads.length > 0) console.log(`\ninduction alone under three id orderings (hm / pair F1):\n${spreads.map((x) => `  ${x}`).join('\n')}`);
for (const l of largest) console.log(`\n${l}`);
for (const u of unreadable) console.log(`\nnot measured, the corpus could not be read: ${u}`);
console.log(`\nbar: ${failed.length === 0 ? 'PASS' : `UNDER on ${failed.join('; ')}`}`);
if (failed.length > 0 || unreadable.length > 0) process.exitCode = 1;
