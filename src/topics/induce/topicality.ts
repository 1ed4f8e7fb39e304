import { isNumeral } from './function-words.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { strength } from './phrase-index.ts';

/** What the catalog says of one candidate phrase. */
export interface Topicality {
  key: string;
  papers: number;
  /** Share of its papers that mention it strongly (title and abstract, twice, a keyword, a definition). */
  strongShare: number;
  /**
   * How much more often than chance its papers are each other's nearest neighbours,
   * scaled like Cohen's kappa: 0 when its papers are as scattered as any, 1 when each
   * paper's neighbours hold as many of the others as there are places.
   */
  cohesion: number;
  /** strongShare × cohesion: the phrase names a subject its papers are about. */
  score: number;
}

/** Bar on `score` for a phrase of two units or more. */
export const PHRASE_BAR = 0.1;
/** Bar for a single word, which many papers use without being about it; it rises with the word's share of the catalog. */
export const WORD_BAR = 0.3;

/**
 * Scores every candidate. A generic phrase ("experimental results", "non-trivial",
 * "sufficient condition") is used once in passing by papers of every subject: few strong
 * mentions, and papers that are not each other's neighbours. A topic is written again
 * and again by papers that read alike. Both figures come from the catalog, so the same
 * rule holds for a list of any field, without a list of words to refuse.
 */
export function scoreTopicality(index: PhraseIndex, neighbours: readonly (readonly number[])[]): Map<string, Topicality> {
  const n = index.size;
  const out = new Map<string, Topicality>();
  // The phrase's papers, marked by the phrase's turn: a neighbour is looked up in an array, not in its mention map.
  const mark = new Int32Array(n);
  let turn = 0;
  for (const [key, papers] of index.papersOf) {
    if (papers.length < 3) continue;
    let strong = index.strongPapers?.get(key);
    if (strong === undefined) {
      strong = 0;
      for (const p of papers) if (strength(index.mentions[p]!.get(key)!, key) === 'strong') strong++;
    }
    const strongShare = strong / papers.length;
    // Cohesion is at most 1: a phrase whose strong share is under its bar cannot pass, and is not measured.
    if (strong < MIN_STRONG_PAPERS || strongShare < barFor(key, papers.length, n)) {
      out.set(key, { key, papers: papers.length, strongShare, cohesion: 0, score: 0 });
      continue;
    }
    turn++;
    for (const p of papers) mark[p] = turn;
    let inside = 0;
    let total = 0;
    for (const p of papers) {
      const near = neighbours[p]!;
      total += near.length;
      for (const q of near) if (mark[q] === turn) inside++;
    }
    const expected = (papers.length - 1) / Math.max(1, n - 1);
    const observed = total === 0 ? 0 : inside / total;
    // The most a paper's neighbours can hold of the phrase's other papers: a topic of 5 papers fills 4 of 20 places at best.
    const k = total / papers.length;
    const most = k === 0 ? 0 : Math.min(1, (papers.length - 1) / k);
    const cohesion = most <= expected ? 0 : Math.max(0, Math.min(1, (observed - expected) / (most - expected)));
    out.set(key, { key, papers: papers.length, strongShare, cohesion, score: strongShare * cohesion });
  }
  return out;
}

/** Papers that must be strongly about a phrase: one paper's repetition makes no topic. */
export const MIN_STRONG_PAPERS = 2;

/** True when the phrase passes the bar for its length and its share of the catalog. */
export function isTopical(t: Topicality, catalogSize: number): boolean {
  if (t.strongShare * t.papers < MIN_STRONG_PAPERS - 1e-9) return false;
  // "FORTRAN IV", "Part II": however often written, a number alone is no subject
  if (isNumeral(t.key)) return false;
  return t.score >= barFor(t.key, t.papers, catalogSize);
}

/**
 * Shares of the catalog at which the bar is twice its base. A word many papers write is
 * more often generic than a phrase is ("network" against "language models" in an ML
 * catalog of 200 papers, where one paper in five writes either): a word's bar rises twice
 * as fast.
 */
export const WORD_DOUBLES_AT = 0.1;
export const PHRASE_DOUBLES_AT = 0.2;

/** The bar on strongShare × cohesion for a phrase in `papers` of `catalogSize` papers: higher for single words, rising with the share. */
function barFor(key: string, papers: number, catalogSize: number): number {
  const share = papers / Math.max(1, catalogSize);
  return key.includes(' ') ? PHRASE_BAR * (1 + share / PHRASE_DOUBLES_AT) : WORD_BAR * (1 + share / WORD_DOUBLES_AT);
}
