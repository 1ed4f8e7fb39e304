import type { CatalogPaper, Field } from './catalog-text.ts';
import { isFunctionWord } from './function-words.ts';

/** Longest candidate phrase, in units. */
export const MAX_UNITS = 4;
/** Fewest papers a phrase needs to be a candidate: a topic page lists at least three. */
export const MIN_PAPERS = 3;

/** How one paper mentions one phrase. */
export interface Mention {
  title: number;
  abstract: number;
  keyword: boolean;
  /** The paper defines the phrase's abbreviation: it is a subject of the paper. */
  defined: boolean;
  /** The words as this paper first writes them, for the evidence readers see. */
  form: string;
}

export type Strength = 'strong' | 'medium' | 'weak';

/**
 * How much a mention says the paper is about the phrase. Strong: in the title and the
 * abstract, an author keyword, twice in the abstract, or an abbreviation the paper
 * defines. Medium: the title alone, or a phrase of two words or more mentioned once.
 * Weak: a single word mentioned once in passing.
 */
export function strength(m: Mention, key: string): Strength {
  if (m.keyword || m.defined || (m.title > 0 && m.abstract > 0) || m.abstract >= 2) return 'strong';
  if (m.title > 0 || key.includes(' ')) return 'medium';
  return 'weak';
}

export interface PhraseIndex {
  /** Catalog size. */
  size: number;
  /** Candidate phrase key → papers (indices) mentioning it. */
  papersOf: Map<string, number[]>;
  /** Per paper: candidate key → how it is mentioned. */
  mentions: Map<string, Mention>[];
  /** Candidate key → written form → count: what readers see, for names. */
  forms: Map<string, Map<string, number>>;
  /** Candidate key → its occurrences in running text. */
  occurrences: Map<string, number>;
  /** Candidate key → the share of its occurrences followed by its single most common next word. */
  followed: Map<string, number>;
  /** Candidate key → the share of its occurrences followed by any content word: a modifier ("parameter-efficient") nearly always is. */
  followedAny: Map<string, number>;
}

/** Calls `visit(key, form, start, units)` for every phrase of 1..MAX_UNITS units within one segment, function words excluded. */
function eachPhrase(f: Field, visit: (key: string, start: number, units: number) => void, allowed?: (key: string, units: number) => boolean): void {
  const n = f.keys.length;
  for (let i = 0; i < n; i++) {
    if (isFunctionWord(f.keys[i]!)) continue;
    let key = '';
    for (let u = 1; u <= MAX_UNITS && i + u <= n; u++) {
      const j = i + u - 1;
      if (f.segments[j] !== f.segments[i]) break;
      // "mixture of experts", "theory of mind": `of` may join two words, no other function word may.
      if (isFunctionWord(f.keys[j]!) && !(f.keys[j] === 'of' && j > i && j + 1 < n && !isFunctionWord(f.keys[j + 1]!))) break;
      key = u === 1 ? f.keys[i]! : `${key} ${f.keys[j]!}`;
      if (f.keys[j] === 'of') continue;
      if (allowed !== undefined && !allowed(key, u)) {
        if (u === 1) break;
        continue;
      }
      visit(key, i, u);
    }
  }
}

/** A phrase as the paper writes it: the text from its first unit to its last, hyphens and all. */
function writtenForm(f: Field, start: number, units: number): string {
  const end = start + units - 1;
  const text = f.text.slice(f.starts[start], f.ends[end]);
  // An abbreviation unit stands for its long form: keep the short form as written.
  return /^[\p{L}\p{N}' /-]+$/u.test(text) && !text.includes('  ') ? text : f.raws.slice(start, end + 1).join(' ');
}

function suffix(key: string): string {
  return key.slice(key.indexOf(' ') + 1);
}
function prefix(key: string): string {
  return key.slice(0, key.lastIndexOf(' '));
}

/**
 * Counts the catalog's phrases level by level (Apriori): a phrase of n units is counted
 * only when both its (n-1)-unit halves are in `MIN_PAPERS` papers, so the counts stay
 * as large as the candidates, not as the text. Keywords count as phrases of their own.
 */
export function indexPhrases(papers: readonly CatalogPaper[]): PhraseIndex {
  const frequent = new Set<string>();
  const units = new Map<string, number>();
  for (let level = 1; level <= MAX_UNITS; level++) {
    const df = new Map<string, number>();
    const seen = new Set<string>();
    for (const p of papers) {
      seen.clear();
      const allowed = (key: string, u: number) => {
        if (u < level) return frequent.has(key);
        if (u > level) return false;
        return level === 1 || (frequent.has(prefix(key)) && frequent.has(suffix(key)));
      };
      const count = (key: string, _start: number, u: number) => {
        if (u !== level || seen.has(key)) return;
        seen.add(key);
        df.set(key, (df.get(key) ?? 0) + 1);
      };
      eachPhrase(p.title, count, allowed);
      eachPhrase(p.abstract, count, allowed);
      if (level === 1) for (const k of p.keywords) if (!seen.has(k)) (seen.add(k), df.set(k, (df.get(k) ?? 0) + 1));
    }
    let added = 0;
    for (const [key, n] of df) {
      if (n >= MIN_PAPERS) {
        frequent.add(key);
        units.set(key, level);
        added++;
      }
    }
    if (added === 0) break;
  }

  const papersOf = new Map<string, number[]>();
  const forms = new Map<string, Map<string, number>>();
  const occurrences = new Map<string, number>();
  const next = new Map<string, Map<string, number>>();
  const anyNext = new Map<string, number>();
  const mentions = papers.map((p, index) => {
    const own = new Map<string, Mention>();
    const mention = (key: string, form: string) => {
      let m = own.get(key);
      if (m === undefined) {
        m = { title: 0, abstract: 0, keyword: false, defined: p.defined.has(key), form };
        own.set(key, m);
        const list = papersOf.get(key);
        if (list) list.push(index);
        else papersOf.set(key, [index]);
      }
      return m;
    };
    const read = (f: Field, where: 'title' | 'abstract') => {
      eachPhrase(f, (key, start, u) => {
        if (!frequent.has(key)) return;
        const form = writtenForm(f, start, u);
        mention(key, form)[where]++;
        occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
        const fm = forms.get(key) ?? new Map<string, number>();
        fm.set(form, (fm.get(form) ?? 0) + 1);
        forms.set(key, fm);
        const after = start + u;
        if (after < f.keys.length && f.segments[after] === f.segments[start] && !isFunctionWord(f.keys[after]!)) {
          anyNext.set(key, (anyNext.get(key) ?? 0) + 1);
          const longer = `${key} ${f.keys[after]!}`;
          if (frequent.has(longer)) {
            const nm = next.get(key) ?? new Map<string, number>();
            nm.set(longer, (nm.get(longer) ?? 0) + 1);
            next.set(key, nm);
          }
        }
      });
    };
    read(p.title, 'title');
    read(p.abstract, 'abstract');
    for (const k of p.keywords) if (frequent.has(k)) mention(k, k).keyword = true;
    return own;
  });
  const followed = new Map<string, number>();
  for (const [key, nm] of next) followed.set(key, Math.max(...nm.values()) / Math.max(1, occurrences.get(key) ?? 1));
  const followedAny = new Map<string, number>();
  for (const [key, c] of anyNext) followedAny.set(key, c / Math.max(1, occurrences.get(key) ?? 1));
  return { size: papers.length, papersOf, mentions, forms, occurrences, followed, followedAny };
}
