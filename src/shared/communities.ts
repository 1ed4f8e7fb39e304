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
  // Each node's links in flat arrays, in the order the maps hold them, read once per pass.
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + adjacency[i]!.size;
  const linked = new Int32Array(start[n]!);
  const weights = new Float64Array(start[n]!);
  adjacency.forEach((links, i) => {
    let at = start[i]!;
    for (const [j, w] of links) {
      linked[at] = j;
      weights[at++] = w;
    }
  });
  // The weight of links from the node being moved into each community, summed in that order; `stamp` marks which are set.
  const links = new Float64Array(n);
  const stamp = new Int32Array(n);
  let turn = 0;
  const neighbours: number[] = [];
  let moved = true;
  for (let pass = 0; moved && pass < 100; pass++) {
    moved = false;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      const k = degree[i]!;
      if (k === 0) continue;
      turn++;
      neighbours.length = 0;
      for (let at = start[i]!; at < start[i + 1]!; at++) {
        const j = linked[at]!;
        if (j === i) continue;
        const c = community[j]!;
        if (stamp[c] !== turn) {
          stamp[c] = turn;
          links[c] = 0;
          neighbours.push(c);
        }
        links[c]! += weights[at]!;
      }
      tot[own]! -= k;
      const gain = (c: number) => (stamp[c] === turn ? links[c]! : 0) - (resolution * tot[c]! * k) / total;
      let best = own;
      let bestGain = gain(own);
      for (const c of neighbours.sort((a, b) => a - b)) {
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
