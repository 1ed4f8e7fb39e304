import { MIN_TOPIC_PAPERS } from './fold.ts';
import { rankCandidates, withParents, type ScoredTag } from './select.ts';
import type { Topic } from './types.ts';

/**
 * Gives a paper that the fold left with fewer than `minTags` tags its next runner-ups
 * among the topics that kept a page. The fold drops a topic under three papers, and
 * with it the second tag of a paper whose runner-up was that topic; the paper's next
 * topic with real evidence of its own (a title hit, one specific name, a common word
 * twice) stands in, or its parent when the fold took its page too. Reads the whole catalog only through which topics have pages, so
 * it moves a paper's tags only when a topic crosses three papers, like the fold.
 */
export function topUpFromRunnerUps(
  assigned: ReadonlyMap<string, readonly ScoredTag[]>,
  scored: ReadonlyMap<string, readonly ScoredTag[]>,
  vocabulary: readonly Topic[],
  minTags: number,
  minPapers = MIN_TOPIC_PAPERS,
): Map<string, ScoredTag[]> {
  const papersOf = new Map<string, number>();
  for (const tags of assigned.values()) for (const t of tags) papersOf.set(t.tag, (papersOf.get(t.tag) ?? 0) + 1);
  const hasPage = (slug: string) => (papersOf.get(slug) ?? 0) >= minPapers;
  const out = new Map<string, ScoredTag[]>();
  for (const [id, tags] of assigned) {
    const next = [...tags];
    for (const runnerUp of rankCandidates(scored.get(id) ?? [], vocabulary)) {
      if (next.length >= minTags) break;
      // A child without a page stands for its parent, as the fold has it.
      for (const t of withParents([runnerUp], vocabulary)) if (hasPage(t.tag) && !next.some((n) => n.tag === t.tag)) next.push(t);
    }
    out.set(id, next);
  }
  return out;
}
