import { existsSync } from 'node:fs';
import type { CatalogPaths } from '../content/paths.ts';
import { uncoveredInduced, type TopicLayers } from './derive.ts';
import { induceTopics } from './induce/induce.ts';
import type { InducedTopic } from './induce/types.ts';
import { loadInducedVocabulary } from './induced-vocabulary.ts';
import type { TagInput, Topic } from './types.ts';
import { loadVocabulary } from './vocabulary.ts';

/** Both layers as the catalog holds them; `induced` is undefined when no induced file exists yet. */
export function readLayers(paths: Pick<CatalogPaths, 'topics' | 'induced'>): { curated: Topic[]; induced: InducedTopic[] | undefined } {
  return { curated: existsSync(paths.topics) ? loadVocabulary(paths.topics) : [], induced: loadInducedVocabulary(paths.induced) };
}

/**
 * The layers tagging uses: the published induced vocabulary, or, before one is
 * published, a fresh induction over `papers` (what ingest then writes to the file).
 */
export function resolveLayers(paths: Pick<CatalogPaths, 'topics' | 'induced'>, papers: readonly TagInput[]): TopicLayers & { freshlyInduced: boolean } {
  const { curated, induced } = readLayers(paths);
  if (induced !== undefined) return { curated, induced, freshlyInduced: false };
  return { curated, induced: induceTopics(papers), freshlyInduced: true };
}

/** An induced topic as the site describes it. */
export function inducedAsTopic(t: InducedTopic): Topic {
  const phrases = t.phrases.map((k) => `“${k}”`);
  return {
    slug: t.slug,
    name: t.name,
    description: `Papers that write about ${phrases.slice(0, 3).join(', ')}${phrases.length > 3 ? '…' : ''}. Induced from the catalog.`,
    aliases: t.phrases.filter((k) => k.toLowerCase() !== t.name.toLowerCase()),
    patterns: [],
    ...(t.parent !== undefined ? { parent: t.parent } : {}),
  };
}

/** Every topic the site can show: the curated ones, then the induced ones they do not cover. */
export function siteVocabulary(layers: TopicLayers): Topic[] {
  return [...layers.curated, ...uncoveredInduced(layers).map(inducedAsTopic)];
}
