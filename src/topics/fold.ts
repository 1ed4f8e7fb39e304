import type { ScoredTag } from './select.ts';
import type { Topic } from './types.ts';

/** Fewest papers a topic needs for a page of its own; a one-paper topic page helps no reader. */
export const MIN_TOPIC_PAPERS = 3;

/** How many ancestors a topic has; children fold before their parents so counts add up. */
function depth(slug: string, parentOf: ReadonlyMap<string, string | undefined>): number {
  let d = 0;
  const seen = new Set<string>();
  for (let p = parentOf.get(slug); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    seen.add(p);
    d++;
  }
  return d;
}

/**
 * Folds every vocabulary topic with fewer than `minPapers` papers into its parent, or
 * drops it when it has none. Deepest topics go first, so a small child can lift its
 * parent over the bar. Tags not in the vocabulary are left alone. Returns new lists.
 */
export function foldSmallTopics(
  assigned: ReadonlyMap<string, readonly ScoredTag[]>,
  vocabulary: readonly Topic[],
  minPapers = MIN_TOPIC_PAPERS,
): Map<string, ScoredTag[]> {
  const parentOf = new Map(vocabulary.map((t) => [t.slug, t.parent]));
  const out = new Map([...assigned].map(([id, tags]) => [id, [...tags]]));
  // Which papers carry each tag, kept up to date as topics fold, so a count is a lookup.
  const holders = new Map<string, Set<string>>();
  const hold = (slug: string, id: string) => {
    const set = holders.get(slug);
    if (set) set.add(id);
    else holders.set(slug, new Set([id]));
  };
  for (const [id, tags] of out) for (const t of tags) hold(t.tag, id);
  const byDepth = vocabulary
    .map((t, i) => ({ slug: t.slug, depth: depth(t.slug, parentOf), i }))
    .sort((a, b) => b.depth - a.depth || a.i - b.i);
  for (const { slug } of byDepth) {
    const ids = holders.get(slug);
    if (ids === undefined || ids.size >= minPapers) continue;
    holders.delete(slug);
    const parent = parentOf.get(slug);
    for (const id of ids) {
      const tags = out.get(id)!;
      const index = tags.findIndex((t) => t.tag === slug);
      const folded = tags[index]!;
      const next = tags.filter((t) => t.tag !== slug);
      if (parent !== undefined && !next.some((t) => t.tag === parent)) {
        next.splice(index, 0, { tag: parent, score: folded.score, evidence: { tag: parent, phrase: folded.evidence.phrase, where: 'parent' } });
        hold(parent, id);
      }
      out.set(id, next);
    }
  }
  return out;
}
