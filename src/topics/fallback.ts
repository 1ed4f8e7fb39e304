import { slugify } from '../content/slug.ts';
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
 * One paper's keyphrases by TF-IDF, best first. Single words count half because
 * "gene expression" names a topic where "expression" or "rates" does not. Phrases the vocabulary
 * already knows are skipped: the vocabulary decided about them with better evidence.
 */
export function rankKeyphrases(index: KeyphraseIndex, id: string, compiled: CompiledVocabulary): RankedKeyphrase[] {
  const ranked: RankedKeyphrase[] = [];
  for (const p of index.perPaper.get(id) ?? []) {
    if (compiled.phrases.has(p.key.replace(/ /g, ''))) continue;
    const df = index.df.get(p.key) ?? 1;
    const words = p.key.split(' ').length;
    const score = p.tf * Math.log((index.size + 1) / df) * (words === 1 ? 0.5 : 1 + 0.5 * (words - 2));
    ranked.push({ ...p, df, score, slug: slugify(p.key) });
  }
  return ranked.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** True when one phrase's words are a run inside the other's: `gene` and `gene expression`. */
function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** How many of its best phrases each paper in need nominates as catalog topics. */
export const NOMINATIONS = 5;

/**
 * Tops up papers that have fewer than `minTags` tags with keyphrase topics, found
 * greedily: among the phrases that papers in need rank among their best, take the one
 * with the most TF-IDF over the papers still in need that rank it so, give it to all
 * of them, and repeat. A phrase needs three such papers, so every keyphrase topic gets a
 * page, and two words: a lone "image" or "line" names no topic. A paper left with no tag at all takes its own best phrase: no paper goes
 * untagged, even when it shares nothing with the rest of the catalog.
 */
export function addFallbackTags(
  assigned: ReadonlyMap<string, readonly ScoredTag[]>,
  index: KeyphraseIndex,
  compiled: CompiledVocabulary,
  minTags: number,
): Map<string, ScoredTag[]> {
  const maxDf = Math.max(MIN_TOPIC_PAPERS, Math.ceil(index.size * MAX_DF_SHARE));
  const out = new Map([...assigned].map(([id, tags]) => [id, [...tags]]));
  const needy = [...out].filter(([, tags]) => tags.length < minTags).map(([id]) => id);
  const ranked = new Map(needy.map((id) => [id, rankKeyphrases(index, id, compiled).filter((k) => k.df <= maxDf)]));
  const byKey = new Map<string, Map<string, RankedKeyphrase>>();
  for (const [id, list] of ranked) {
    for (const k of list) byKey.set(k.key, (byKey.get(k.key) ?? new Map()).set(id, k));
  }
  // A paper only joins a keyphrase topic it ranks among its own best: a passing mention is no topic.
  const nominated = new Map<string, Set<string>>();
  for (const [id, list] of ranked) {
    const best = list.filter((k) => k.key.includes(' ') && (byKey.get(k.key)?.size ?? 0) >= MIN_TOPIC_PAPERS).slice(0, NOMINATIONS);
    nominated.set(id, new Set(best.map((k) => k.key)));
  }
  const candidates = new Set([...nominated.values()].flatMap((keys) => [...keys]));
  const taken = new Map<string, string[]>(needy.map((id) => [id, []]));
  const canTake = (id: string, key: string) =>
    out.get(id)!.length < minTags && nominated.get(id)!.has(key) && !taken.get(id)!.some((t) => overlaps(t, key));
  const give = (id: string, k: RankedKeyphrase) => {
    taken.get(id)!.push(k.key);
    out.get(id)!.push({ tag: k.slug, score: k.score, evidence: { tag: k.slug, phrase: k.phrase, where: 'keyphrase' } });
  };

  for (;;) {
    let best: { key: string; total: number; holders: RankedKeyphrase[]; ids: string[] } | undefined;
    for (const key of [...candidates].sort()) {
      const entries = [...(byKey.get(key) ?? [])].filter(([id]) => canTake(id, key));
      if (entries.length < MIN_TOPIC_PAPERS) continue;
      const total = entries.reduce((sum, [, k]) => sum + k.score, 0);
      if (best === undefined || total > best.total) best = { key, total, holders: entries.map(([, k]) => k), ids: entries.map(([id]) => id) };
    }
    if (best === undefined) break;
    candidates.delete(best.key);
    best.ids.forEach((id, i) => give(id, best.holders[i]!));
  }
  for (const id of needy) {
    if (out.get(id)!.length > 0) continue;
    const own = ranked.get(id)?.[0] ?? rankKeyphrases(index, id, compiled)[0];
    if (own !== undefined) give(id, own);
  }
  return out;
}
