import type { DerivedTags } from '../types.ts';
import { assignTopics } from './assign.ts';
import { byId, readCatalog, type PaperText } from './catalog-text.ts';
import { forgetCatalogs } from './last-catalog.ts';
import { nearestPapers } from './neighbours.ts';
import { indexPhrases } from './phrase-index.ts';
import type { InducedTopic } from './types.ts';

/**
 * Tags every paper with a published induced vocabulary. The vocabulary is fixed, so a
 * new paper changes another paper's tags only where it lifts a topic over three papers
 * or changes which topic the neighbours of an untagged paper agree on.
 */
export function tagWithInduced(input: readonly PaperText[], topics: readonly InducedTopic[]): Map<string, DerivedTags> {
  try {
    return tag(input, topics);
  } finally {
    // What induction kept of this catalog for tagging is not held past it.
    forgetCatalogs();
  }
}

function tag(input: readonly PaperText[], topics: readonly InducedTopic[]): Map<string, DerivedTags> {
  const papers = [...input].sort(byId);
  const out = new Map<string, DerivedTags>();
  if (topics.length === 0) {
    for (const p of papers) out.set(p.id, { tags: [], evidence: [] });
    return out;
  }
  // Only the vocabulary's phrases are looked for, and neighbours only for the papers that name none.
  const index = indexPhrases(readCatalog(papers).papers, new Set(topics.flatMap((t) => t.phrases)));
  const assigned = assignTopics(index, topics, (bare) => nearestPapers(papers, undefined, bare));
  papers.forEach((p, i) => {
    const list = assigned[i]!;
    out.set(p.id, { tags: list.map((t) => t.slug), evidence: list.map((t) => t.evidence) });
  });
  return out;
}
