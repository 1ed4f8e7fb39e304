import { addFallbackTags } from './fallback.ts';
import { foldSmallTopics } from './fold.ts';
import { KeyphraseCounter } from './keyphrase-counts.ts';
import { extractKeyphrases, keyphrasesOf, type Keyphrase } from './keyphrases.ts';
import { compileVocabulary } from './match.ts';
import { analyzeText } from './normalize.ts';
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
 *
 * Linear in the catalog: each text is cleaned and split once, and of the keyphrases only
 * those of the papers the fallback serves are listed and counted across the catalog
 * (4-5 s for 30,000 papers on two busy cores, where it took 45 s).
 */
export function tagCatalog(papers: readonly TagInput[], vocabulary: readonly Topic[]): Map<string, DerivedTags> {
  const compiled = compileVocabulary(vocabulary);
  const scored = new Map<string, ScoredTag[]>();
  const chosen = new Map<string, ScoredTag[]>();
  const counter = new KeyphraseCounter();
  // Keyphrase lists of papers short of tags so far, by position (ids could repeat): the fallback will most likely need them.
  const kept = new Map<number, Keyphrase[]>();
  papers.forEach((paper, i) => {
    // Cleaning and splitting the text is most of the work: done once for both uses.
    const analyzed = { title: analyzeText(paper.title), abstract: analyzeText(paper.abstract) };
    const own = scoreTopics(compiled, paper, analyzed);
    const picked = selectTopics(own, vocabulary);
    scored.set(paper.id, own);
    chosen.set(paper.id, picked);
    counter.add([analyzed.title, analyzed.abstract]);
    if (picked.length < MIN_TAGS) kept.set(i, keyphrasesOf(analyzed.title, analyzed.abstract));
  });
  const folded = foldSmallTopics(chosen, vocabulary);
  const toppedUp = topUpFromRunnerUps(folded, scored, vocabulary, MIN_TAGS);
  // The fallback reads the keyphrases of the papers still short of tags, and the counts of all.
  const perPaper = new Map<string, Keyphrase[]>();
  papers.forEach((paper, i) => {
    if (toppedUp.get(paper.id)!.length < MIN_TAGS) perPaper.set(paper.id, kept.get(i) ?? extractKeyphrases(paper.title, paper.abstract));
  });
  const df = counter.count(new Set([...perPaper.values()].flatMap((phrases) => phrases.map((p) => p.key))));
  const index = { perPaper, df, size: counter.size };
  const filled = addFallbackTags(toppedUp, index, compiled, MIN_TAGS);
  const result = new Map<string, DerivedTags>();
  for (const paper of papers) {
    const tags = (filled.get(paper.id) ?? []).slice(0, MAX_TAGS);
    result.set(paper.id, { tags: tags.map((t) => t.tag), evidence: tags.map((t) => t.evidence) });
  }
  return result;
}
