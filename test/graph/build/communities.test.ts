import { describe, expect, it } from 'vitest';
import { detectCommunities, modularity, type WeightedEdge } from '../../../src/shared/communities.ts';
import { buildCoTopicGraph } from '../../../src/graph/build/co-topics.ts';
import { groupTopics } from '../../../src/graph/build/groups.ts';
import { fiveTopics } from '../fixtures.ts';
import { randomGraph } from '../synthetic.ts';

/** Two triangles joined by one weak link, and a loner. */
const TWO_TRIANGLES: WeightedEdge[] = [
  { source: 0, target: 1, weight: 1 },
  { source: 1, target: 2, weight: 1 },
  { source: 0, target: 2, weight: 1 },
  { source: 3, target: 4, weight: 1 },
  { source: 4, target: 5, weight: 1 },
  { source: 3, target: 5, weight: 1 },
  { source: 2, target: 3, weight: 0.1 },
];

describe('detectCommunities', () => {
  it('finds two triangles joined by a weak link, and leaves a loner alone', () => {
    expect(detectCommunities(7, TWO_TRIANGLES)).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });

  it('is deterministic', () => {
    const graph = randomGraph(80, 300, 21);
    const edges = graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength }));
    expect(detectCommunities(80, edges)).toEqual(detectCommunities(80, edges));
  });

  it('finds a partition at least as good as putting everything together or apart', () => {
    const graph = randomGraph(60, 200, 22);
    const edges = graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength }));
    const found = modularity(60, edges, detectCommunities(60, edges));
    expect(found).toBeGreaterThan(modularity(60, edges, new Array(60).fill(0)));
    expect(found).toBeGreaterThan(modularity(60, edges, Array.from({ length: 60 }, (_, i) => i)));
  });
});

describe('groupTopics', () => {
  it('gives each group a colour and a distinct shape, and every topic a group', () => {
    const { groups, groupOf } = groupTopics(randomGraph(120, 500, 23));
    expect(groupOf).toHaveLength(120);
    expect(new Set(groups.map((g) => g.shape)).size).toBe(groups.length);
    expect(new Set(groups.map((g) => g.color)).size).toBe(groups.length);
    expect(groups.flatMap((g) => g.members).sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i));
    for (const group of groups) expect(group.label.length).toBeGreaterThan(0);
  });

  it('names a group after its biggest topics', () => {
    const { groups } = groupTopics(buildCoTopicGraph(fiveTopics()));
    expect(groups[0]!.name).toBe('Topic A');
  });
});
