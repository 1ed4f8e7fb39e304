import type { AuthorValue } from '../content/authors.ts';
import type { SimilarPaper } from '../shared/similar-papers.ts';
import { authorPageNames } from './authors.ts';
import type { DerivedTags, Topic } from '../topics/types.ts';

/** What a paper page reads of one paper: its id, its frontmatter and its rendered abstract. */
export interface PagePaper {
  id: string;
  data: { title: string } & Record<string, unknown>;
  /**
   * The paper loader's digest of the entry's text and of the code that rendered it
   * (src/render/papers-loader.ts): the frontmatter and abstract are functions of the two.
   */
  digest?: string | number | undefined;
}

/** What a paper page reads of the catalog around it (a subset of `Catalog`, so it can be tested without Astro). */
export interface PageCatalog {
  topicBySlug: ReadonlyMap<string, { papers: readonly string[]; parent?: string | undefined }>;
  evidence: ReadonlyMap<string, DerivedTags>;
  describe: (slug: string) => Topic;
  versions: ReadonlyMap<string, readonly PagePaper[]>;
  bySlug: ReadonlyMap<string, PagePaper>;
  /** Author pages by slug: their names are the search's author filter values. */
  authors: ReadonlyMap<string, { name: string }>;
}

/**
 * Everything a paper page shows, as one plain value: the paper's frontmatter and
 * abstract (text and HTML; the loader's digest of the entry, when it gave one), its neighbours' ids and titles (the pager), each tag's
 * vocabulary entry and whether it has a page (chips, "Why these topics", Cite, the search
 * fields), the main topic and its parent (the pager's "All papers in T", the trail), its evidence, its other versions, its
 * related papers with the names of the topics they share, and whether the navigation
 * lists authors, and the names its authors' pages go by (the search's author filter). Two builds that compute equal inputs for a page, with equal code, write
 * the same bytes for it: that is what lets a rebuild keep the page
 * (src/integrations/reuse-pages.ts). Whatever a paper page's components come to read
 * of the catalog must be added here; test/e2e/rebuild.test.ts compares a rebuild with a
 * cold build byte for byte, so a missing input fails there.
 */
export function paperPageInputs(
  paper: PagePaper,
  abstract: { text: string; html: string },
  previous: PagePaper | undefined,
  next: PagePaper | undefined,
  catalog: PageCatalog,
  related: readonly SimilarPaper[],
): unknown {
  const { topicBySlug, describe } = catalog;
  const tags = (paper.data['tags'] as readonly string[] | undefined) ?? [];
  // the first tag that has a page is the main topic: the trail names its parent, the pager links it
  const main = tags.find((tag) => topicBySlug.has(tag));
  const mainPage = main === undefined ? undefined : topicBySlug.get(main);
  const parent = mainPage?.parent;
  const neighbour = (p: PagePaper | undefined) => (p ? { id: p.id, title: p.data.title } : null);
  return {
    id: paper.id,
    // The entry's own part: the loader's digest stands for its frontmatter and abstract
    // (hashing them for every page took 1 s of a 10,000-paper rebuild); without one, they themselves.
    ...(paper.digest !== undefined ? { entry: paper.digest } : { data: paper.data, abstract }),
    previous: neighbour(previous),
    next: neighbour(next),
    tags: tags.map((slug) => ({ slug, topic: describe(slug), page: topicBySlug.has(slug) })),
    main: main === undefined ? null : { slug: main, parent: parent && topicBySlug.has(parent) ? describe(parent).name : null },
    evidence: catalog.evidence.get(paper.id) ?? null,
    versions: (catalog.versions.get(paper.id) ?? []).map((v) => ({ id: v.id, data: v.data })),
    related: related.map((r) => ({
      id: r.id,
      title: catalog.bySlug.get(r.id)?.data.title ?? null,
      version: r.version,
      shared: r.sharedTags.map((tag) => describe(tag).name),
    })),
    authorsNav: catalog.authors.size > 0,
    authorNames: authorPageNames((paper.data['authors'] as readonly AuthorValue[] | undefined) ?? [], catalog.authors),
  };
}
