import { coOccurrence } from '../../catalog/topics.ts';

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

/**
 * Nodes in the order given (the catalog's: most papers first); edges from the shared-paper
 * counts the catalog already computes (`coOccurrence`), over the topics that have a page.
 */
export function buildCoTopicGraph(topics: readonly TopicInput[]): CoTopicGraph {
  const nodes = topics.map(({ slug, name, description, papers }): GraphNode => ({ slug, name, description, papers: papers.length }));
  const tagsOf = new Map<string, Set<string>>();
  for (const topic of topics) {
    for (const paper of topic.papers) tagsOf.set(paper, (tagsOf.get(paper) ?? new Set()).add(topic.slug));
  }
  const counts = coOccurrence([...tagsOf.values()].map((tags) => ({ tags: [...tags] })));
  const indexOf = new Map(topics.map((topic, index) => [topic.slug, index]));
  const edges: GraphEdge[] = [];
  topics.forEach((topic, source) => {
    for (const [other, count] of counts.get(topic.slug) ?? []) {
      const target = indexOf.get(other)!;
      if (target > source) edges.push({ source, target, count, strength: jaccard(count, nodes[source]!.papers, nodes[target]!.papers) });
    }
  });
  return { nodes, edges: edges.sort((a, b) => a.source - b.source || a.target - b.target) };
}
