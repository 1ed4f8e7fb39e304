/**
 * One author page per distinct name: "Vaswani, Ashish" and "Ashish Vaswani" are the same
 * page, and so, the catalog cannot tell otherwise, are two people who share one name.
 */
import { LATIN_SPELLINGS } from '../shared/latin-letters.ts';
import { authorSlug, displayName, parseAuthor, type AuthorName, type AuthorValue } from '../content/authors.ts';

export interface AuthorPaper {
  slug: string;
  authors: readonly AuthorValue[];
  tags: readonly string[];
}

export interface AuthorSummary {
  slug: string;
  /** The name as most of their papers write it. */
  name: string;
  /** That name family first (`Vaswani, Ashish`; a corporate name as it is): how an index orders people. */
  sortName: string;
  /** Their papers' slugs, in catalog order. */
  papers: string[];
  /** People they wrote with, most shared papers first. */
  coauthors: { slug: string; name: string; count: number }[];
  /** Their papers' topics, most papers first. */
  topics: { slug: string; count: number }[];
  orcid?: string;
}

function familyFirst(person: AuthorName): string {
  return person.literal ?? [person.family, person.given].filter(Boolean).join(', ');
}

const byCount = <T extends { count: number }>(key: (t: T) => string) => (a: T, b: T) => b.count - a.count || key(a).localeCompare(key(b));

export function indexAuthors(papers: readonly AuthorPaper[]): Map<string, AuthorSummary> {
  const names = new Map<string, Map<string, number>>();
  const parsedForm = new Map<string, AuthorName>();
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
      if (!parsedForm.has(displayName(person))) parsedForm.set(displayName(person), person);
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
      sortName: familyFirst(parsedForm.get(nameOf(slug))!),
      papers: entry.papers,
      coauthors: [...entry.coauthors].map(([other, count]) => ({ slug: other, name: nameOf(other), count })).sort(byCount((c) => c.name)),
      topics: [...entry.topics].map(([tag, count]) => ({ slug: tag, count })).sort(byCount((t) => t.slug)),
      ...(entry.orcid && { orcid: entry.orcid }),
    });
  }
  return out;
}

/**
 * The names a paper's authors go by on their author pages (`AuthorSummary.name`), each
 * once, in byline order: one value of the search's author filter per author page, however
 * this paper writes the name.
 */
export function authorPageNames(values: readonly AuthorValue[], authors: ReadonlyMap<string, Pick<AuthorSummary, 'name'>>): string[] {
  const names = values.map(parseAuthor).map((person) => authors.get(authorSlug(person))?.name ?? displayName(person));
  return [...new Set(names)];
}

/** Index order: by family name, then given name, letters compared without case or accents. */
export function byFamilyName(a: Pick<AuthorSummary, 'sortName' | 'slug'>, b: Pick<AuthorSummary, 'sortName' | 'slug'>): number {
  return a.sortName.localeCompare(b.sortName, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug);
}

/**
 * The letter an index files a name under: its first letter without accents, upper-case
 * (`Émile` under E, `Łukasz` under L, the table of src/shared/latin-letters.ts), or `#` for a name that starts otherwise.
 */
export function indexLetter(sortName: string): string {
  const char = [...sortName.trim()][0]?.toLowerCase() ?? '';
  const first = (LATIN_SPELLINGS[char] ?? char).normalize('NFKD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}
