import { getCollection, type CollectionEntry } from 'astro:content';
import { entryText } from '../render/entry-cache.ts';
import { tagCatalog } from '../topics/derive.ts';
import { evidenceCacheFile, readEvidence, taggingKey } from '../topics/evidence-cache.ts';
import type { DerivedTags, Topic } from '../topics/types.ts';
import { siteVocabulary, resolveLayers } from '../topics/layers.ts';
import { topicForSlug } from '../topics/vocabulary.ts';
import { buildTopics, coOccurrence, type TopicSummary } from './topics.ts';
import { indexVersions } from './versions.ts';
import { indexAuthors, type AuthorSummary } from './authors.ts';
import { catalogPaths } from '../content/paths.ts';
import { catalogOrder } from '../content/catalog-order.ts';

export type Paper = CollectionEntry<'papers'>;

export interface Catalog {
  /** Papers in catalog order: seed file, then position; hand-written entries by title. */
  papers: Paper[];
  bySlug: Map<string, Paper>;
  /** Topics that have a page, most papers first. */
  topics: TopicSummary[];
  topicBySlug: Map<string, TopicSummary>;
  coTopics: Map<string, Map<string, number>>;
  /** Why each paper carries its derived tags. */
  evidence: Map<string, DerivedTags>;
  vocabulary: Topic[];
  describe: (slug: string) => Topic;
  /** Each paper's other versions (declared on either side), in catalog order. */
  versions: Map<string, Paper[]>;
  /** One entry per distinct author name, by slug (none for a catalog without authors). */
  authors: Map<string, AuthorSummary>;
}

let cached: Promise<Catalog> | undefined;

/** A paper's abstract as readers see it (kept by the paper loader beside Astro's store). */
export function abstractOf(paper: Paper): string {
  return entryText(paper.id).abstract;
}

/** A paper's abstract rendered to HTML (math, links). */
export function abstractHtmlOf(paper: Paper): string {
  return entryText(paper.id).html;
}

/** The whole catalog, computed once per build and shared by every page. */
export function loadCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const papers = (await getCollection('papers')).sort(catalogOrder);
    const tagging = papers.map((p) => ({ id: p.id, title: p.data.title, abstract: abstractOf(p), ...(p.data.keywords?.length ? { keywords: p.data.keywords } : {}) }));
    const layers = resolveLayers(catalogPaths(process.cwd()), tagging);
    const vocabulary = siteVocabulary(layers);
    const describe = (slug: string) => topicForSlug(slug, vocabulary);
    const plain = papers.map((p) => ({ slug: p.id, title: p.data.title, tags: p.data.tags, added: p.data.added }));
    const topics = buildTopics(plain, describe);
    // ingest's evidence when it tagged exactly this catalog (the usual `npm run build`), else tag again
    const key = taggingKey(tagging, layers);
    const evidence = readEvidence(evidenceCacheFile(process.cwd()), key) ?? tagCatalog(tagging, layers);
    return {
      papers,
      bySlug: new Map(papers.map((p) => [p.id, p])),
      topics,
      topicBySlug: new Map(topics.map((t) => [t.slug, t])),
      coTopics: coOccurrence(plain),
      evidence,
      vocabulary,
      describe,
      versions: indexVersions(papers),
      authors: indexAuthors(papers.map((p) => ({ slug: p.id, authors: p.data.authors, tags: p.data.tags }))),
    };
  })();
  return cached;
}

/** Static paths of every route that exists once per topic page (page, feed, .bib). */
export async function topicPaths(): Promise<{ params: { slug: string }; props: { topic: TopicSummary } }[]> {
  const { topics } = await loadCatalog();
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}
