import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { mulberry32 } from '../../shared/prng.ts';

/** A node as the layout sees it. */
export interface LayoutNode {
  /** Radius, in the same units as the result. */
  r: number;
  /** Nodes of one community are pulled a little towards each other. */
  group: number;
}

export interface LayoutEdge {
  source: number;
  target: number;
  /** 0..1: stronger links are shorter and pull harder. */
  strength: number;
}

export interface LayoutOptions {
  /** Seed of the random source d3-force uses to separate coincident nodes. */
  seed: number;
  /** Simulation ticks: fixed, so the result never depends on timing. */
  iterations: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 20240501, iterations: 300 };

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
  group: number;
}

/** Pulls each community towards its own centre, so groups read as regions of the picture. */
function cohesion(nodes: SimNode[], strength: number) {
  return (alpha: number) => {
    const sums = new Map<number, { x: number; y: number; n: number }>();
    for (const node of nodes) {
      const sum = sums.get(node.group) ?? { x: 0, y: 0, n: 0 };
      sum.x += node.x ?? 0;
      sum.y += node.y ?? 0;
      sum.n += 1;
      sums.set(node.group, sum);
    }
    for (const node of nodes) {
      const sum = sums.get(node.group)!;
      if (sum.n < 2) continue;
      node.vx = (node.vx ?? 0) + (sum.x / sum.n - (node.x ?? 0)) * strength * alpha;
      node.vy = (node.vy ?? 0) + (sum.y / sum.n - (node.y ?? 0)) * strength * alpha;
    }
  };
}

/**
 * Positions for every node from a d3-force simulation run to the end on the spot (no
 * timers), so the same graph and options always give the same coordinates. Coordinates
 * are centred on the origin, rounded to 0.01.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions = DEFAULT_LAYOUT): { x: number; y: number }[] {
  const sim: SimNode[] = nodes.map((node, index) => ({ index, r: node.r, group: node.group }));
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target, strength: edge.strength }));
  const degree = new Array<number>(nodes.length).fill(0);
  for (const { source, target } of edges) {
    degree[source]! += 1;
    degree[target]! += 1;
  }
  // Scale forces with the graph so 60 topics and 1,000 both fill their frame.
  const spread = Math.sqrt(nodes.reduce((sum, n) => sum + (n.r + 6) ** 2, 0));
  const alphaMin = 0.001;
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(mulberry32(options.seed))
    .alphaMin(alphaMin)
    .alphaDecay(1 - Math.pow(alphaMin, 1 / options.iterations))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number] & SimulationNodeDatum>(links as never)
        .distance((l) => {
          const { source, target, strength } = l as unknown as { source: SimNode; target: SimNode; strength: number };
          return source.r + target.r + 24 + 110 * (1 - Math.sqrt(strength));
        })
        .strength((l) => {
          const { source, target, strength } = l as unknown as { source: SimNode; target: SimNode; strength: number };
          // d3's default (1 / the busier end's degree) keeps hubs from collapsing;
          // weighting it by strength makes strong links win.
          return (0.05 + 2.5 * strength) / Math.min(degree[source.index]!, degree[target.index]!);
        }),
    )
    .force('charge', forceManyBody<SimNode>().strength((n) => -40 - 5 * n.r).distanceMax(spread * 1.2))
    .force('cohesion', cohesion(sim, 0.3))
    .force('collide', forceCollide<SimNode>((n) => n.r + 6).iterations(2))
    // a wide, not tall, picture: pages scroll vertically
    .force('x', forceX<SimNode>(0).strength(0.03))
    .force('y', forceY<SimNode>(0).strength(0.1))
    .stop();
  for (let i = 0; i < options.iterations; i++) simulation.tick();
  return sim.map((n) => ({ x: Math.round((n.x ?? 0) * 100) / 100, y: Math.round((n.y ?? 0) * 100) / 100 }));
}
