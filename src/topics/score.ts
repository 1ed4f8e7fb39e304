/**
 * Vocabulary-agnostic agreement between two topic labelings of the same papers, the
 * measures of `../shared/eval/tagscore.py` in TypeScript. Topic names never matter:
 * a topic is the set of papers carrying it.
 */

/** Paper id → its topics. */
export type Labels = ReadonlyMap<string, readonly string[]>;

export interface Agreement {
  papers: number;
  predTopics: number;
  goldTopics: number;
  /** Share of gold papers with at least one predicted tag. */
  coverage: number;
  /** Size-weighted best Jaccard of each gold topic with any predicted topic. */
  recoveryGoldToPred: number;
  /** The same, predicted towards gold: high when tags are coherent, not grab-bags. */
  recoveryPredToGold: number;
  /** Harmonic mean of the two recoveries. */
  hm: number;
  /** Over all paper pairs, "these two share a topic", predicted versus gold. */
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
}

/** Topics with at least `minSize` papers, each as its set of paper ids. */
export function topicSets(labels: Labels, minSize: number): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const [id, topics] of labels) {
    for (const t of new Set(topics)) {
      const set = sets.get(t) ?? new Set<string>();
      set.add(id);
      sets.set(t, set);
    }
  }
  return new Map([...sets].filter(([, s]) => s.size >= minSize));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** For each topic of `from`, the best Jaccard with any topic of `to`, averaged with weights by size. */
export function recovery(from: ReadonlyMap<string, ReadonlySet<string>>, to: ReadonlyMap<string, ReadonlySet<string>>): number {
  let num = 0;
  let den = 0;
  for (const p of from.values()) {
    let best = 0;
    for (const q of to.values()) best = Math.max(best, jaccard(p, q));
    num += best * p.size;
    den += p.size;
  }
  return den === 0 ? 0 : num / den;
}

/** Unordered pairs of `ids` that share at least one topic, as `a\u0000b` with a < b. */
export function sharedPairs(labels: Labels, ids: readonly string[]): Set<string> {
  const sorted = [...ids].sort();
  const pairs = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const a = new Set(labels.get(sorted[i]!) ?? []);
    if (a.size === 0) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      if ((labels.get(sorted[j]!) ?? []).some((t) => a.has(t))) pairs.add(`${sorted[i]}\u0000${sorted[j]}`);
    }
  }
  return pairs;
}

const harmonic = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b));

/** Scores `pred` against `gold` on the papers of `gold`; only topics with `minSize`+ papers count. */
export function agreement(pred: Labels, gold: Labels, minSize = 3): Agreement {
  const ids = [...gold.keys()];
  const idSet = new Set(ids);
  const predOnGold = new Map([...pred].filter(([id]) => idSet.has(id)));
  const tp = topicSets(predOnGold, minSize);
  const tg = topicSets(gold, minSize);
  const recoveryGoldToPred = recovery(tg, tp);
  const recoveryPredToGold = recovery(tp, tg);
  const pp = sharedPairs(predOnGold, ids);
  const gp = sharedPairs(gold, ids);
  let both = 0;
  for (const p of pp) if (gp.has(p)) both++;
  const pairPrecision = pp.size === 0 ? 0 : both / pp.size;
  const pairRecall = gp.size === 0 ? 0 : both / gp.size;
  return {
    papers: ids.length,
    predTopics: tp.size,
    goldTopics: tg.size,
    coverage: ids.length === 0 ? 0 : ids.filter((id) => (predOnGold.get(id) ?? []).length > 0).length / ids.length,
    recoveryGoldToPred,
    recoveryPredToGold,
    hm: harmonic(recoveryGoldToPred, recoveryPredToGold),
    pairPrecision,
    pairRecall,
    pairF1: harmonic(pairPrecision, pairRecall),
  };
}
