import { createHash } from 'node:crypto';
import { cacheFile, readCacheFile, writeCacheFile } from '../content/cache-file.ts';
import type { TopicLayers } from './derive.ts';
import type { DerivedTags, TagInput } from './types.ts';

/**
 * Ingest derives every paper's tags and the evidence for them; the site shows that
 * evidence ("Why these topics"). Rather than tagging the whole catalog a second time
 * during the build (seconds at tens of thousands of papers), ingest leaves its result
 * here, keyed by everything tagging reads: each paper's id, title and abstract, and
 * the vocabulary. The site uses it only when the key matches, and tags again otherwise.
 */
const VERSION = 2;

export function evidenceCacheFile(root: string): string {
  return cacheFile(root, 'tag-evidence.json');
}

/** A digest of all that tagging reads (the papers, in any order, and both parsed vocabularies). */
export function taggingKey(papers: readonly TagInput[], layers: TopicLayers): string {
  const hash = createHash('sha256').update(`v${VERSION}\n${JSON.stringify(layers.curated)}\n${JSON.stringify(layers.induced)}\n`);
  for (const paper of [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(`${paper.id}\u0000${paper.title.trim()}\u0000${paper.abstract.trim()}\u0000${(paper.keywords ?? []).join('\u0002')}\u0001`);
  }
  return hash.digest('hex');
}

export function writeEvidence(file: string, key: string, derived: ReadonlyMap<string, DerivedTags>): void {
  writeCacheFile(file, { key, derived: Object.fromEntries(derived) });
}

/** The derived tags stored under `key`, or undefined when the file is missing or was written for other input. */
export function readEvidence(file: string, key: string): Map<string, DerivedTags> | undefined {
  const parsed = readCacheFile(file) as { key?: string; derived?: Record<string, DerivedTags> } | undefined;
  if (parsed?.key !== key || !parsed.derived) return undefined;
  return new Map(Object.entries(parsed.derived));
}
