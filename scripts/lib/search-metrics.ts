/**
 * Retrieval measures for `npm run bench:search`, kept pure so they are tested alone.
 * Results and judgements name pages by id: a paper's slug, or `topics/<slug>`.
 */

/** The page id of a result URL under `base`, e.g. `/papers/condconv/?highlight=x` → `condconv`. */
export function pageId(url: string, base = '/'): string {
  const path = url.replace(/[?#].*$/, '').slice(base.length).replace(/^\/+|\/+$/g, '');
  if (path.startsWith('papers/')) return path.slice('papers/'.length);
  return path;
}

/** 1 / rank of `expected` among `ranked` (first is rank 1), or 0 when it is absent. */
export function reciprocalRank(ranked: readonly string[], expected: string): number {
  const at = ranked.indexOf(expected);
  return at < 0 ? 0 : 1 / (at + 1);
}

/**
 * Precision at `k`: relevant results among the first `k`, out of as many as could be
 * relevant there, min(k, |relevant|). A topic with four papers is perfect when they fill
 * four of five places. Missing places count as misses, so returning little never helps.
 */
export function precisionAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (k <= 0) throw new RangeError(`k must be positive, got ${k}`);
  if (relevant.size === 0) throw new RangeError('a topical query needs at least one relevant page');
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / Math.min(k, relevant.size);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
