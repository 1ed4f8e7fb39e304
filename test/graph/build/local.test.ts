import { describe, expect, it } from 'vitest';
import { buildCoTopicGraph } from '../../../src/graph/build/co-topics.ts';
import { boxesOverlap, labelBox } from '../../../src/graph/build/labels.ts';
import { localGraph } from '../../../src/graph/build/local.ts';
import { renderLocalSvg } from '../../../src/graph/build/render-local.ts';
import { buildScene, neighbours } from '../../../src/graph/build/scene.ts';
import { fiveTopics } from '../fixtures.ts';
import { randomGraph } from '../synthetic.ts';

describe('localGraph', () => {
  const scene = buildScene(buildCoTopicGraph(fiveTopics()));

  it('puts the topic in the middle with its neighbours and the links among them', () => {
    const local = localGraph(scene, 'b')!;
    expect(local.nodes[0]!.slug).toBe('b');
    expect(local.nodes.map((n) => n.slug).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(local.edges).toHaveLength(6);
    expect(local.more).toBe(0);
  });

  it('keeps the closest neighbours when there are too many', () => {
    const big = buildScene(randomGraph(40, 400, 31));
    const local = localGraph(big, big.nodes[0]!.slug, { max: 5, width: 560, height: 330, fontSize: 14 })!;
    expect(local.nodes).toHaveLength(6);
    const all = neighbours(big)[0]!;
    expect(local.more).toBe(all.length - 5);
    const kept = new Set(local.nodes.slice(1).map((n) => n.slug));
    for (const { node } of all.slice(0, 5)) expect(kept.has(big.nodes[node]!.slug)).toBe(true);
  });

  it('places shown labels apart and inside the picture', () => {
    const big = buildScene(randomGraph(40, 400, 32));
    for (const node of big.nodes.slice(0, 10)) {
      const local = localGraph(big, node.slug)!;
      const boxes = local.nodes.filter((n) => n.labelled).map((n) => labelBox(n, n.position, 12 / local.fontSize));
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)));
      for (const box of boxes) {
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(local.width);
      }
    }
  });

  it('has nothing to draw for an unknown or unlinked topic', () => {
    expect(localGraph(scene, 'nope')).toBeUndefined();
    const lonely = buildScene({ nodes: [{ slug: 'x', name: 'X', description: '', papers: 3 }], edges: [] });
    expect(localGraph(lonely, 'x')).toBeUndefined();
  });

  it('renders links onward and no script', () => {
    const svg = renderLocalSvg(localGraph(scene, 'b')!, scene.groups, (slug) => `/topics/${slug}/`);
    expect(svg.match(/<a class="node" href="\/topics\/[acd]\/"/g)).toHaveLength(3);
    expect(svg).not.toContain('href="/topics/b/"');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('aria-label="Topic A: 3 shared papers"');
  });
});
