import { MIN_TOPIC_PAPERS } from '../topics/fold.ts';
import type { Topic } from '../topics/types.ts';

/** What the site needs of a paper to list it. */
export interface CatalogPaper {
  slug: string;
  title: string;
  tags: string[];
  added: Date;
}

/** A topic as the site shows it: the vocabulary entry plus what the catalog says of it. */
export interface TopicSummary extends Topic {
  /** Slugs of its papers, in catalog order. */
  papers: string[];
  /** Slugs of narrower topics that have a page. */
  children: string[];
}

/**
 * Topics that get a page, most papers first (ties by name), each with its narrower topics
 * in the same order. `describe` names tags the vocabulary does not hold (pinned tags).
 */
export function buildTopics(papers: readonly CatalogPaper[], describe: (slug: string) => Topic): TopicSummary[] {
  const papersOf = new Map<string, string[]>();
  for (const paper of papers) {
    for (const tag of paper.tags) {
      const list = papersOf.get(tag) ?? [];
      list.push(paper.slug);
      papersOf.set(tag, list);
    }
  }
  const topics = [...papersOf]
    .filter(([, list]) => list.length >= MIN_TOPIC_PAPERS)
    .map(([slug, list]): TopicSummary => ({ ...describe(slug), slug, papers: list, children: [] }));
  topics.sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name));
  // in list order too: a broad topic's page lists its narrower topics most papers first
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  for (const topic of topics) if (topic.parent) bySlug.get(topic.parent)?.children.push(topic.slug);
  return topics;
}

/** For each topic, how many papers it shares with each other topic. */
export function coOccurrence(papers: readonly Pick<CatalogPaper, 'tags'>[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const { tags } of papers) {
    for (const a of tags) {
      for (const b of tags) {
        if (a === b) continue;
        const row = counts.get(a) ?? new Map<string, number>();
        row.set(b, (row.get(b) ?? 0) + 1);
        counts.set(a, row);
      }
    }
  }
  return counts;
}

/**
 * Topics in list order with each broad topic's narrower ones right after it (in their
 * own list order): the two levels as one list. A child whose parent has no page stands alone.
 */
export function groupByParent<T extends Pick<TopicSummary, 'slug' | 'parent'>>(topics: readonly T[]): { topic: T; child: boolean }[] {
  const slugs = new Set(topics.map((t) => t.slug));
  const childrenOf = new Map<string, T[]>();
  for (const t of topics) if (t.parent !== undefined && slugs.has(t.parent)) childrenOf.set(t.parent, [...(childrenOf.get(t.parent) ?? []), t]);
  const out: { topic: T; child: boolean }[] = [];
  const done = new Set<string>();
  const emit = (t: T, child: boolean) => {
    if (done.has(t.slug)) return;
    done.add(t.slug);
    out.push({ topic: t, child });
    for (const c of childrenOf.get(t.slug) ?? []) emit(c, true);
  };
  for (const t of topics) if (t.parent === undefined || !slugs.has(t.parent)) emit(t, false);
  // (a parent cycle has no top: its topics still get their rows)
  for (const t of topics) emit(t, true);
  return out;
}
