import { join } from 'node:path';

/**
 * Where the catalog lives, relative to the project root: the one module that names
 * these paths. Commands, the build and the checks resolve them under their root with
 * `catalogPaths`, and messages show them as written here.
 */

/** The content folder: the entries and the topic vocabulary. */
export const CONTENT_DIR = 'content';
/** One MDX entry per paper, `<slug>.mdx`. */
export const PAPERS_DIR = `${CONTENT_DIR}/papers`;
/** The topic vocabulary. */
export const TOPICS_FILE = `${CONTENT_DIR}/topics.yaml`;
/** The topic vocabulary induced from the catalog (written by ingest once, then by `npm run topics:induce -- --accept`). */
export const INDUCED_TOPICS_FILE = `${CONTENT_DIR}/topics.induced.yaml`;
/** A fresh induction for a maintainer to review, written by `npm run topics:induce`. */
export const PROPOSED_TOPICS_FILE = `${CONTENT_DIR}/topics.proposed.yaml`;
/** The seed lists ingest turns into entries. */
export const SEEDS_DIR = 'seeds';
/** The build caches (derived, ignored by git, always safe to delete). */
export const CACHE_DIR = '.cache/paper-atlas';

/** The entry file of `slug`, relative to the root, as messages and reports show it. */
export function entryPath(slug: string): string {
  return `${PAPERS_DIR}/${slug}.mdx`;
}

export interface CatalogPaths {
  papers: string;
  topics: string;
  induced: string;
  proposed: string;
  seeds: string;
  cache: string;
}

/** The same places as absolute paths in the project at `root`. */
export function catalogPaths(root: string): CatalogPaths {
  return { papers: join(root, PAPERS_DIR), topics: join(root, TOPICS_FILE), induced: join(root, INDUCED_TOPICS_FILE), proposed: join(root, PROPOSED_TOPICS_FILE), seeds: join(root, SEEDS_DIR), cache: join(root, CACHE_DIR) };
}
