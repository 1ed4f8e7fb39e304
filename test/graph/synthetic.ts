import { jaccard, type CoTopicGraph, type GraphEdge } from '../../src/graph/build/co-topics.ts';
import { mulberry32 } from '../../src/shared/prng.ts';

/** A random co-topic graph for properties that must hold on any catalog. */
export function randomGraph(nodes: number, edges: number, seed: number): CoTopicGraph {
  const random = mulberry32(seed);
  const list = Array.from({ length: nodes }, (_, i) => ({
    slug: `t${i}`,
    name: `Topic ${i} ${'wide '.repeat(Math.floor(random() * 4))}`.trim(),
    description: '',
    papers: 3 + Math.floor(30 * random() ** 3),
  })).sort((a, b) => b.papers - a.papers);
  const seen = new Set<number>();
  const out: GraphEdge[] = [];
  const wanted = Math.min(edges, (nodes * (nodes - 1)) / 2);
  while (out.length < wanted) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a === b || seen.has(Math.min(a, b) * nodes + Math.max(a, b))) continue;
    seen.add(Math.min(a, b) * nodes + Math.max(a, b));
    const [source, target] = a < b ? [a, b] : [b, a];
    const count = 1 + Math.floor(random() * Math.min(list[source]!.papers, list[target]!.papers) * 0.5);
    out.push({ source, target, count, strength: jaccard(count, list[source]!.papers, list[target]!.papers) });
  }
  return { nodes: list, edges: out.sort((x, y) => x.source - y.source || x.target - y.target) };
}
