/** Most topics the catalog graph draws before it starts at the broad level: past this a map of topics stops being readable. */
export const MAX_GRAPH_TOPICS = 100;

export interface LevelTopic {
  slug: string;
  papers: readonly string[];
  parent?: string | undefined;
}

export interface GraphLevel<T> {
  /** The topics the graph draws, most papers first as given. */
  shown: T[];
  /** `all`: every topic; `broad`: the top-level topics, whose pages open their narrower ones. */
  level: 'all' | 'broad';
  /** Topics left out of the drawing (they stay in the table and on their parents' pages). */
  hidden: number;
}

/**
 * The level the catalog graph starts at: every topic while there are at most `max`;
 * else the top-level ones (broad topics and those with no parent), the largest `max` of
 * them, so a catalog of 30,000 papers shows tens of nodes, not hundreds. A reader opens a
 * broad topic (its page lists and draws its children).
 */
export function graphLevel<T extends LevelTopic>(topics: readonly T[], max = MAX_GRAPH_TOPICS): GraphLevel<T> {
  if (topics.length <= max) return { shown: [...topics], level: 'all', hidden: 0 };
  const slugs = new Set(topics.map((t) => t.slug));
  const top = topics.filter((t) => t.parent === undefined || !slugs.has(t.parent));
  const shown = [...top].sort((a, b) => b.papers.length - a.papers.length).slice(0, max);
  const keep = new Set(shown.map((t) => t.slug));
  return { shown: topics.filter((t) => keep.has(t.slug)), level: 'broad', hidden: topics.length - shown.length };
}
