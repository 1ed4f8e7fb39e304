import { slugify } from '../ingest/slug.ts';
import { MIN_TOPIC_PAPERS } from './fold.ts';
import { extractKeyphrases, type Keyphrase } from './keyphrases.ts';
import type { CompiledVocabulary } from './match.ts';
import type { ScoredTag } from './select.ts';
import type { TagInput } from './types.ts';

/** Keyphrases of every paper and how many papers hold each: the catalog-wide part of tagging. */
export interface KeyphraseIndex {
  perPaper: Map<string, Keyphrase[]>;
  df: Map<string, number>;
  size: number;
}

/** A phrase held by more than this share of the catalog describes the catalog, not a paper. */
export const MAX_DF_SHARE = 0.5;

export function indexKeyphrases(papers: readonly TagInput[]): KeyphraseIndex {
  const perPaper = new Map<string, Keyphrase[]>();
  const df = new Map<string, number>();
  for (const paper of papers) {
    const phrases = extractKeyphrases(paper.title, paper.abstract);
    perPaper.set(paper.id, phrases);
    for (const p of phrases) df.set(p.key, (df.get(p.key) ?? 0) + 1);
  }
  return { perPaper, df, size: papers.length };
}

/** A keyphrase of one paper with its TF-IDF weight across the catalog. */
export interface RankedKeyphrase extends Keyphrase {
  df: number;
  score: number;
  slug: string;
}

/**
 * One paper's keyphrases by TF-IDF, best first. Multi-word phrases get a bonus because
 * "gene expression" names a topic where "expression" does not. Phrases the vocabulary
 * already knows are skipped: the vocabulary decided about them with better evidence.
 */
export function rankKeyphrases(index: KeyphraseIndex, id: string, compiled: CompiledVocabulary): RankedKeyphrase[] {
  const ranked: RankedKeyphrase[] = [];
  for (const p of index.perPaper.get(id) ?? []) {
    if (compiled.phrases.has(p.key.replace(/ /g, ''))) continue;
    const df = index.df.get(p.key) ?? 1;
    const words = p.key.split(' ').length;
    const score = p.tf * Math.log((index.size + 1) / df) * (1 + 0.5 * (words - 1));
    ranked.push({ ...p, df, score, slug: slugify(p.key) });
  }
  return ranked.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** True when one phrase's words are a run inside the other's: `gene` and `gene expression`. */
function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/**
 * Tops up papers that have fewer than `minTags` tags with keyphrases shared by enough
 * papers to earn a page. Afterwards a keyphrase tag that ended up on fewer than three
 * papers is removed again, unless it is the paper's only tag: no paper goes untagged.
 */
export function addFallbackTags(
  assigned: ReadonlyMap<string, readonly ScoredTag[]>,
  index: KeyphraseIndex,
  compiled: CompiledVocabulary,
  minTags: number,
): Map<string, ScoredTag[]> {
  const maxDf = Math.max(MIN_TOPIC_PAPERS, Math.ceil(index.size * MAX_DF_SHARE));
  const out = new Map<string, ScoredTag[]>();
  const fallbackSlugs = new Set<string>();
  for (const [id, tags] of assigned) {
    const next = [...tags];
    if (next.length < minTags) {
      const ranked = rankKeyphrases(index, id, compiled);
      const taken: string[] = [];
      const take = (k: RankedKeyphrase) => {
        if (next.some((t) => t.tag === k.slug) || taken.some((t) => overlaps(t, k.key))) return;
        taken.push(k.key);
        fallbackSlugs.add(k.slug);
        next.push({ tag: k.slug, score: k.score, evidence: { tag: k.slug, phrase: k.phrase, where: 'keyphrase' } });
      };
      for (const k of ranked) {
        if (next.length >= minTags) break;
        if (k.df >= MIN_TOPIC_PAPERS && k.df <= maxDf) take(k);
      }
      if (next.length === 0 && ranked[0] !== undefined) take(ranked[0]);
    }
    out.set(id, next);
  }
  const counts = new Map<string, number>();
  for (const tags of out.values()) for (const t of tags) counts.set(t.tag, (counts.get(t.tag) ?? 0) + 1);
  for (const [id, tags] of out) {
    const kept = tags.filter((t) => !fallbackSlugs.has(t.tag) || (counts.get(t.tag) ?? 0) >= MIN_TOPIC_PAPERS);
    out.set(id, kept.length > 0 ? kept : tags.slice(0, 1));
  }
  return out;
}
