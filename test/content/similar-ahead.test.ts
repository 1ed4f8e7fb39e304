import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimilarityInput } from '../../src/shared/similar-papers.ts';
import { inline } from '../support/similar-papers-counter.ts';

// The inline path is counted; the thread loads the real module from its file, untouched by the mock.
vi.mock('../../src/shared/similar-papers.ts', async (original) => (await import('../support/similar-papers-counter.ts')).countingSimilarPapers(original));
const { similarPapers } = await import('../../src/shared/similar-papers.ts');
const { offerRelatedPapers, relatedPapersOf, similarityInput, startRelatedPapers } = await import('../../src/content/similar-ahead.ts');
/** What the content sync and then the build's start do. */
const startWith = (inputs: SimilarityInput[]) => {
  offerRelatedPapers(() => inputs);
  startRelatedPapers();
};

const papers: SimilarityInput[] = Array.from({ length: 60 }, (_, i) =>
  similarityInput(
    `p${String(i).padStart(2, '0')}`,
    { title: `Paper ${i} on ${['diffusion models', 'graph networks', 'bandits'][i % 3]}`, tags: [`t${i % 3}`], versions: i === 4 ? ['p07'] : undefined },
    `We study ${['score matching and sampling', 'message passing on graphs', 'regret of arms'][i % 3]} in setting ${i % 7}.`,
  ),
);

afterEach(() => {
  inline.calls = 0;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('paper-atlas.similar-papers-ahead')];
});

describe('related papers started ahead', () => {
  it('builds one input shape on both sides: no versions field when an entry declares none', () => {
    expect(similarityInput('a', { title: 'T', tags: ['x'] }, 'A.')).toEqual({ id: 'a', title: 'T', abstract: 'A.', tags: ['x'] });
    expect(similarityInput('a', { title: 'T', tags: ['x'], versions: ['b'] }, 'A.')).toEqual({ id: 'a', title: 'T', abstract: 'A.', tags: ['x'], versions: ['b'] });
  });

  it('computes nothing until the build starts, and nothing at all when no catalog was offered', async () => {
    let read = 0;
    offerRelatedPapers(() => (read++, papers));
    expect(read).toBe(0);
    startRelatedPapers();
    expect(read).toBe(1);
    startRelatedPapers();
    expect(read).toBe(1);
    await relatedPapersOf(papers);
    expect(inline.calls).toBe(0);
  });

  it('takes the second thread’s answer when asked for the very inputs it started with', async () => {
    startWith(papers);
    const related = await relatedPapersOf(papers.map((p) => ({ ...p })));
    expect(inline.calls).toBe(0);
    expect([...related]).toEqual([...similarPapers(papers)]);
  });

  it('computes here when the catalog differs from the one started, in content or in order', async () => {
    startWith(papers);
    const edited = papers.map((p, i) => (i === 3 ? { ...p, tags: ['t9'] } : p));
    expect([...(await relatedPapersOf(edited))]).toEqual([...similarPapers(edited)]);
    expect(inline.calls).toBe(2);
    const reversed = [...papers].reverse();
    expect([...(await relatedPapersOf(reversed))]).toEqual([...similarPapers(reversed)]);
    // the same papers in another order are other inputs: computed here, not taken from the thread
    expect(inline.calls).toBe(4);
  });

  it('computes here, with a warning, when the thread fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // a function cannot be sent to a thread, and JSON (the digest) leaves it out
    startWith(papers.map((p) => ({ ...p, unsendable: () => undefined })) as SimilarityInput[]);
    expect([...(await relatedPapersOf(papers))]).toEqual([...similarPapers(papers)]);
    expect(inline.calls).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^related papers: the second thread failed, so they are computed here/));
    warn.mockRestore();
  });
});
