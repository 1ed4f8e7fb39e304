import type { GraphPayload } from './payload.ts';

/**
 * What the browser needs to answer about the graph, without touching the page: which
 * links pass the strength slider, a topic's neighbourhood, which topics match a search.
 */
export class GraphModel {
  /** For each node, the indices of its edges. */
  readonly incident: number[][];
  private readonly keys: string[];

  constructor(readonly payload: GraphPayload) {
    this.incident = payload.nodes.map((): number[] => []);
    payload.edges.forEach(([a, b], e) => {
      this.incident[a]!.push(e);
      this.incident[b]!.push(e);
    });
    this.keys = payload.nodes.map((n) => fold(`${n.name} ${n.slug.replace(/-/g, ' ')}`));
  }

  /** The first edge at least `min` strong: edges come weakest first, so this many are hidden. */
  cutFor(min: number): number {
    const edges = this.payload.edges;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid]![2] < min - 1e-9) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The node's neighbours and the edges to them, counting only edges from `cut` on. */
  neighbourhood(node: number, cut = 0): { nodes: number[]; edges: number[] } {
    const edges = this.incident[node]!.filter((e) => e >= cut);
    const nodes = edges.map((e) => {
      const [a, b] = this.payload.edges[e]!;
      return a === node ? b : a;
    });
    return { nodes, edges };
  }

  /**
   * Topics matching a search, best first: the whole name, then names starting with the
   * query, then a word starting with it, then anywhere; ties keep the graph's order
   * (most papers first). Case and accents are ignored.
   */
  find(query: string): number[] {
    const q = fold(query).trim();
    if (!q) return [];
    const ranked: [number, number][] = [];
    this.keys.forEach((key, i) => {
      const name = fold(this.payload.nodes[i]!.name);
      const rank = name === q || this.payload.nodes[i]!.slug === q ? 0 : name.startsWith(q) ? 1 : key.includes(` ${q}`) || key.split(/[^a-z0-9]+/).some((w) => w.startsWith(q)) ? 2 : key.includes(q) ? 3 : -1;
      if (rank >= 0) ranked.push([rank, i]);
    });
    return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  }
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
