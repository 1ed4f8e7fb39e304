import { findHits, type CompiledVocabulary, type Hit } from './match.ts';
import type { TagEvidence, TagInput, Topic } from './types.ts';

/** A tag chosen for one paper, with how sure we are and why. */
export interface ScoredTag {
  tag: string;
  score: number;
  evidence: TagEvidence;
}

/**
 * How much each kind of evidence counts. A title names what the paper is about, so
 * one title hit is enough; an abstract mentions many things in passing, so it takes
 * two mentions. Past a few mentions, more repetition says little.
 */
export const EVIDENCE_WEIGHTS = {
  title: 3,
  /** One mention of a specific name (several words, an abbreviation) is enough... */
  strongAbstract: 2,
  /** ...but a common word has to come up twice. */
  abstract: 1,
  /** Most abstract mentions that count. */
  abstractCap: 4,
  /** Least score that makes a tag. */
  threshold: 2,
} as const;

/** Most vocabulary tags one paper keeps (parents come on top): beyond that, tags stop telling papers apart. */
export const MAX_VOCABULARY_TAGS = 4;

/** A tag whose score is below this share of the paper's best tag is a side remark. */
export const RELATIVE_FLOOR = 0.3;

export interface SelectOptions {
  /** Most vocabulary tags (children's parents come on top). Default: `MAX_VOCABULARY_TAGS`. */
  max?: number;
  /** Share of the best score a tag needs. Default: `RELATIVE_FLOOR`. */
  floor?: number;
}

/** Sums a paper's hits per topic; the first title hit, else the first abstract hit, is the evidence. */
export function scoreTopics(compiled: CompiledVocabulary, paper: TagInput): ScoredTag[] {
  const hits: Hit[] = [...findHits(compiled, paper.title, 'title'), ...findHits(compiled, paper.abstract, 'abstract')];
  const byTopic = new Map<string, { title: Hit | undefined; abstract: Hit[] }>();
  for (const hit of hits) {
    const entry = byTopic.get(hit.topic) ?? { title: undefined, abstract: [] };
    if (hit.where === 'title') entry.title ??= hit;
    else entry.abstract.push(hit);
    byTopic.set(hit.topic, entry);
  }
  const scored: ScoredTag[] = [];
  for (const [topic, { title, abstract }] of byTopic) {
    const first = abstract.some((h) => h.strong) ? EVIDENCE_WEIGHTS.strongAbstract : EVIDENCE_WEIGHTS.abstract;
    const abstractScore = abstract.length === 0 ? 0 : Math.min(first + (abstract.length - 1) * EVIDENCE_WEIGHTS.abstract, EVIDENCE_WEIGHTS.abstractCap);
    const score = (title ? EVIDENCE_WEIGHTS.title : 0) + abstractScore;
    const best = title ?? abstract.reduce((a, b) => (b.start < a.start ? b : a));
    scored.push({ tag: topic, score, evidence: { tag: topic, phrase: best.phrase, where: best.where } });
  }
  return scored;
}

/**
 * Picks a paper's vocabulary tags from its own text alone, so adding other papers
 * never changes them: enough evidence, close enough to the best tag, at most five.
 * A chosen child also brings its parent, since a reader browsing the broader topic
 * expects to find it.
 */
export function selectTopics(scored: readonly ScoredTag[], vocabulary: readonly Topic[], options: SelectOptions = {}): ScoredTag[] {
  const { max = MAX_VOCABULARY_TAGS, floor = RELATIVE_FLOOR } = options;
  const order = new Map(vocabulary.map((t, i) => [t.slug, i]));
  const ranked = scored
    .filter((s) => s.score >= EVIDENCE_WEIGHTS.threshold)
    .sort((a, b) => b.score - a.score || (order.get(a.tag) ?? 0) - (order.get(b.tag) ?? 0));
  const top = ranked[0]?.score ?? 0;
  const chosen = ranked.filter((s) => s.score >= top * floor).slice(0, max);
  return withParents(chosen, vocabulary);
}

/** Adds the parent of every chosen child that is not already there, right after the child. */
export function withParents(chosen: readonly ScoredTag[], vocabulary: readonly Topic[]): ScoredTag[] {
  const parentOf = new Map(vocabulary.map((t) => [t.slug, t.parent]));
  const present = new Set(chosen.map((s) => s.tag));
  const out: ScoredTag[] = [];
  for (const s of chosen) {
    out.push(s);
    let parent = parentOf.get(s.tag);
    while (parent !== undefined && !present.has(parent)) {
      present.add(parent);
      out.push({ tag: parent, score: s.score, evidence: { tag: parent, phrase: s.evidence.phrase, where: 'parent' } });
      parent = parentOf.get(parent);
    }
  }
  return out;
}
