/**
 * Communities of the co-topic graph by the Louvain method (modularity, weighted by link
 * strength), made deterministic: nodes are visited in index order and ties go to the
 * lowest community id, so the same graph always gets the same colours.
 */

export interface WeightedEdge {
  source: number;
  target: number;
  weight: number;
}

/** One level of Louvain: move nodes between communities while modularity improves. */
function localMoves(n: number, adjacency: Map<number, number>[], degree: number[], total: number, resolution: number): number[] {
  const community = Array.from({ length: n }, (_, i) => i);
  const tot = degree.slice();
  let moved = true;
  for (let pass = 0; moved && pass < 100; pass++) {
    moved = false;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      const k = degree[i]!;
      if (k === 0) continue;
      const links = new Map<number, number>();
      for (const [j, w] of adjacency[i]!) {
        if (j === i) continue;
        const c = community[j]!;
        links.set(c, (links.get(c) ?? 0) + w);
      }
      tot[own]! -= k;
      const gain = (c: number) => (links.get(c) ?? 0) - (resolution * tot[c]! * k) / total;
      let best = own;
      let bestGain = gain(own);
      for (const c of [...links.keys()].sort((a, b) => a - b)) {
        const g = gain(c);
        if (g > bestGain + 1e-12) {
          best = c;
          bestGain = g;
        }
      }
      tot[best]! += k;
      if (best !== own) {
        community[i] = best;
        moved = true;
      }
    }
  }
  return community;
}

/** Renumber so ids are 0..k-1 in order of each community's first node. */
function compact(labels: number[]): number[] {
  const ids = new Map<number, number>();
  return labels.map((label) => {
    if (!ids.has(label)) ids.set(label, ids.size);
    return ids.get(label)!;
  });
}

/**
 * A community id for every node, 0..k-1, numbered in order of each community's first
 * node (so community 0 holds node 0). Nodes without edges get a community of their own.
 */
export function detectCommunities(n: number, edges: readonly WeightedEdge[], resolution = 1): number[] {
  let membership = Array.from({ length: n }, (_, i) => i);
  let size = n;
  let graph = edges.filter((e) => e.weight > 0 && e.source !== e.target);

  for (let level = 0; level < 20; level++) {
    const adjacency = Array.from({ length: size }, () => new Map<number, number>());
    const degree = new Array<number>(size).fill(0);
    let total = 0;
    for (const { source, target, weight } of graph) {
      adjacency[source]!.set(target, (adjacency[source]!.get(target) ?? 0) + weight);
      adjacency[target]!.set(source, (adjacency[target]!.get(source) ?? 0) + weight);
      degree[source]! += weight;
      degree[target]! += weight;
      total += 2 * weight;
    }
    if (total === 0) break;
    const local = compact(localMoves(size, adjacency, degree, total, resolution));
    const count = Math.max(...local) + 1;
    membership = membership.map((m) => local[m]!);
    if (count === size) break;
    const merged = new Map<number, WeightedEdge>();
    for (const { source, target, weight } of graph) {
      const a = Math.min(local[source]!, local[target]!);
      const b = Math.max(local[source]!, local[target]!);
      // inner links stay as self-loops: they are part of the community's degree
      const key = a * count + b;
      const edge = merged.get(key) ?? { source: a, target: b, weight: 0 };
      edge.weight += weight;
      merged.set(key, edge);
    }
    graph = [...merged.values()];
    size = count;
  }
  return compact(membership);
}

/** Modularity of a partition, for tests and tuning. */
export function modularity(n: number, edges: readonly WeightedEdge[], membership: readonly number[], resolution = 1): number {
  const degree = new Array<number>(n).fill(0);
  let total = 0;
  for (const { source, target, weight } of edges) {
    degree[source]! += weight;
    degree[target]! += weight;
    total += 2 * weight;
  }
  if (total === 0) return 0;
  let inside = 0;
  const tot = new Map<number, number>();
  for (const { source, target, weight } of edges) if (membership[source] === membership[target]) inside += 2 * weight;
  for (let i = 0; i < n; i++) tot.set(membership[i]!, (tot.get(membership[i]!) ?? 0) + degree[i]!);
  let expected = 0;
  for (const t of tot.values()) expected += t * t;
  return inside / total - (resolution * expected) / (total * total);
}
