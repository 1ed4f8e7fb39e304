import { findHitsIn, type CompiledVocabulary, type Hit } from './match.ts';
import { analyzeText, type AnalyzedText } from './normalize.ts';
import type { TagEvidence, TagInput, Topic } from './types.ts';

/** A tag chosen for one paper, with how sure we are and why. */
export interface ScoredTag {
  tag: string;
  score: number;
  evidence: TagEvidence;
  /** Places in the paper that name the topic: between equal scores, the topic named more often wins. */
  mentions?: number;
  /** Where the first mention sits, title before abstract: between equal scores and mentions, the earlier wins. */
  first?: number;
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

/** Fewest tags a paper should carry: one tag links a paper to one page only. */
export const MIN_TAGS = 2;

export interface SelectOptions {
  /** Most vocabulary tags (children's parents come on top). Default: `MAX_VOCABULARY_TAGS`. */
  max?: number;
  /** Share of the best score a tag needs. Default: `RELATIVE_FLOOR`. */
  floor?: number;
  /** Tags a paper should reach with runner-ups under the floor, evidence permitting. Default: `MIN_TAGS`. */
  min?: number;
}

/** A paper's title and abstract, cleaned and split. */
export interface AnalyzedPaper {
  title: AnalyzedText;
  abstract: AnalyzedText;
}

/**
 * Sums a paper's hits per topic; the first title hit, else the first abstract hit, is the evidence.
 * `analyzed` is the paper's text already cleaned and split, when the caller has it.
 */
export function scoreTopics(
  compiled: CompiledVocabulary,
  paper: TagInput,
  analyzed: AnalyzedPaper = { title: analyzeText(paper.title), abstract: analyzeText(paper.abstract) },
): ScoredTag[] {
  const hits: Hit[] = [...findHitsIn(compiled, analyzed.title, 'title'), ...findHitsIn(compiled, analyzed.abstract, 'abstract')];
  const byTopic = new Map<string, { title: Hit | undefined; abstract: Hit[] }>();
  for (const hit of hits) {
    const entry = byTopic.get(hit.topic) ?? { title: undefined, abstract: [] };
    if (hit.where === 'title') entry.title ??= hit;
    else entry.abstract.push(hit);
    byTopic.set(hit.topic, entry);
  }
  const scored: ScoredTag[] = [];
  const offset = paper.title.length + 1;
  for (const [topic, { title, abstract }] of byTopic) {
    const opening = abstract.some((h) => h.strong) ? EVIDENCE_WEIGHTS.strongAbstract : EVIDENCE_WEIGHTS.abstract;
    const abstractScore = abstract.length === 0 ? 0 : Math.min(opening + (abstract.length - 1) * EVIDENCE_WEIGHTS.abstract, EVIDENCE_WEIGHTS.abstractCap);
    const score = (title ? EVIDENCE_WEIGHTS.title : 0) + abstractScore;
    const best = title ?? abstract.reduce((a, b) => (b.start < a.start ? b : a));
    const first = title ? title.start : best.start + offset;
    const mentions = (title ? 1 : 0) + abstract.length;
    scored.push({ tag: topic, score, evidence: { tag: topic, phrase: best.phrase, where: best.where }, mentions, first });
  }
  return scored;
}

/**
 * The topics with enough evidence to tag a paper at all, best first: higher score, then
 * more mentions, then the earlier first mention, then vocabulary order, so ties never
 * depend on anything but the paper and the vocabulary.
 */
export function rankCandidates(scored: readonly ScoredTag[], vocabulary: readonly Topic[]): ScoredTag[] {
  // Built only for a full tie, which is rare: ranking runs twice for every paper of the catalog.
  let order: Map<string, number> | undefined;
  const position = (slug: string) => (order ??= new Map(vocabulary.map((t, i) => [t.slug, i]))).get(slug) ?? 0;
  return scored
    .filter((s) => s.score >= EVIDENCE_WEIGHTS.threshold)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.mentions ?? 0) - (a.mentions ?? 0) ||
        (a.first ?? 0) - (b.first ?? 0) ||
        position(a.tag) - position(b.tag),
    );
}

/**
 * Picks a paper's vocabulary tags from its own text alone, so adding other papers
 * never changes them: enough evidence, close enough to the best tag, at most four.
 * A chosen child also brings its parent, since a reader browsing the broader topic
 * expects to find it.
 *
 * A paper left with fewer than `min` tags also takes its runner-ups: topics under the
 * relative floor that still have real evidence on their own (a title hit, one mention
 * of a specific name, or a common word twice). The floor keeps side remarks off papers
 * with plenty to say; a paper with one tag links to one page only, and its best side
 * topic is still the paper's own evidence. A stray common word never qualifies.
 */
export function selectTopics(scored: readonly ScoredTag[], vocabulary: readonly Topic[], options: SelectOptions = {}): ScoredTag[] {
  const { max = MAX_VOCABULARY_TAGS, floor = RELATIVE_FLOOR, min = MIN_TAGS } = options;
  const ranked = rankCandidates(scored, vocabulary);
  const top = ranked[0]?.score ?? 0;
  const chosen = ranked.filter((s) => s.score >= top * floor).slice(0, max);
  let tags = withParents(chosen, vocabulary);
  for (const runnerUp of ranked) {
    if (tags.length >= min || chosen.length >= max) break;
    if (tags.some((t) => t.tag === runnerUp.tag)) continue;
    chosen.push(runnerUp);
    tags = withParents(chosen, vocabulary);
  }
  return tags;
}

/** Adds the parent of every chosen child that is not already there, right after the child. */
export function withParents(chosen: readonly ScoredTag[], vocabulary: readonly Topic[]): ScoredTag[] {
  const present = new Set(chosen.map((s) => s.tag));
  const out: ScoredTag[] = [];
  for (const s of chosen) {
    out.push(s);
    let parent = parentOf(s.tag, vocabulary);
    while (parent !== undefined && !present.has(parent)) {
      present.add(parent);
      out.push({ tag: parent, score: s.score, evidence: { tag: parent, phrase: s.evidence.phrase, where: 'parent' } });
      parent = parentOf(parent, vocabulary);
    }
  }
  return out;
}

/**
 * The parent of a topic (of the last topic with that slug, as a map built from the list
 * would say). A scan, not a map: a paper has a few tags, and building a map of the
 * vocabulary for each of them cost more than the scans, tens of thousands of times.
 */
function parentOf(slug: string, vocabulary: readonly Topic[]): string | undefined {
  for (let i = vocabulary.length - 1; i >= 0; i--) if (vocabulary[i]!.slug === slug) return vocabulary[i]!.parent;
  return undefined;
}
