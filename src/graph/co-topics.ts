/**
 * The co-topic graph as data: one node per topic that has a page, one edge per pair of
 * topics that share at least one paper.
 */

/** What the graph reads of a topic (a `TopicSummary` fits). */
export interface TopicInput {
  slug: string;
  name: string;
  description: string;
  /** Slugs of the topic's papers. */
  papers: readonly string[];
}

export interface GraphNode {
  slug: string;
  name: string;
  description: string;
  /** How many papers carry the topic: the node's size. */
  papers: number;
}

export interface GraphEdge {
  /** Index into `nodes`; always smaller than `target`. */
  source: number;
  target: number;
  /** Papers tagged with both topics. */
  count: number;
  /** Jaccard index of the two topics' paper sets, in (0, 1]: see `jaccard`. */
  strength: number;
}

export interface CoTopicGraph {
  nodes: GraphNode[];
  /** Ordered by source, then target. */
  edges: GraphEdge[];
}

/**
 * Link strength: the Jaccard index |A ∩ B| / |A ∪ B|.
 *
 * Why Jaccard rather than raw counts or PMI: raw counts let the biggest topics dominate
 * (a 30-paper topic shares a paper with almost everything); PMI corrects for size but
 * explodes on small counts (two 3-paper topics sharing one paper out of 200 score higher
 * than two 20-paper topics sharing 10), and most of our topics are small. Jaccard is
 * bounded in [0, 1], so one slider scale fits every catalog, and it needs nothing but
 * the two topics themselves.
 */
export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union > 0 ? shared / union : 0;
}

/** Nodes in the order given (the catalog's: most papers first); edges counted from the papers. */
export function buildCoTopicGraph(topics: readonly TopicInput[]): CoTopicGraph {
  const nodes = topics.map(({ slug, name, description, papers }): GraphNode => ({ slug, name, description, papers: papers.length }));
  const topicsOf = new Map<string, number[]>();
  topics.forEach((topic, index) => {
    for (const paper of new Set(topic.papers)) {
      const list = topicsOf.get(paper) ?? [];
      list.push(index);
      topicsOf.set(paper, list);
    }
  });
  const shared = new Map<number, number>();
  const n = topics.length;
  for (const list of topicsOf.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = Math.min(list[i]!, list[j]!);
        const b = Math.max(list[i]!, list[j]!);
        const key = a * n + b;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const edges = [...shared]
    .map(([key, count]): GraphEdge => {
      const source = Math.floor(key / n);
      const target = key % n;
      return { source, target, count, strength: jaccard(count, nodes[source]!.papers, nodes[target]!.papers) };
    })
    .sort((a, b) => a.source - b.source || a.target - b.target);
  return { nodes, edges };
}
