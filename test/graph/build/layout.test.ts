import { describe, expect, it } from 'vitest';
import { buildCoTopicGraph } from '../../../src/graph/build/co-topics.ts';
import { buildScene, DEFAULT_SCENE } from '../../../src/graph/build/scene.ts';
import { fiveTopics } from '../fixtures.ts';
import { randomGraph } from '../synthetic.ts';

const coordinates = (scene: ReturnType<typeof buildScene>) => scene.nodes.map((n) => [n.x, n.y, n.r]);

describe('layout', () => {
  it('gives the same coordinates for the same graph, every time', () => {
    const graph = randomGraph(60, 300, 1);
    expect(coordinates(buildScene(graph))).toEqual(coordinates(buildScene(graph)));
    const small = buildCoTopicGraph(fiveTopics());
    expect(coordinates(buildScene(small))).toEqual(coordinates(buildScene(small)));
  });

  it('does not depend on Math.random', () => {
    const graph = randomGraph(40, 120, 2);
    const first = coordinates(buildScene(graph));
    const original = Math.random;
    Math.random = () => 0.5;
    try {
      expect(coordinates(buildScene(graph))).toEqual(first);
    } finally {
      Math.random = original;
    }
  });

  it('fits every node inside the frame without overlapping another', () => {
    const scene = buildScene(randomGraph(80, 400, 4));
    expect(scene.width).toBe(1000);
    expect(scene.height).toBeGreaterThanOrEqual(1000 * DEFAULT_SCENE.minAspect);
    expect(scene.height).toBeLessThanOrEqual(1000 * DEFAULT_SCENE.maxAspect);
    for (const n of scene.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(scene.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(scene.height);
    }
    let overlaps = 0;
    scene.nodes.forEach((a, i) => scene.nodes.slice(i + 1).forEach((b) => (overlaps += Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r ? 1 : 0)));
    expect(overlaps).toBe(0);
  });

  it('draws bigger topics bigger: area follows paper count', () => {
    const scene = buildScene(buildCoTopicGraph(fiveTopics()));
    const [a, , b] = scene.nodes; // 4 papers, then 3
    expect(a!.r ** 2 / b!.r ** 2).toBeCloseTo(4 / 3, 1);
  });

  it('lists edges weakest first, the order they are drawn in', () => {
    const scene = buildScene(randomGraph(30, 80, 5));
    const strengths = scene.edges.map((e) => e.strength);
    expect(strengths).toEqual([...strengths].sort((x, y) => x - y));
  });
});
