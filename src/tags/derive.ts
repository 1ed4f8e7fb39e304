import { addFallbackTags, indexKeyphrases } from './fallback.ts';
import { foldSmallTopics } from './fold.ts';
import { compileVocabulary } from './match.ts';
import { scoreTopics, selectTopics, type ScoredTag } from './select.ts';
import type { DerivedTags, TagInput, Topic } from './types.ts';

/** Fewest tags a paper should carry: one tag links a paper to one page only. */
export const MIN_TAGS = 2;
/** Most tags a paper may carry. */
export const MAX_TAGS = 6;

/**
 * Derives every paper's tags. Pure and deterministic: the same papers and vocabulary
 * always give the same map.
 *
 *   title + abstract ─► vocabulary hits ─► per-paper choice ─► fold topics under 3 papers
 *                                                              ─► keyphrase fallback ─► ≤ 6 tags
 *
 * Only the last two steps look at the whole catalog, so adding a paper can change
 * another paper's tags only through them, and only when a topic crosses 3 papers.
 */
export function tagCatalog(papers: readonly TagInput[], vocabulary: readonly Topic[]): Map<string, DerivedTags> {
  const compiled = compileVocabulary(vocabulary);
  const chosen = new Map<string, ScoredTag[]>();
  for (const paper of papers) chosen.set(paper.id, selectTopics(scoreTopics(compiled, paper), vocabulary));
  const folded = foldSmallTopics(chosen, vocabulary);
  const filled = addFallbackTags(folded, indexKeyphrases(papers), compiled, MIN_TAGS);
  const result = new Map<string, DerivedTags>();
  for (const paper of papers) {
    const tags = (filled.get(paper.id) ?? []).slice(0, MAX_TAGS);
    result.set(paper.id, { tags: tags.map((t) => t.tag), evidence: tags.map((t) => t.evidence) });
  }
  return result;
}
