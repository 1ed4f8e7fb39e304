import { abstractOf, loadCatalog } from './load.ts';
import type { SimilarPaper } from '../shared/similar-papers.ts';
import { relatedPapersOf, similarityInput } from '../content/similar-ahead.ts';

let cached: Promise<Map<string, SimilarPaper[]>> | undefined;

/**
 * Each paper's related papers over the whole catalog, once per build: taken from the
 * thread the content sync started (src/content/similar-ahead.ts) when it read this very
 * catalog, else computed here.
 */
export function loadRelated(): Promise<Map<string, SimilarPaper[]>> {
  cached ??= loadCatalog().then(({ papers }) => relatedPapersOf(papers.map((p) => similarityInput(p.id, p.data, abstractOf(p)))));
  return cached;
}
