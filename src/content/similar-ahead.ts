import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { similarPapers, type SimilarityInput, type SimilarPaper } from '../shared/similar-papers.ts';
import { runOnThread } from './on-thread.ts';

/** The module `runOnThread` loads on the thread. */
const SIMILAR_PAPERS_MODULE = fileURLToPath(new URL('../shared/similar-papers.ts', import.meta.url));

/**
 * Where the computation started ahead is kept: on `globalThis`, because the paper loader
 * (run by Astro's content sync from the sources) and the pages (run from Astro's bundle
 * of them) are two copies of this module in one process, and module state is per copy.
 */
const AHEAD = Symbol.for('paper-atlas.similar-papers-ahead');

interface Ahead {
  /** Digest of the inputs it was started with. */
  digest: string;
  result: Promise<Map<string, SimilarPaper[]>>;
}

type WithAhead = typeof globalThis & { [AHEAD]?: Ahead };

/** The fields related papers read of one entry, built alike on both sides of the handoff (the digest covers their order). */
export function similarityInput(id: string, data: { title: string; tags: readonly string[]; versions?: readonly string[] | undefined }, abstract: string): SimilarityInput {
  return { id, title: data.title, abstract, tags: data.tags, ...(data.versions === undefined ? {} : { versions: data.versions }) };
}

function digestOf(papers: readonly SimilarityInput[]): string {
  return createHash('sha256').update(JSON.stringify(papers)).digest('base64url');
}

/**
 * Starts computing every paper's related papers on a second thread. The content sync
 * calls it once it knows the whole catalog: Vite then bundles the site on one core for
 * several seconds before the first page needs the answer (1.4–2.1 s of the main thread
 * at 10,000 papers when computed there). A thread that fails leaves the work to
 * `relatedPapersOf`.
 */
export function startRelatedPapers(papers: readonly SimilarityInput[]): void {
  const result = runOnThread<Map<string, SimilarPaper[]>>(SIMILAR_PAPERS_MODULE, 'similarPapers', [papers]);
  // A failure is the fallback's business: no unhandled rejection if no page asks.
  result.catch(() => undefined);
  (globalThis as WithAhead)[AHEAD] = { digest: digestOf(papers), result };
}

/**
 * Every paper's related papers (`similarPapers` with its defaults): the answer started
 * ahead when it was started with these very inputs, in this order, else computed here.
 * The same result either way; only where it is computed differs.
 */
export async function relatedPapersOf(papers: readonly SimilarityInput[]): Promise<Map<string, SimilarPaper[]>> {
  const ahead = (globalThis as WithAhead)[AHEAD];
  if (ahead !== undefined && ahead.digest === digestOf(papers)) {
    try {
      return await ahead.result;
    } catch (error) {
      console.warn(`related papers: the second thread failed, so they are computed here (${String(error)})`);
    }
  }
  return similarPapers(papers);
}
