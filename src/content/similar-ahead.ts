import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { similarPapers, type SimilarityInput, type SimilarPaper } from '../shared/similar-papers.ts';
import { runOnThread } from './on-thread.ts';

/** The module `runOnThread` loads on the thread. */
const SIMILAR_PAPERS_MODULE = fileURLToPath(new URL('../shared/similar-papers.ts', import.meta.url));

/**
 * Where the catalog offered and the computation started are kept: on `globalThis`, because
 * the paper loader (run by Astro's content sync from the sources), the build's hook and
 * the pages (run from Astro's bundle of them) hold separate copies of this module in one
 * process, and module state is per copy.
 */
const AHEAD = Symbol.for('paper-atlas.similar-papers-ahead');

interface Ahead {
  /** The catalog as the content sync left it, read when the build starts. */
  offered?: () => SimilarityInput[];
  /** Digest of the inputs the thread was started with. */
  digest?: string;
  result?: Promise<Map<string, SimilarPaper[]>>;
}

type WithAhead = typeof globalThis & { [AHEAD]?: Ahead };
const slot = (): Ahead => ((globalThis as WithAhead)[AHEAD] ??= {});

/** The fields related papers read of one entry, built alike on both sides of the handoff (the digest covers their order). */
export function similarityInput(id: string, data: { title: string; tags: readonly string[]; versions?: readonly string[] | undefined }, abstract: string): SimilarityInput {
  return { id, title: data.title, abstract, tags: data.tags, ...(data.versions === undefined ? {} : { versions: data.versions }) };
}

/** One paper's JSON a line (JSON escapes line breaks): one string of the whole catalog took 0.4 s at 10,000 papers. */
function digestOf(papers: readonly SimilarityInput[]): string {
  const hash = createHash('sha256');
  for (const paper of papers) hash.update(`${JSON.stringify(paper)}\n`);
  return hash.digest('base64url');
}

/**
 * The content sync offers the whole catalog once it knows it, as a function that reads it
 * later: nothing is computed until the build starts (`startRelatedPapers`). Work in the
 * loader itself would run between its last `store.set` and Astro's flush of the data store,
 * and a loader that takes longer than Astro's half-second debounce there lets a debounced
 * write race the flush: the build then bundled an empty collection.
 */
export function offerRelatedPapers(inputs: () => SimilarityInput[]): void {
  slot().offered = inputs;
}

/**
 * Starts computing every paper's related papers on a second thread, over the catalog the
 * content sync offered, if it offered one (`astro:build:start`, src/integrations/paper-atlas.ts,
 * after the sync has saved its store). Vite then bundles the site on one core for several
 * seconds before the first page needs the answer (1.4–2.1 s of the main thread at 10,000
 * papers when computed there). A thread that fails leaves the work to `relatedPapersOf`.
 */
export function startRelatedPapers(): void {
  const ahead = slot();
  const papers = ahead.offered?.();
  delete ahead.offered;
  if (papers === undefined) return;
  const result = runOnThread<Map<string, SimilarPaper[]>>(SIMILAR_PAPERS_MODULE, 'similarPapers', [papers]);
  // A failure is the fallback's business: no unhandled rejection if no page asks.
  result.catch(() => undefined);
  Object.assign(ahead, { digest: digestOf(papers), result });
}

/**
 * Every paper's related papers (`similarPapers` with its defaults): the answer started
 * ahead when it was started with these very inputs, in this order, else computed here.
 * The same result either way; only where it is computed differs.
 */
export async function relatedPapersOf(papers: readonly SimilarityInput[]): Promise<Map<string, SimilarPaper[]>> {
  const ahead = slot();
  if (ahead.result !== undefined && ahead.digest === digestOf(papers)) {
    try {
      return await ahead.result;
    } catch (error) {
      console.warn(`related papers: the second thread failed, so they are computed here (${String(error)})`);
    }
  }
  return similarPapers(papers);
}
