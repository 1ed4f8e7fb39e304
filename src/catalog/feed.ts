/**
 * What the RSS feeds list: the newest papers first, by the day they joined the catalog.
 * Pure, so the order is tested without Astro; the endpoints only format it.
 */

export interface FeedPaper {
  slug: string;
  /** Plain-text title. */
  title: string;
  /** Plain-text abstract. */
  abstract: string;
  /** Display names of its topics. */
  topics: string[];
  added: Date;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** A feed reader needs only what is new; a catalog of 30,000 papers must not make a 30 MB feed. */
export const FEED_SIZE = 100;

/**
 * The `limit` newest papers, newest first. Papers added the same day keep catalog
 * order (the order of their seed list), so a feed does not reshuffle between builds.
 */
export function feedItems(papers: readonly FeedPaper[], link: (slug: string) => string, limit = FEED_SIZE): FeedItem[] {
  return papers
    .map((paper, order) => ({ paper, order }))
    .sort((a, b) => b.paper.added.getTime() - a.paper.added.getTime() || a.order - b.order)
    .slice(0, limit)
    .map(({ paper }) => ({
      title: paper.title,
      link: link(paper.slug),
      pubDate: paper.added,
      description: paper.abstract.replace(/\s+/g, ' ').trim(),
      categories: paper.topics,
    }));
}
