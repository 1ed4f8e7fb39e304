import { addFallbackTags, indexKeyphrases } from './fallback.ts';
import { foldSmallTopics } from './fold.ts';
import { compileVocabulary } from './match.ts';
import { MIN_TAGS, scoreTopics, selectTopics, type ScoredTag } from './select.ts';
import { topUpFromRunnerUps } from './top-up.ts';
import type { DerivedTags, TagInput, Topic } from './types.ts';

export { MIN_TAGS };
/** Most tags a paper may carry. */
export const MAX_TAGS = 6;

/**
 * Derives every paper's tags. Pure and deterministic: the same papers and vocabulary
 * always give the same map.
 *
 *   title + abstract ─► vocabulary hits ─► per-paper choice (+ runner-ups up to 2 tags)
 *     ─► fold topics under 3 papers ─► runner-ups for papers the fold cut ─► keyphrase fallback ─► ≤ 6 tags
 *
 * Only the last three steps look at the whole catalog, so adding a paper can change
 * another paper's tags only through them, and only when a topic crosses 3 papers.
 */
export function tagCatalog(papers: readonly TagInput[], vocabulary: readonly Topic[]): Map<string, DerivedTags> {
  const compiled = compileVocabulary(vocabulary);
  const scored = new Map<string, ScoredTag[]>();
  const chosen = new Map<string, ScoredTag[]>();
  for (const paper of papers) {
    scored.set(paper.id, scoreTopics(compiled, paper));
    chosen.set(paper.id, selectTopics(scored.get(paper.id)!, vocabulary));
  }
  const folded = foldSmallTopics(chosen, vocabulary);
  const toppedUp = topUpFromRunnerUps(folded, scored, vocabulary, MIN_TAGS);
  const filled = addFallbackTags(toppedUp, indexKeyphrases(papers), compiled, MIN_TAGS);
  const result = new Map<string, DerivedTags>();
  for (const paper of papers) {
    const tags = (filled.get(paper.id) ?? []).slice(0, MAX_TAGS);
    result.set(paper.id, { tags: tags.map((t) => t.tag), evidence: tags.map((t) => t.evidence) });
  }
  return result;
}
