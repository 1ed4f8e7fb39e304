import type { DerivedTags } from '../types.ts';
import { assignTopics } from './assign.ts';
import { byId, readCatalog, type PaperText } from './catalog-text.ts';
import { forgetCatalogs } from './last-catalog.ts';
import { keepNeighbours, knowsNeighbours, nearestPapers, NEIGHBOURS } from './neighbours.ts';
import { neighboursOnThread, WORKER_FROM, type PendingNeighbours } from './neighbours-worker.ts';
import { indexPhrases } from './phrase-index.ts';
import type { InducedTopic } from './types.ts';

/**
 * Starts finding the papers' neighbours on a second thread, for a catalog large enough
 * (WORKER_FROM) whose neighbours induction has not found already: tagging asks for them
 * late, for the papers that name no topic, and the thread works while this one matches
 * both vocabularies. Hand the result to `tagWithInduced`; undefined where no thread starts.
 */
export function neighboursAhead(input: readonly PaperText[]): PendingNeighbours | undefined {
  if (input.length < WORKER_FROM) return undefined;
  const papers = [...input].sort(byId);
  return knowsNeighbours(papers) ? undefined : neighboursOnThread(papers, NEIGHBOURS, false);
}

/**
 * Tags every paper with a published induced vocabulary. The vocabulary is fixed, so a
 * new paper changes another paper's tags only where it lifts a topic over three papers
 * or changes which topic the neighbours of an untagged paper agree on.
 */
export function tagWithInduced(input: readonly PaperText[], topics: readonly InducedTopic[], ahead?: PendingNeighbours): Map<string, DerivedTags> {
  try {
    return tag(input, topics, ahead);
  } finally {
    ahead?.cancel();
    // What induction kept of this catalog for tagging is not held past it.
    forgetCatalogs();
  }
}

function tag(input: readonly PaperText[], topics: readonly InducedTopic[], ahead: PendingNeighbours | undefined): Map<string, DerivedTags> {
  const papers = [...input].sort(byId);
  const out = new Map<string, DerivedTags>();
  if (topics.length === 0) {
    for (const p of papers) out.set(p.id, { tags: [], evidence: [] });
    return out;
  }
  // Only the vocabulary's phrases are looked for, and neighbours only for the papers that name none.
  const index = indexPhrases(readCatalog(papers).papers, new Set(topics.flatMap((t) => t.phrases)));
  const assigned = assignTopics(index, topics, (bare) => {
    // what the thread found (neighboursAhead) is what nearestPapers would find here
    const found = ahead?.take();
    if (found !== undefined) keepNeighbours(papers, NEIGHBOURS, found.neighbours);
    return nearestPapers(papers, undefined, bare);
  });
  papers.forEach((p, i) => {
    const list = assigned[i]!;
    out.set(p.id, { tags: list.map((t) => t.slug), evidence: list.map((t) => t.evidence) });
  });
  return out;
}
