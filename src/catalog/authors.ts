/**
 * One author page per distinct name: "Vaswani, Ashish" and "Ashish Vaswani" are the same
 * page, and so, the catalog cannot tell otherwise, are two people who share one name.
 */
import { authorSlug, displayName, parseAuthor, type AuthorValue } from '../content/authors.ts';

export interface AuthorPaper {
  slug: string;
  authors: readonly AuthorValue[];
  tags: readonly string[];
}

export interface AuthorSummary {
  slug: string;
  /** The name as most of their papers write it. */
  name: string;
  /** Their papers' slugs, in catalog order. */
  papers: string[];
  /** People they wrote with, most shared papers first. */
  coauthors: { slug: string; name: string; count: number }[];
  /** Their papers' topics, most papers first. */
  topics: { slug: string; count: number }[];
  orcid?: string;
}

const byCount = <T extends { count: number }>(key: (t: T) => string) => (a: T, b: T) => b.count - a.count || key(a).localeCompare(key(b));

export function indexAuthors(papers: readonly AuthorPaper[]): Map<string, AuthorSummary> {
  const names = new Map<string, Map<string, number>>();
  interface Tally {
    papers: string[];
    coauthors: Map<string, number>;
    topics: Map<string, number>;
    orcid?: string;
  }
  const acc = new Map<string, Tally>();
  for (const paper of papers) {
    const people = paper.authors.map(parseAuthor);
    const slugs = [...new Set(people.map(authorSlug))].filter(Boolean);
    people.forEach((person) => {
      const slug = authorSlug(person);
      if (!slug) return;
      const forms = names.get(slug) ?? new Map<string, number>();
      forms.set(displayName(person), (forms.get(displayName(person)) ?? 0) + 1);
      names.set(slug, forms);
      const entry: Tally = acc.get(slug) ?? { papers: [], coauthors: new Map(), topics: new Map() };
      if (person.orcid) entry.orcid ??= person.orcid;
      acc.set(slug, entry);
    });
    for (const slug of slugs) {
      const entry = acc.get(slug)!;
      entry.papers.push(paper.slug);
      for (const other of slugs) if (other !== slug) entry.coauthors.set(other, (entry.coauthors.get(other) ?? 0) + 1);
      for (const tag of paper.tags) entry.topics.set(tag, (entry.topics.get(tag) ?? 0) + 1);
    }
  }
  const nameOf = (slug: string) => [...names.get(slug)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const out = new Map<string, AuthorSummary>();
  for (const [slug, entry] of [...acc].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.set(slug, {
      slug,
      name: nameOf(slug),
      papers: entry.papers,
      coauthors: [...entry.coauthors].map(([other, count]) => ({ slug: other, name: nameOf(other), count })).sort(byCount((c) => c.name)),
      topics: [...entry.topics].map(([tag, count]) => ({ slug: tag, count })).sort(byCount((t) => t.slug)),
      ...(entry.orcid && { orcid: entry.orcid }),
    });
  }
  return out;
}
