import { describe, expect, it } from 'vitest';
import { nearestPapers } from '../../../src/topics/induce/neighbours.ts';
import { neighboursOnThread } from '../../../src/topics/induce/neighbours-worker.ts';
import { paperCommunities } from '../../../src/topics/induce/hierarchy.ts';
import { forgetCatalogs } from '../../../src/topics/induce/last-catalog.ts';

const SUBJECTS = ['diffusion models for image synthesis', 'graph neural networks on molecules', 'reinforcement learning for robot control', 'sparse attention in transformers'];
const papers = Array.from({ length: 48 }, (_, i) => ({
  id: `p${String(i).padStart(3, '0')}`,
  title: `${SUBJECTS[i % 4]!} study ${i}`,
  abstract: `We study ${SUBJECTS[i % 4]!} with a variant numbered ${i}, and compare it with ${SUBJECTS[(i * 7) % 4]!} baselines on benchmark ${i % 5}.`,
}));

describe('neighboursOnThread', () => {
  it('finds on a worker thread the neighbours and communities found on this one', () => {
    const pending = neighboursOnThread(papers, 10);
    expect(pending).toBeDefined();
    const onThread = pending!.take();
    forgetCatalogs();
    const here = nearestPapers(papers, 10);
    expect(onThread?.neighbours).toEqual(here);
    expect(onThread!.neighbours.every((row) => row.length === 10)).toBe(true);
    expect(onThread?.communities).toEqual(paperCommunities(here));
    expect(new Set(onThread!.communities).size).toBeGreaterThan(1);
  });
});
