import type { CatalogPaper, Field } from './catalog-text.ts';

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
  /** Candidate key → its occurrences in running text. */
  occurrences: Map<string, number>;
  /** Candidate key → the share of its occurrences followed by its single most common next word. */
  followed: Map<string, number>;
  /** Candidate key → the share of its occurrences followed by any content word: a modifier ("parameter-efficient") nearly always is. */
  followedAny: Map<string, number>;
}

/**
 * Calls `visit(key, start, units)` for every phrase of 1..`maxUnits` units within one
 * segment, function words excluded. Where `goOn(key, units, endsWithFunctionWord)` says no,
 * the walk from that word stops: every longer phrase from there starts with `key`.
 */
function eachPhrase(
  f: Field,
  visit: (key: string, start: number, units: number) => void,
  maxUnits = MAX_UNITS,
  goOn?: (key: string, units: number, endsWithFunctionWord: boolean) => boolean,
): void {
  const n = f.keys.length;
  const fw = f.functionWords;
  // Unit j is written joined to unit j + 1 by a hyphen ("few-shot", "state-of-the-art").
  const hyphen = (j: number) => j + 1 < n && f.text.charCodeAt(f.ends[j]!) === 45 && f.starts[j + 1] === f.ends[j]! + 1;
  for (let i = 0; i < n; i++) {
    // A function word starts a phrase only as part of a hyphenated compound: "few-shot learning".
    if (fw[i] && !hyphen(i)) continue;
    let key = '';
    for (let u = 1; u <= maxUnits && i + u <= n; u++) {
      const j = i + u - 1;
      if (f.segments[j] !== f.segments[i]) break;
      // Inside a phrase, a function word may only join: `of` ("mixture of experts") or a hyphen.
      if (fw[j] && j > i && !hyphen(j - 1) && !hyphen(j) && !(f.keys[j] === 'of' && j + 1 < n && !fw[j + 1])) break;
      key = u === 1 ? f.keys[i]! : `${key} ${f.keys[j]!}`;
      if (goOn !== undefined && !goOn(key, u, fw[j]!)) break;
      // A phrase never ends with a function word.
      if (fw[j]) continue;
      visit(key, i, u);
    }
  }
}

/** Every key a phrase of `keys` starts with, itself included, as eachPhrase builds them ("mixture", "mixture of", "mixture of expert"). */
function startsOf(keys: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const key of keys) {
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) starts.add(key.slice(0, at));
    starts.add(key);
  }
  return starts;
}

