/**
 * How many co-topics a topic page lists by name. A broad topic of a large catalog shares
 * papers with hundreds of topics, most of them through one paper: a list of them all is
 * no guide. The page names the closest and counts the rest; the whole graph shows them.
 */
export const RELATED_SHOWN = 24;

export interface RelatedTopics {
  /** The topics listed, most shared papers first (then by slug), with the papers they share. */
  shown: { slug: string; count: number }[];
  /** Topics that share papers with it but are not listed. */
  more: number;
}

/**
 * The co-topics a topic page lists: of `counts` (co-topic slug → shared papers), those with
 * a page (`hasPage`), the `max` that share the most papers, and every topic in `always`
 * (the neighbours its local graph draws, so every node of the picture is in the list too).
 */
export function relatedTopics(
  counts: ReadonlyMap<string, number> | undefined,
  hasPage: (slug: string) => boolean,
  always: readonly string[] = [],
  max = RELATED_SHOWN,
): RelatedTopics {
  const all = [...(counts ?? [])]
    .filter(([slug]) => hasPage(slug))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([slug, count]) => ({ slug, count }));
  const must = new Set(always);
  const shown = all.filter((t, i) => i < max || must.has(t.slug));
  return { shown, more: all.length - shown.length };
}
