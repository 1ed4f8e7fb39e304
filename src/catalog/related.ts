import { abstractOf, loadCatalog } from './load.ts';
import { similarPapers, type SimilarPaper } from '../shared/similar-papers.ts';

let cached: Promise<Map<string, SimilarPaper[]>> | undefined;

/** Each paper's related papers, computed once per build over the whole catalog. */
export function loadRelated(): Promise<Map<string, SimilarPaper[]>> {
  cached ??= loadCatalog().then(({ papers }) =>
    similarPapers(
      papers.map((p) => ({
        id: p.id,
        title: p.data.title,
        abstract: abstractOf(p),
        tags: p.data.tags,
        versions: p.data.versions,
      })),
    ),
  );
  return cached;
}
