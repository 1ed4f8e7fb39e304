import { foldSmallTopics } from './fold.ts';
import { byId, readCatalog, wordsAsRead, type Field } from './induce/catalog-text.ts';
import { neighboursAhead, tagWithInduced } from './induce/induced-tags.ts';
import type { InducedTopic } from './induce/types.ts';
import { compileVocabulary } from './match.ts';
import { analyzeText, phraseKeys, type AnalyzedText } from './normalize.ts';
import { MIN_TAGS, rankCandidates, scoreTopics, selectTopics, type AnalyzedPaper, type ScoredTag } from './select.ts';
import { topUpFromRunnerUps } from './top-up.ts';
import type { DerivedTags, TagInput, Topic } from './types.ts';

export { MIN_TAGS };
/** Most tags a paper may carry. */
export const MAX_TAGS = 6;

/** The two vocabularies tagging reads: the maintainers' curated one and the one induced from the catalog. */
export interface TopicLayers {
  /** `content/topics.yaml`; empty when the catalog has none. */
  curated: readonly Topic[];
  /** `content/topics.induced.yaml`; empty before the first induction. */
  induced: readonly InducedTopic[];
}

/** Canonical keys of every name and alias of the curated vocabulary: what it already speaks for. */
export function curatedPhrases(curated: readonly Topic[]): Set<string> {
  const keys = new Set<string>();
  for (const t of curated) for (const name of [t.name, t.slug.replace(/-/g, ' '), ...t.aliases]) keys.add(phraseKeys(name).join(' '));
  return keys;
}

/**
 * The induced topics the curated vocabulary does not already name: where a phrase of an
 * induced topic is a curated name or alias, the curated topic wins and the induced one
 * leaves (its children become top-level).
 */
export function uncoveredInduced(layers: TopicLayers): InducedTopic[] {
  const covered = curatedPhrases(layers.curated);
  const curatedSlugs = new Set(layers.curated.map((t) => t.slug));
  const kept = layers.induced.filter((t) => !curatedSlugs.has(t.slug) && !t.phrases.some((k) => covered.has(k)));
  const slugs = new Set(kept.map((t) => t.slug));
  return kept.map((t) => (t.parent !== undefined && !slugs.has(t.parent) ? { slug: t.slug, name: t.name, phrases: t.phrases } : t));
}

/**
 * What the curated vocabulary is matched against: the title, and the abstract with the
 * authors' keywords after it. A paper without keywords takes the words induction split
 * (the same words, kept by wordsAsRead), with the text's trailing space, as
 * `analyzeText(abstract + ' ')` gives it.
 */
function curatedText(paper: TagInput, read: { title: Field; abstract: Field } | undefined): AnalyzedPaper {
  const keywords = paper.keywords ?? [];
  if (read === undefined || keywords.length > 0) return { title: analyzeText(paper.title), abstract: analyzeText(`${paper.abstract} ${keywords.join('. ')}`) };
  const words = (f: Field, after: string): AnalyzedText => ({ clean: f.text + after, keys: f.keys, starts: f.starts, ends: f.ends, segments: f.segments });
  return { title: words(read.title, ''), abstract: words(read.abstract, ' ') };
}

/** Tags from the curated vocabulary alone: vocabulary hits, the paper's own choice, small topics folded, runner-ups. */
function tagCurated(papers: readonly TagInput[], vocabulary: readonly Topic[]): { tags: Map<string, ScoredTag[]>; scored: Map<string, ScoredTag[]> } {
  const compiled = compileVocabulary(vocabulary);
  const scored = new Map<string, ScoredTag[]>();
  const chosen = new Map<string, ScoredTag[]>();
  const read = wordsAsRead(papers);
  for (const paper of papers) {
    const text = curatedText(paper, read?.get(paper.id));
    const own = scoreTopics(compiled, paper, text);
    scored.set(paper.id, own);
    chosen.set(paper.id, selectTopics(own, vocabulary));
  }
  return { tags: topUpFromRunnerUps(foldSmallTopics(chosen, vocabulary), scored, vocabulary, MIN_TAGS), scored };
}

/**
 * Derives every paper's tags from both layers. Pure and deterministic.
 *
 *   curated vocabulary ─► hits, choice, fold, runner-ups ─┐
 *   induced vocabulary ─► phrases, neighbours, levels ────┴─► curated first; induced fill ─► ≤ 6 tags
 *
 * The curated layer wins where it speaks: a paper it tags keeps those tags, and takes
 * induced ones (from its own text, never from neighbours) only up to two tags. A paper
 * the curated layer does not reach gets its induced topics. With no curated file, the
 * induced layer tags every paper. A paper neither layer tags keeps its best curated
 * candidate, even one without a page.
 */
export function tagCatalog(papers: readonly TagInput[], layers: TopicLayers): Map<string, DerivedTags> {
  const inducedTopics = uncoveredInduced(layers);
  // a large catalog's neighbours, for its papers that name no topic, on a second core meanwhile
  const ahead = inducedTopics.length > 0 ? neighboursAhead(papers) : undefined;
  // Tagging with induced topics reads the catalog (readCatalog): read it first, and the curated layer matches on its words.
  if (inducedTopics.length > 0 && layers.curated.length > 0) readCatalog([...papers].sort(byId));
  let curatedTags: ReturnType<typeof tagCurated>;
  try {
    curatedTags = layers.curated.length > 0 ? tagCurated(papers, layers.curated) : { tags: new Map<string, ScoredTag[]>(), scored: new Map<string, ScoredTag[]>() };
  } catch (error) {
    ahead?.cancel();
    throw error;
  }
  const { tags: curated, scored } = curatedTags;
  const induced = tagWithInduced(papers, inducedTopics, ahead);
  const result = new Map<string, DerivedTags>();
  for (const paper of papers) {
    const own = curated.get(paper.id) ?? [];
    const fill = induced.get(paper.id) ?? { tags: [], evidence: [] };
    const tags = own.map((t) => t.tag);
    const evidence = own.map((t) => t.evidence);
    fill.tags.forEach((tag, i) => {
      const e = fill.evidence[i]!;
      if (tags.includes(tag)) return;
      if (own.length > 0 && (tags.length >= MIN_TAGS || e.where === 'neighbours' || e.where === 'parent')) return;
      tags.push(tag);
      evidence.push(e);
    });
    // A paper neither layer tags (a catalog too small for topics of three papers, or a paper
    // unlike all others) keeps its best curated topic from its own text, page or not.
    const best = tags.length === 0 ? rankCandidates(scored.get(paper.id) ?? [], layers.curated)[0] : undefined;
    if (best !== undefined) {
      tags.push(best.tag);
      evidence.push(best.evidence);
    }
    result.set(paper.id, { tags: tags.slice(0, MAX_TAGS), evidence: evidence.slice(0, MAX_TAGS) });
  }
  return result;
}
