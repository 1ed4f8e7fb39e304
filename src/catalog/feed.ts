/**
 * What the RSS feeds list: the newest papers first, by the day they joined the catalog.
 * Pure, so the order is tested without Astro; the endpoints only format it.
 */
import { escapeHtml } from '../shared/escape-html.ts';

/**
 * RSS 2.0's own `<author>` holds an e-mail address; names go in Dublin Core's `creator`,
 * one element per author, which feed readers show as the byline.
 */
export const FEED_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' } as const;

export interface FeedPaper {
  slug: string;
  /** Plain-text title. */
  title: string;
  /** Plain-text abstract. */
  abstract: string;
  /** Display names of its topics. */
  topics: string[];
  /** Display names of its authors, in citation order (none for a seed entry). */
  authors: string[];
  added: Date;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  /** The authors as `<dc:creator>` elements (FEED_NAMESPACES), absent when the paper names none. */
  customData?: string;
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
      ...(paper.authors.length > 0 && { customData: paper.authors.map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`).join('') }),
    }));
}
