import { describe, expect, it } from 'vitest';
import { coOccurrence } from '../../../src/catalog/topics.ts';
import { buildCoTopicGraph, jaccard } from '../../../src/graph/build/co-topics.ts';
import { FIVE_PAPERS, fiveTopics } from '../fixtures.ts';

describe('buildCoTopicGraph on five hand-made papers', () => {
  const graph = buildCoTopicGraph(fiveTopics());
  const edge = (a: string, b: string) => {
    const ia = graph.nodes.findIndex((n) => n.slug === a);
    const ib = graph.nodes.findIndex((n) => n.slug === b);
    return graph.edges.find((e) => e.source === Math.min(ia, ib) && e.target === Math.max(ia, ib));
  };

  it('has one node per topic with a page, sized by its papers, most papers first', () => {
    expect(graph.nodes.map((n) => [n.slug, n.papers])).toEqual([
      ['a', 4],
      ['d', 4],
      ['b', 3],
      ['c', 3],
    ]);
  });

  it('has one edge per pair of topics that share papers, with the count', () => {
    expect(graph.edges).toHaveLength(6);
    expect(edge('a', 'b')?.count).toBe(3);
    expect(edge('a', 'c')?.count).toBe(2);
    expect(edge('a', 'd')?.count).toBe(3);
    expect(edge('b', 'c')?.count).toBe(1);
    expect(edge('b', 'd')?.count).toBe(2);
    expect(edge('c', 'd')?.count).toBe(2);
  });

  it('weighs each edge by the Jaccard index of the two topics', () => {
    expect(edge('a', 'b')?.strength).toBeCloseTo(3 / 4);
    expect(edge('a', 'd')?.strength).toBeCloseTo(3 / 5);
    expect(edge('b', 'c')?.strength).toBeCloseTo(1 / 5);
    expect(edge('c', 'd')?.strength).toBeCloseTo(2 / 5);
  });

  it('agrees with the catalog co-occurrence counts the topic pages show', () => {
    const counts = coOccurrence(FIVE_PAPERS);
    for (const e of graph.edges) {
      const a = graph.nodes[e.source]!.slug;
      const b = graph.nodes[e.target]!.slug;
      expect(counts.get(a)?.get(b)).toBe(e.count);
    }
  });

  it('leaves out links to topics without a page', () => {
    expect(graph.nodes.some((n) => n.slug === 'e')).toBe(false);
    for (const e of graph.edges) expect(e.source).toBeLessThan(e.target);
  });

  it('has no edges and no nodes for an empty catalog', () => {
    expect(buildCoTopicGraph([])).toEqual({ nodes: [], edges: [] });
  });
});

describe('jaccard', () => {
  it.each([
    [3, 4, 3, 0.75],
    [2, 4, 3, 0.4],
    [5, 5, 5, 1],
    [0, 5, 5, 0],
    [0, 0, 0, 0],
  ])('shared %i of %i and %i papers: %f', (shared, a, b, expected) => {
    expect(jaccard(shared, a, b)).toBeCloseTo(expected);
  });

  it('is symmetric', () => {
    expect(jaccard(2, 10, 3)).toBe(jaccard(2, 3, 10));
  });

  it('does not let a big topic dominate: small topics that mostly overlap link more strongly', () => {
    // a 100-paper topic sharing 5 papers with a 6-paper topic, against two 6-paper topics sharing 4
    // (raw counts would rank them the other way round: 5 > 4)
    expect(jaccard(5, 100, 6)).toBeLessThan(jaccard(4, 6, 6));
  });
});
