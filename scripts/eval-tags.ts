/**
 * `npm run eval:tags`: derives tags for every seed paper and scores them against the
 * reference labels in test/fixtures/eval/topics-dev.json (a copy of
 * ../shared/eval/topics-dev.json), with the measures of src/topics/score.ts.
 *
 *   --write FILE   also write the predictions as {"labels": {position: [tags]}} for tagscore.py
 *   --show         list each reference paper's derived tags next to the reference topics
 *
 * Exits with status 1 when a figure is under the bar, or when a seed paper has more
 * than MAX_TAGS tags, no tag, or one tag although its own text holds evidence for a
 * second topic that has a page (the runner-up rules should have given it), so CI can
 * hold the line. Papers with one tag and no such evidence are listed, not failed: the
 * only way to give them a second tag is a stray word or a one-paper topic.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../src/ingest/parse-seed.ts';
import { MAX_TAGS, MIN_TAGS, tagCatalog } from '../src/topics/derive.ts';
import { MIN_TOPIC_PAPERS } from '../src/topics/fold.ts';
import { compileVocabulary } from '../src/topics/match.ts';
import { rankCandidates, scoreTopics } from '../src/topics/select.ts';
import { agreement } from '../src/topics/score.ts';
import type { TagInput } from '../src/topics/types.ts';
import { loadVocabulary } from '../src/topics/vocabulary.ts';
import { SEEDS_DIR } from '../src/content/paths.ts';

const REFERENCE = 'test/fixtures/eval/topics-dev.json';
/** The seed file whose 1-based positions the reference keys are. */
const REFERENCE_SEED = '000_3e2e2a5540f5c922.txt';
const BAR = { hm: 0.65, pairF1: 0.65, coverage: 1 };

interface Reference {
  papers: Record<string, { title: string; topics: string[] }>;
}

const args = process.argv.slice(2);
const writeIndex = args.indexOf('--write');
const writeTo = writeIndex >= 0 ? args[writeIndex + 1] : undefined;

const papers: TagInput[] = [];
const referenceIds = new Map<number, string>();
for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
  for (const p of parseSeed(readFileSync(join(SEEDS_DIR, file), 'utf8'), file)) {
    const id = `${file}#${p.position}`;
    papers.push({ id, title: p.title, abstract: p.abstract });
    if (file === REFERENCE_SEED) referenceIds.set(p.position, id);
  }
}

const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Reference;
const gold = new Map<string, string[]>();
for (const [position, entry] of Object.entries(reference.papers)) {
  const id = referenceIds.get(Number(position));
  const paper = papers.find((p) => p.id === id);
  if (id === undefined || paper === undefined) throw new Error(`${REFERENCE}: paper ${position} is not in seeds/${REFERENCE_SEED}`);
  if (paper.title.trim() !== entry.title.trim()) throw new Error(`${REFERENCE}: paper ${position} is "${entry.title}" but the seed has "${paper.title}"`);
  gold.set(id, entry.topics);
}

const started = performance.now();
const vocabulary = loadVocabulary();
const derived = tagCatalog(papers, vocabulary);
const elapsed = performance.now() - started;
const pred = new Map([...derived].map(([id, d]) => [id, d.tags]));
const score = agreement(pred, gold);

if (args.includes('--show')) {
  for (const [id, topics] of gold) {
    const d = derived.get(id)!;
    const title = papers.find((p) => p.id === id)!.title;
    console.log(`${id.split('#')[1]} ${title.slice(0, 80)}\n   gold: ${topics.join('; ')}\n   tags: ${d.evidence.map((e) => `${e.tag} [${e.where}: ${e.phrase}]`).join('; ')}`);
  }
}
if (writeTo !== undefined) {
  const labels = Object.fromEntries([...pred].filter(([id]) => id.startsWith(`${REFERENCE_SEED}#`)).map(([id, tags]) => [id.split('#')[1], tags]));
  writeFileSync(writeTo, `${JSON.stringify({ labels }, null, 1)}\n`);
}

const counts = [...derived.values()].map((d) => d.tags.length);
const topics = new Set([...derived.values()].flatMap((d) => d.tags));
const f = (x: number) => x.toFixed(3);
console.log(`catalog: ${papers.length} papers, ${topics.size} distinct tags, ${Math.min(...counts)}-${Math.max(...counts)} tags a paper (mean ${f(counts.reduce((a, b) => a + b, 0) / counts.length)}), tagged in ${elapsed.toFixed(0)} ms`);
console.log(`papers=${score.papers} pred_topics=${score.predTopics} gold_topics=${score.goldTopics} coverage=${f(score.coverage)}`);
console.log(`recovery gold->pred=${f(score.recoveryGoldToPred)} pred->gold=${f(score.recoveryPredToGold)} hm=${f(score.hm)}`);
console.log(`pairs P=${f(score.pairPrecision)} R=${f(score.pairRecall)} F1=${f(score.pairF1)}`);

// Papers under MIN_TAGS: the rules failed them if their own text names another topic with a page.
const papersOf = new Map<string, number>();
for (const d of derived.values()) for (const t of d.tags) papersOf.set(t, (papersOf.get(t) ?? 0) + 1);
const compiled = compileVocabulary(vocabulary);
const few = papers.filter((p) => derived.get(p.id)!.tags.length < MIN_TAGS);
const missed = few.filter((p) => {
  const tags = derived.get(p.id)!.tags;
  return tags.length === 0 || rankCandidates(scoreTopics(compiled, p), vocabulary).some((s) => !tags.includes(s.tag) && (papersOf.get(s.tag) ?? 0) >= MIN_TOPIC_PAPERS);
});
const tooMany = papers.filter((p) => derived.get(p.id)!.tags.length > MAX_TAGS);
console.log(`papers with fewer than ${MIN_TAGS} tags: ${few.length} of ${papers.length}${few.length > 0 ? ' (no second topic has evidence in their own text):' : ''}`);
for (const p of few) console.log(`   ${p.id} ${p.title.length > 80 ? `${p.title.slice(0, 79)}…` : p.title} → ${derived.get(p.id)!.tags.join(', ') || 'no tag'}${missed.includes(p) ? '  ← has evidence for another topic: a rule failed' : ''}`);
const checks = [
  ['hm', score.hm, BAR.hm],
  ['pair F1', score.pairF1, BAR.pairF1],
  ['coverage', score.coverage, BAR.coverage],
] as const;
const failed = checks.filter(([, value, bar]) => value < bar).map(([name]) => name as string);
if (missed.length > 0) failed.push(`${missed.length} papers under ${MIN_TAGS} tags with evidence for more`);
if (tooMany.length > 0) failed.push(`${tooMany.length} papers over ${MAX_TAGS} tags`);
console.log(`bar: hm >= ${BAR.hm}, pair F1 >= ${BAR.pairF1}, coverage = 100%, ${MIN_TAGS}-${MAX_TAGS} tags a paper where the text allows → ${failed.length === 0 ? 'PASS' : `FAIL (${failed.join(', ')})`}`);
if (failed.length > 0) process.exitCode = 1;