/** A phrase as the paper writes it: the text from its first unit to its last, hyphens and all. */
function writtenForm(f: Field, start: number, units: number): string {
  const end = start + units - 1;
  const text = f.text.slice(f.starts[start], f.ends[end]);
  // An abbreviation unit stands for its long form: keep the short form as written.
  return /^[\p{L}\p{N}' /-]+$/u.test(text) && !text.includes('  ') ? text : f.raws.slice(start, end + 1).join(' ');
}

/**
 * A paper's mention of a phrase as the index builds it: the written form is read from the
 * text only when asked (names and evidence ask for a few; the index holds millions at 30,000 papers).
 */
class IndexedMention implements Mention {
  title = 0;
  abstract = 0;
  keyword = false;
  #form: string | undefined;
  constructor(
    public defined: boolean,
    private readonly source: Field | undefined,
    private readonly start: number,
    private readonly units: number,
    form?: string,
  ) {
    this.#form = form;
  }
  get form(): string {
    return (this.#form ??= writtenForm(this.source!, this.start, this.units));
  }
}

/** The phrase without its first unit (and a joining `of` after it): "mixture of expert" → "expert". */
function suffix(key: string): string {
  const rest = key.slice(key.indexOf(' ') + 1);
  return rest.startsWith('of ') ? rest.slice(3) : rest;
}
/** The phrase without its last unit (and a joining `of` before it). */
function prefix(key: string): string {
  const rest = key.slice(0, key.lastIndexOf(' '));
  return rest.endsWith(' of') ? rest.slice(0, -3) : rest;
}

/** Per phrase: occurrences in running text, and how many are followed by a further content word. */
interface Occurrence {
  count: number;
  followed: number;
}

/**
 * Counts the catalog's phrases in two passes (Apriori): phrases of one and two units
 * first, then longer ones only where both halves are in `MIN_PAPERS` papers, so the counts
 * stay as large as the candidates, not as the text. Keywords count as phrases of their own.
 * With `only`, it records just those phrases in one pass (tagging with a known vocabulary).
 */
export function indexPhrases(papers: readonly CatalogPaper[], only?: ReadonlySet<string>): PhraseIndex {
  const full = fullIndexes.get(papers);
  if (full !== undefined && only !== undefined && [...only].every((key) => full.frequent.has(key))) return restrict(full.index, only);
  const { index, frequent } = indexAfresh(papers, only);
  if (only === undefined) fullIndexes.set(papers, { index, frequent });
  return index;
}

/**
 * The full index of each catalog read (readCatalog keeps the last one), with the phrases it
 * counted: tagging with phrases induced from the same catalog looks for some of those.
 */
const fullIndexes = new WeakMap<readonly CatalogPaper[], { index: PhraseIndex; frequent: ReadonlySet<string> }>();

/**
 * The index `indexPhrases(papers, only)` builds, taken from the full index of the same papers
 * where every phrase of `only` was counted: the same mentions, in the same order.
 */
function restrict(full: PhraseIndex, only: ReadonlySet<string>): PhraseIndex {
  const papersOf = new Map<string, number[]>();
  for (const [key, list] of full.papersOf) if (only.has(key)) papersOf.set(key, [...list]);
  const mentions = full.mentions.map((own) => {
    const kept = new Map<string, Mention>();
    for (const [key, m] of own) if (only.has(key)) kept.set(key, m);
    return kept;
  });
  return { size: full.size, papersOf, mentions, occurrences: new Map(), followed: new Map(), followedAny: new Map() };
}

function indexAfresh(papers: readonly CatalogPaper[], only: ReadonlySet<string> | undefined): { index: PhraseIndex; frequent: Set<string> } {
  const frequent = new Set<string>();
  if (only === undefined) {
    const seen = new Set<string>();
    for (const pass of [1, 2] as const) {
      const df = new Map<string, number>();
      const halvesFrequent = (key: string) => frequent.has(prefix(key)) && frequent.has(suffix(key));
      // In pass 2 the 3-unit phrases are not known yet: a 4-unit one is counted when its three pairs are frequent, and kept below only if its 3-unit halves are too.
      const piecesFrequent = (key: string, u: number) => (u === 3 ? halvesFrequent(key) : halvesFrequent(prefix(key)) && halvesFrequent(suffix(key)));
      const count = (key: string, _start: number, u: number) => {
        if (pass === 1 ? u > 2 : u <= 2 || !piecesFrequent(key, u)) return;
        if (seen.has(key)) return;
        seen.add(key);
        df.set(key, (df.get(key) ?? 0) + 1);
      };
      // Pass 1 counts phrases of one and two units; pass 2 walks on only from a frequent one (a longer phrase needs its pieces frequent).
      const maxUnits = pass === 1 ? 2 : MAX_UNITS;
      // A phrase whose first one or two units are not frequent has a piece that is not: "a b c" needs "a b", "a b of c" too.
      const from = pass === 1 ? undefined : (key: string, u: number, endsWithFunctionWord: boolean) => u > 2 || endsWithFunctionWord || frequent.has(key);
      for (const p of papers) {
        seen.clear();
        eachPhrase(p.title, count, maxUnits, from);
        eachPhrase(p.abstract, count, maxUnits, from);
        if (pass === 1) {
          for (const k of p.keywords) {
            if (seen.has(k)) continue;
            seen.add(k);
            df.set(k, (df.get(k) ?? 0) + 1);
          }
        }
      }
      // Pass 2 counted 3- and 4-unit phrases together: a 4-unit one needs its 3-unit halves too.
      const entries = [...df].sort((a, b) => a[0].split(' ').length - b[0].split(' ').length);
      for (const [key, n] of entries) if (n >= MIN_PAPERS && (pass === 1 || key.split(' ').filter((w) => w !== 'of').length <= 3 || halvesFrequent(key))) frequent.add(key);
    }
  }
  const wanted = only ?? frequent;
  const wantedStarts = startsOf(wanted);

  const papersOf = new Map<string, number[]>();
  const occurrence = new Map<string, Occurrence>();
  const mentions = papers.map((p, index) => {
    const own = new Map<string, Mention>();
    const mention = (key: string, at: Field | undefined, start: number, units: number, form?: string) => {
      let m = own.get(key);
      if (m === undefined) {
        m = new IndexedMention(p.defined.has(key), at, start, units, form);
        own.set(key, m);
        const list = papersOf.get(key);
        if (list) list.push(index);
        else papersOf.set(key, [index]);
      }
      return m;
    };
    const read = (f: Field, where: 'title' | 'abstract') => {
      eachPhrase(
        f,
        (key, start, u) => {
        if (!wanted.has(key)) return;
        const m = own.get(key) ?? mention(key, f, start, u);
        m[where]++;
        if (only !== undefined) return;
        let o = occurrence.get(key);
        if (o === undefined) occurrence.set(key, (o = { count: 0, followed: 0 }));
        o.count++;
        const after = start + u;
        if (after < f.keys.length && f.segments[after] === f.segments[start] && !f.functionWords[after]) o.followed++;
        },
        MAX_UNITS,
        (key) => wantedStarts.has(key),
      );
    };
    read(p.title, 'title');
    read(p.abstract, 'abstract');
    for (const k of p.keywords) if (wanted.has(k)) mention(k, undefined, 0, 0, p.keywordForms.get(k) ?? k).keyword = true;
    return own;
  });
  const occurrences = new Map<string, number>();
  const followedAny = new Map<string, number>();
  for (const [key, o] of occurrence) {
    occurrences.set(key, o.count);
    followedAny.set(key, o.followed / o.count);
  }
  // A phrase's most common next word: its longest-running extension, counted as a phrase of its own.
  const followed = new Map<string, number>();
  for (const [key, o] of occurrence) {
    if (!key.includes(' ')) continue;
    const head = key.slice(0, key.lastIndexOf(' '));
    const base = occurrence.get(head);
    if (base === undefined) continue;
    followed.set(head, Math.max(followed.get(head) ?? 0, o.count / base.count));
  }
  return { index: { size: papers.length, papersOf, mentions, occurrences, followed, followedAny }, frequent };
}
