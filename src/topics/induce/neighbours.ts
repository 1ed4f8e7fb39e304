import { similarPapers } from '../../shared/similar-papers.ts';
import type { PaperText } from './catalog-text.ts';
import { LastCatalog } from './last-catalog.ts';

/** How many nearest papers each paper's neighbourhood holds. */
export const NEIGHBOURS = 20;

/**
 * Each paper's nearest papers by TF-IDF cosine of title and abstract (the related-papers
 * similarity), as indices. Whether a phrase's papers are each other's neighbours is
 * what tells a subject ("diffusion model") from a phrase any paper may use ("sufficient condition").
 * With `only`, just those papers (indices) get their neighbours; the others get none.
 */
export function nearestPapers(papers: readonly PaperText[], k = NEIGHBOURS, only?: readonly number[]): number[][] {
  // Induction finds every paper's neighbours; tagging then asks for a few papers' of the same catalog.
  const kept = lastNeighbours.get(papers);
  if (kept !== undefined && kept.k === k) {
    if (only === undefined) return kept.rows.map((row) => [...row]);
    const wanted = new Set(only);
    return kept.rows.map((row, i) => (wanted.has(i) ? [...row] : []));
  }
  const rows = findNearest(papers, k, only);
  if (only === undefined) lastNeighbours.set(papers, { k, rows: rows.map((row) => [...row]) });
  return rows;
}

/** True when every paper's `k` nearest papers in `papers` are known already (induction found them). */
export function knowsNeighbours(papers: readonly PaperText[], k = NEIGHBOURS): boolean {
  return lastNeighbours.get(papers)?.k === k;
}

/** Keeps neighbours found elsewhere (on another thread) for `papers`, as `nearestPapers(papers, k)` would have. */
export function keepNeighbours(papers: readonly PaperText[], k: number, rows: readonly (readonly number[])[]): void {
  lastNeighbours.set(papers, { k, rows: rows.map((row) => [...row]) });
}

/** Every paper's neighbours in the last catalog induction read (see last-catalog.ts). */
const lastNeighbours = new LastCatalog<{ k: number; rows: number[][] }>();

function findNearest(papers: readonly PaperText[], k: number, only: readonly number[] | undefined): number[][] {
  const index = new Map(papers.map((p, i) => [p.id, i]));
  const input = papers.map((p) => ({ id: p.id, title: p.title, abstract: `${p.abstract} ${(p.keywords ?? []).join(' ')}`, tags: [] as string[] }));
  const similar = similarPapers(input, {
    limit: Math.min(k, Math.max(1, papers.length - 1)),
    ...(only !== undefined ? { only: new Set(only.map((i) => papers[i]!.id)) } : {}),
  });
  return papers.map((p) => (similar.get(p.id) ?? []).filter((s) => s.score > 0).map((s) => index.get(s.id)!));
}
