import { describe, expect, it } from 'vitest';
import { nearestPapers } from '../../../src/topics/induce/neighbours.ts';
import { neighboursOnThread } from '../../../src/topics/induce/neighbours-worker.ts';
import { paperCommunities } from '../../../src/topics/induce/hierarchy.ts';
import { forgetCatalogs } from '../../../src/topics/induce/last-catalog.ts';
import { induceTopics } from '../../../src/topics/induce/induce.ts';
import { tagWithInduced } from '../../../src/topics/induce/induced-tags.ts';
import { byId } from '../../../src/topics/induce/catalog-text.ts';

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

  it('finds the neighbours alone when asked for no communities, and can be stopped unasked', () => {
    forgetCatalogs();
    const here = nearestPapers(papers, 10);
    const found = neighboursOnThread(papers, 10, false)!.take();
    expect(found?.neighbours).toEqual(here);
    expect(found?.communities).toEqual([]);
    const unasked = neighboursOnThread(papers, 10, false)!;
    expect(() => unasked.cancel()).not.toThrow();
  });
});

describe('tagging with neighbours found ahead on a thread', () => {
  // papers that name no induced topic take the one their nearest papers carry
  const bare = Array.from({ length: 4 }, (_, i) => ({ id: `q${i}`, title: `Study ${i} of synthesis and molecules`, abstract: `We compare a variant numbered ${i} with baselines on benchmark ${i % 5} for image molecules robot.` }));
  const catalog = [...papers, ...bare];

  it('tags as tagging without the thread does, neighbours included', () => {
    const topics = induceTopics(papers);
    forgetCatalogs();
    const alone = tagWithInduced(catalog, topics);
    const ahead = neighboursOnThread([...catalog].sort(byId), 20, false);
    expect(ahead).toBeDefined();
    const withThread = tagWithInduced(catalog, topics, ahead);
    expect(withThread).toEqual(alone);
    expect([...withThread.values()].some((t) => t.evidence.some((e) => e.where === 'neighbours'))).toBe(true);
  });
});
