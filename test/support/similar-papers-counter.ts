import type * as SimilarPapers from '../../src/shared/similar-papers.ts';

/** How often `similarPapers` ran on this thread since a test last set `calls` to 0. */
export const inline = { calls: 0 };

/**
 * `vi.mock` factory for `src/shared/similar-papers.ts` that counts `similarPapers` calls,
 * to tell related papers computed here from those taken from a second thread (which loads
 * the real module from its file, untouched by the mock):
 * `vi.mock(path, async (original) => (await import('…/similar-papers-counter.ts')).countingSimilarPapers(original))`.
 */
export async function countingSimilarPapers(original: () => Promise<typeof SimilarPapers>): Promise<typeof SimilarPapers> {
  const real = await original();
  return {
    ...real,
    similarPapers: (...args: Parameters<typeof real.similarPapers>) => {
      inline.calls++;
      return real.similarPapers(...args);
    },
  };
}
