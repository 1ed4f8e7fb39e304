import { writtenUnit, type CatalogPaper, type Field } from './catalog-text.ts';
import { isFunctionWord } from './function-words.ts';
import { grown } from './grown.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** Longest candidate phrase, in units. */
export const MAX_UNITS = 4;
/** Fewest papers a phrase needs to be a candidate: a topic page lists at least three. */
export const MIN_PAPERS = 3;

/** True when phrase key `short` is a run of the words of the other, longer key ("fine tuning" in "fine tuning method"). */
export function isRunOf(short: string, long: string): boolean {
  return short !== long && ` ${long} `.includes(` ${short} `);
}

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
  /** Per paper: candidate key → how it is mentioned, in the order the paper first mentions them. */
  mentions: ReadonlyMap<string, Mention>[];
  /** Candidate key → its occurrences in running text. */
  occurrences: Map<string, number>;
  /** Candidate key → the share of its occurrences followed by its single most common next word. */
  followed: Map<string, number>;
  /** Candidate key → the share of its occurrences followed by any content word: a modifier ("parameter-efficient") nearly always is. */
  followedAny: Map<string, number>;
  /** Candidate key → how many of its papers mention it strongly (see `strength`); absent from an index made by hand. */
  strongPapers?: ReadonlyMap<string, number>;
}

/**
 * The catalog's units as numbers: each unit (a word, or an abbreviation's long form read as
 * one unit) gets an id, and each id the words it is made of, so a phrase walk steps through
 * the trie without building a string.
 */
class Units {
  readonly #ids = new Map<string, number>();
  readonly words: number[][] = [];
  constructor(private readonly trie: PhraseTrie) {}

  of(f: Field): Int32Array {
    const out = new Int32Array(f.keys.length);
    for (let i = 0; i < out.length; i++) {
      const key = f.keys[i]!;
      let id = this.#ids.get(key);
      if (id === undefined) {
        id = this.words.length;
        this.#ids.set(key, id);
        this.words.push(key.split(' ').map((w) => this.trie.wordId(w)));
      }
      out[i] = id;
    }
    return out;
  }
}

/**
 * Calls `visit(node, start, units)` for every phrase of 1..`maxUnits` units within one
 * segment, function words excluded, a phrase being its node in `trie` (made as the walk
 * goes when `make`, else the walk stops where the trie ends). Where
 * `goOn(node, units, endsWithFunctionWord)` says no, the walk from that word stops: every
 * longer phrase from there starts with that one. With `insideWords`, phrases also start
 * inside a hyphenated word ("shot learning" of "few-shot learning"): counting candidates
 * needs the pieces of a compound; a mention never starts there.
 */
function eachPhrase(
  f: Field,
  units: Int32Array,
  trie: PhraseTrie,
  unitWords: readonly (readonly number[])[],
  make: boolean,
  visit: (node: number, start: number, units: number) => void,
  maxUnits: number,
  goOn?: (node: number, units: number, endsWithFunctionWord: boolean) => boolean,
  insideWords = false,
): void {
  const n = f.keys.length;
  const fw = f.functionWords;
  // Unit j is written joined to unit j + 1 by a hyphen ("few-shot", "state-of-the-art").
  const hyphen = (j: number) => j + 1 < n && f.text.charCodeAt(f.ends[j]!) === 45 && f.starts[j + 1] === f.ends[j]! + 1;
  for (let i = 0; i < n; i++) {
    // A mention never starts inside a hyphenated word: "self-supervised learning" is no mention of
    // "supervised learning", nor "score-based models" of "based models", nor "X-ray sources" of "ray sources".
    // (Counting candidates does start there: "few-shot learning" is a candidate when "shot learning" is frequent.)
    if (!insideWords && i > 0 && hyphen(i - 1)) continue;
    // A function word starts a phrase only as part of a hyphenated compound: "few-shot learning".
    if (fw[i] && !hyphen(i)) continue;
    let node = PhraseTrie.ROOT;
    for (let u = 1; u <= maxUnits && i + u <= n; u++) {
      const j = i + u - 1;
      if (f.segments[j] !== f.segments[i]) break;
      // Inside a phrase, a function word may only join: `of` ("mixture of experts") or a hyphen.
      if (fw[j] && j > i && !hyphen(j - 1) && !hyphen(j) && !(f.keys[j] === 'of' && j + 1 < n && !fw[j + 1])) break;
      for (const w of unitWords[units[j]!]!) {
        node = make ? trie.child(node, w) : trie.find(node, w);
        if (node < 0) break;
      }
      if (node < 0) break;
      if (goOn !== undefined && !goOn(node, u, fw[j] === 1)) break;
      // A phrase never ends with a function word.
      if (fw[j]) continue;
      visit(node, i, u);
    }
  }
}

/** A phrase as the paper writes it: the text from its first unit to its last, hyphens and all. */
function writtenForm(f: Field, start: number, units: number): string {
  const end = start + units - 1;
  const text = f.text.slice(f.starts[start], f.ends[end]);
  // An abbreviation unit stands for its long form: keep the short form as written.
  return /^[\p{L}\p{N}' /-]+$/u.test(text) && !text.includes('  ') ? text : Array.from({ length: units }, (_, k) => writtenUnit(f, start + k)).join(' ');
}

/**
 * The words of a key as eachPhrase builds them, dropping the last and the function words
 * that join it ("mixture of expert" → "mixture", "right to left" → "right"). Empty when
 * only function words are left ("out of distribution" → ""): such a piece is never a
 * phrase of its own, so it asks nothing of the longer one.
 */
function prefix(words: readonly string[]): string[] {
  // One word: the string the index once sliced, its last character dropped (never asked of a phrase it counts).
  if (words.length === 1) return [words[0]!.slice(0, -1)];
  const rest = words.slice(0, -1);
  while (rest.length > 0 && isFunctionWord(rest[rest.length - 1]!)) rest.pop();
  return rest;
}
/** Dropping the first word and the function words that join it ("mixture of expert" → "expert", "image to image" → "image"). */
function suffix(words: readonly string[]): string[] {
  if (words.length === 1) return [...words];
  const rest = words.slice(1);
  while (rest.length > 0 && isFunctionWord(rest[0]!)) rest.shift();
  return rest;
}

const WHERE_TITLE = 0;
const WHERE_ABSTRACT = 1;
const WHERE_KEYWORD = 2;
const KEYWORD = 1;
const DEFINED = 2;

/**
 * Every paper's mentions in flat arrays, one row per (paper, phrase), in the order each
 * paper first mentions its phrases; read through `PaperMentions`. A Map and an object per
 * mention, millions at 30,000 papers, were most of the index's memory and of the time spent
 * collecting it. The columns start at the size the caller expects: grown from small, they
 * were copied at every doubling, and each allocation of that size made the collector go
 * over the whole heap.
 */
class MentionTable {
  node: Int32Array<ArrayBuffer>;
  title: Int32Array<ArrayBuffer>;
  abstract: Int32Array<ArrayBuffer>;
  flags: Int32Array<ArrayBuffer>;
  where: Int32Array<ArrayBuffer>;
  start: Int32Array<ArrayBuffer>;
  units: Int32Array<ArrayBuffer>;
  /** Written forms of keyword mentions, by row. */
  readonly forms = new Map<number, string>();
  length = 0;
  /** Paper p's rows are offsets[p]..offsets[p + 1]. */
  offsets: Int32Array;
  /**
   * The same rows by node (see finish): node n's are `byNode[nodeStarts[n]..nodeStarts[n + 1]]`,
   * in paper order, and `paperByNode` holds each one's paper.
   */
  byNode = new Int32Array(0);
  paperByNode = new Int32Array(0);
  nodeStarts = new Int32Array(1);
  readonly #nodeOfKey = new Map<string, number>();

  constructor(
    readonly trie: PhraseTrie,
    readonly papers: readonly CatalogPaper[],
    /** Rows expected; more only cost growing. */
    capacity = 1 << 16,
  ) {
    this.offsets = new Int32Array(papers.length + 1);
    this.node = new Int32Array(capacity);
    this.title = new Int32Array(capacity);
    this.abstract = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.where = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.units = new Int32Array(capacity);
  }

  add(node: number, where: number, start: number, units: number, defined: boolean): number {
    const row = this.length++;
    if (row === this.node.length) {
      const size = Math.max(1 << 16, row * 2);
      this.node = grown(this.node, size);
      this.title = grown(this.title, size);
      this.abstract = grown(this.abstract, size);
      this.flags = grown(this.flags, size);
      this.where = grown(this.where, size);
      this.start = grown(this.start, size);
      this.units = grown(this.units, size);
    }
    this.node[row] = node;
    this.title[row] = 0;
    this.abstract[row] = 0;
    this.flags[row] = defined ? DEFINED : 0;
    this.where[row] = where;
    this.start[row] = start;
    this.units[row] = units;
    return row;
  }

  /**
   * Groups the rows by node, once every paper is read: a counting sort (one pass to count,
   * one to place), so each node's rows stay in paper order, and that order is the phrase's
   * list of papers. Sorting each paper's rows, and growing an array of papers per phrase
   * (six million pushes at 30,000 papers), took a third of the index's time.
   */
  finish(): void {
    const starts = new Int32Array(this.trie.size + 1);
    for (let r = 0; r < this.length; r++) starts[this.node[r]! + 1]!++;
    for (let n = 0; n < this.trie.size; n++) starts[n + 1]! += starts[n]!;
    const next = starts.slice(0, this.trie.size);
    this.byNode = new Int32Array(this.length);
    this.paperByNode = new Int32Array(this.length);
    for (let p = 0; p < this.papers.length; p++) {
      for (let r = this.offsets[p]!; r < this.offsets[p + 1]!; r++) {
        const at = next[this.node[r]!]!++;
        this.byNode[at] = r;
        this.paperByNode[at] = p;
      }
    }
    this.nodeStarts = starts;
  }

  /** The papers (indices) with a row for a node, in order. */
  papersOf(node: number): number[] {
    return Array.from(this.paperByNode.subarray(this.nodeStarts[node], this.nodeStarts[node + 1]));
  }

  /** The node of a key the index counted, or -1. */
  nodeOf(key: string): number {
    let node = this.#nodeOfKey.get(key);
    if (node === undefined) {
      node = this.trie.lookup(key);
      this.#nodeOfKey.set(key, node);
    }
    return node;
  }

  /** Paper p's row for a node, or -1. */
  find(p: number, node: number): number {
    let lo = this.nodeStarts[node]!;
    let hi = this.nodeStarts[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.paperByNode[mid]!;
      if (at === p) return this.byNode[mid]!;
      if (at < p) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  mention(row: number): Mention {
    return new RowMention(this, row);
  }

  form(row: number): string {
    const where = this.where[row]!;
    if (where === WHERE_KEYWORD) return this.forms.get(row)!;
    // The row's paper: the last whose rows start at or before it.
    let lo = 0;
    let hi = this.papers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.offsets[mid]! <= row) lo = mid;
      else hi = mid - 1;
    }
    const paper = this.papers[lo]!;
    return writtenForm(where === WHERE_TITLE ? paper.title : paper.abstract, this.start[row]!, this.units[row]!);
  }
}

/** One row as a Mention; the written form is read from the text only when asked (names and evidence ask for a few). */
class RowMention implements Mention {
  readonly title: number;
  readonly abstract: number;
  readonly keyword: boolean;
  readonly defined: boolean;
  #form: string | undefined;
  constructor(
    private readonly table: MentionTable,
    private readonly row: number,
  ) {
    this.title = table.title[row]!;
    this.abstract = table.abstract[row]!;
    this.keyword = (table.flags[row]! & KEYWORD) !== 0;
    this.defined = (table.flags[row]! & DEFINED) !== 0;
  }
  get form(): string {
    return (this.#form ??= this.table.form(this.row));
  }
}

/** One paper's mentions as a read-only map, key → mention, in the order the paper first mentions them. */
class PaperMentions implements ReadonlyMap<string, Mention> {
  constructor(
    private readonly table: MentionTable,
    private readonly p: number,
  ) {}

  get size(): number {
    return this.table.offsets[this.p + 1]! - this.table.offsets[this.p]!;
  }
  #row(key: string): number {
    const node = this.table.nodeOf(key);
    return node < 0 ? -1 : this.table.find(this.p, node);
  }
  has(key: string): boolean {
    return this.#row(key) >= 0;
  }
  get(key: string): Mention | undefined {
    const row = this.#row(key);
    return row < 0 ? undefined : this.table.mention(row);
  }
  #rows(): number[] {
    const out: number[] = [];
    for (let r = this.table.offsets[this.p]!; r < this.table.offsets[this.p + 1]!; r++) out.push(r);
    return out;
  }
  keys(): MapIterator<string> {
    return this.#rows()
      .map((r) => this.table.trie.key(this.table.node[r]!))
      .values();
  }
  values(): MapIterator<Mention> {
    return this.#rows()
      .map((r) => this.table.mention(r))
      .values();
  }
  entries(): MapIterator<[string, Mention]> {
    return this.#rows()
      .map((r): [string, Mention] => [this.table.trie.key(this.table.node[r]!), this.table.mention(r)])
      .values();
  }
  [Symbol.iterator](): MapIterator<[string, Mention]> {
    return this.entries();
  }
  forEach(callback: (value: Mention, key: string, map: ReadonlyMap<string, Mention>) => void): void {
    for (const [key, m] of this.entries()) callback(m, key, this);
  }
}

/**
 * Counts the catalog's phrases in two passes (Apriori): phrases of one and two units
 * first, then longer ones only where both halves are in `MIN_PAPERS` papers, so the counts
 * stay as large as the candidates, not as the text. Keywords count as phrases of their own.
 * With `only`, it records just those phrases in one pass (tagging with a known vocabulary).
 */
export function indexPhrases(papers: readonly CatalogPaper[], only?: ReadonlySet<string>): PhraseIndex {
  const full = fullIndexes.get(papers);
  if (full !== undefined && only !== undefined && [...only].every((key) => full.counted(key))) return restrict(full, only);
  const fresh = indexAfresh(papers, only);
  if (only === undefined) fullIndexes.set(papers, fresh);
  return fresh.index;
}

/** An index with the table its mentions are read from, and whether it counted a phrase. */
interface TabledIndex {
  index: PhraseIndex;
  table: MentionTable;
  counted: (key: string) => boolean;
}

/**
 * The full index of each catalog read (readCatalog keeps the last one), with the phrases it
 * counted: tagging with phrases induced from the same catalog looks for some of those.
 */
const fullIndexes = new WeakMap<readonly CatalogPaper[], TabledIndex>();

/**
 * The index `indexPhrases(papers, only)` builds, taken from the full index of the same papers
 * where every phrase of `only` was counted: the same mentions, in the same order.
 */
function restrict({ index, table }: TabledIndex, only: ReadonlySet<string>): PhraseIndex {
  const papersOf = new Map<string, number[]>();
  for (const [key, list] of index.papersOf) if (only.has(key)) papersOf.set(key, [...list]);
  // The phrases kept, by node: each paper's rows are filtered as they lie, not looked up by key.
  const kept = new Uint8Array(table.trie.size);
  for (const key of only) kept[table.nodeOf(key)] = 1;
  const mentions = index.mentions.map((_, p) => {
    const own = new Map<string, Mention>();
    for (let row = table.offsets[p]!; row < table.offsets[p + 1]!; row++) {
      const node = table.node[row]!;
      if (kept[node] === 1) own.set(table.trie.key(node), table.mention(row));
    }
    return own;
  });
  return { size: index.size, papersOf, mentions, occurrences: new Map(), followed: new Map(), followedAny: new Map() };
}

function indexAfresh(papers: readonly CatalogPaper[], only: ReadonlySet<string> | undefined): TabledIndex {
  const trie = new PhraseTrie();
  const units = new Units(trie);
  const fields = papers.map((p) => ({ title: units.of(p.title), abstract: units.of(p.abstract) }));
  const unitWords = units.words;
  /** Nodes counted as candidates (or asked for, with `only`). */
  let wanted = new Uint8Array(0);
  /**
   * Mention rows to expect: the candidates' paper counts, a few more than the rows (a
   * mention is a candidate in a paper its pass counted it in, but never starts inside a
   * hyphenated word, where counting does).
   */
  let rows: number | undefined;
  if (only === undefined) {
    let frequent = new Uint8Array(0);
    const isFrequent = (node: number) => node >= 0 && node < frequent.length && frequent[node] === 1;
    const frequentWords = (words: readonly string[]) => words.length === 0 || isFrequent(trie.lookup(words.join(' ')));
    const halvesFrequent = (words: readonly string[]) => frequentWords(prefix(words)) && frequentWords(suffix(words));
    const wordsOf = (node: number) => trie.wordsOf(node).map((w) => trie.word(w));
    for (const pass of [1, 2] as const) {
      let df = new Int32Array(trie.size);
      let seen = new Int32Array(trie.size);
      const order: number[] = [];
      // Whether a phrase's pieces are frequent, by node, for 3 and 4 units (0: not yet known, 1: no, 2: yes).
      let pieces3 = new Int32Array(0);
      let pieces4 = new Int32Array(0);
      // In pass 2 the 3-unit phrases are not known yet: a 4-unit one is counted when its three pairs are frequent, and kept below only if its 3-unit halves are too.
      const piecesFrequent = (node: number, u: number): boolean => {
        if (node >= pieces3.length) {
          pieces3 = grown(pieces3, trie.size);
          pieces4 = grown(pieces4, trie.size);
        }
        const known = u === 3 ? pieces3 : pieces4;
        if (known[node] === 0) {
          const words = wordsOf(node);
          known[node] = (u === 3 ? halvesFrequent(words) : halvesFrequent(prefix(words)) && halvesFrequent(suffix(words))) ? 2 : 1;
        }
        return known[node] === 2;
      };
      let paper = 0;
      const tally = (node: number) => {
        if (node >= df.length) {
          df = grown(df, trie.size);
          seen = grown(seen, trie.size);
        }
        if (seen[node] === paper + 1) return;
        seen[node] = paper + 1;
        if (df[node] === 0) order.push(node);
        df[node]!++;
      };
      const count = (node: number, _start: number, u: number) => {
        if (pass === 1 ? u > 2 : u <= 2 || !piecesFrequent(node, u)) return;
        tally(node);
      };
      // Pass 1 counts phrases of one and two units; pass 2 walks on only from a frequent one (a longer phrase needs its pieces frequent).
      const maxUnits = pass === 1 ? 2 : MAX_UNITS;
      // A phrase whose first one or two units are not frequent has a piece that is not: "a b c" needs "a b", "a b of c" too.
      const from = pass === 1 ? undefined : (node: number, u: number, endsWithFunctionWord: boolean) => u > 2 || endsWithFunctionWord || isFrequent(node);
      for (paper = 0; paper < papers.length; paper++) {
        const p = papers[paper]!;
        eachPhrase(p.title, fields[paper]!.title, trie, unitWords, true, count, maxUnits, from, true);
        eachPhrase(p.abstract, fields[paper]!.abstract, trie, unitWords, true, count, maxUnits, from, true);
        if (pass === 1) for (const k of p.keywords) tally(trie.add(k));
      }
      frequent = growFlags(frequent, trie.size);
      // Pass 2 counted 3- and 4-unit phrases together: a 4-unit one needs its 3-unit halves too (shorter phrases first).
      const entries = order.map((node) => ({ node, words: trie.depth(node) })).sort((a, b) => a.words - b.words);
      for (const { node } of entries) {
        if (df[node]! < MIN_PAPERS) continue;
        if (pass === 1) frequent[node] = 1;
        else {
          const words = wordsOf(node);
          if (words.filter((w) => !isFunctionWord(w)).length <= 3 || halvesFrequent(words)) frequent[node] = 1;
        }
        if (frequent[node] === 1) rows = (rows ?? 0) + df[node]!;
      }
    }
    wanted = frequent;
  } else {
    for (const key of only) trie.add(key);
    wanted = new Uint8Array(trie.size);
    for (const key of only) wanted[trie.lookup(key)] = 1;
  }
  wanted = growFlags(wanted, trie.size);
  // Every phrase a wanted one starts with, itself included, as eachPhrase builds them ("mixture", "mixture of", "mixture of expert").
  const wantedStart = new Uint8Array(trie.size);
  for (let node = 1; node < trie.size; node++) {
    if (wanted[node] !== 1) continue;
    for (let at = node; at > 0 && wantedStart[at] !== 1; at = trie.parent(at)) wantedStart[at] = 1;
  }

  const table = new MentionTable(trie, papers, rows);
  const rowOf = new Int32Array(trie.size);
  const rowPaper = new Int32Array(trie.size);
  // the nodes mentioned, in the order first mentioned: the order of `papersOf`
  const listed: number[] = [];
  const occurrenceCount = new Int32Array(trie.size);
  const occurrenceFollowed = new Int32Array(trie.size);
  const occurred: number[] = [];
  const strong = new Int32Array(trie.size);
  let paper = 0;
  let defined: number[] = [];
  const mention = (node: number, where: number, start: number, units: number): number => {
    if (rowPaper[node] === paper + 1) return rowOf[node]!;
    if (rowPaper[node] === 0) listed.push(node);
    rowPaper[node] = paper + 1;
    const row = table.add(node, where, start, units, defined.includes(node));
    rowOf[node] = row;
    return row;
  };
  const goOn = (node: number) => wantedStart[node] === 1;
  for (paper = 0; paper < papers.length; paper++) {
    const p = papers[paper]!;
    defined = p.defined.size === 0 ? [] : [...p.defined].map((k) => trie.lookup(k)).filter((node) => node >= 0);
    const read = (f: Field, fieldUnits: Int32Array, where: number) => {
      eachPhrase(
        f,
        fieldUnits,
        trie,
        unitWords,
        false,
        (node, start, u) => {
          if (wanted[node] !== 1) return;
          const row = mention(node, where, start, u);
          // `table` may have grown its arrays: read them afresh.
          (where === WHERE_TITLE ? table.title : table.abstract)[row]!++;
          if (only !== undefined) return;
          if (occurrenceCount[node] === 0) occurred.push(node);
          occurrenceCount[node]!++;
          const after = start + u;
          if (after < f.keys.length && f.segments[after] === f.segments[start] && !f.functionWords[after]) occurrenceFollowed[node]!++;
        },
        MAX_UNITS,
        goOn,
      );
    };
    read(p.title, fields[paper]!.title, WHERE_TITLE);
    read(p.abstract, fields[paper]!.abstract, WHERE_ABSTRACT);
    for (const k of p.keywords) {
      const node = trie.lookup(k);
      if (node < 0 || wanted[node] !== 1) continue;
      const known = rowPaper[node] === paper + 1;
      const row = mention(node, WHERE_KEYWORD, 0, 0);
      if (!known) table.forms.set(row, p.keywordForms.get(k) ?? k);
      table.flags[row]! |= KEYWORD;
    }
    table.offsets[paper + 1] = table.length;
  }
  table.finish();
  for (let row = 0; row < table.length; row++) {
    const flags = table.flags[row]!;
    const title = table.title[row]!;
    const abstract = table.abstract[row]!;
    if (flags !== 0 || (title > 0 && abstract > 0) || abstract >= 2) strong[table.node[row]!]!++;
  }

  const papersOf = new Map<string, number[]>();
  const strongPapers = new Map<string, number>();
  for (const node of listed) {
    papersOf.set(trie.key(node), table.papersOf(node));
    strongPapers.set(trie.key(node), strong[node]!);
  }
  const occurrences = new Map<string, number>();
  const followedAny = new Map<string, number>();
  for (const node of occurred) {
    occurrences.set(trie.key(node), occurrenceCount[node]!);
    followedAny.set(trie.key(node), occurrenceFollowed[node]! / occurrenceCount[node]!);
  }
  // A phrase's most common next word: its longest-running extension, counted as a phrase of its own.
  const followed = new Map<string, number>();
  for (const node of occurred) {
    if (trie.depth(node) < 2) continue;
    const head = trie.parent(node);
    if (occurrenceCount[head] === 0) continue;
    const key = trie.key(head);
    followed.set(key, Math.max(followed.get(key) ?? 0, occurrenceCount[node]! / occurrenceCount[head]!));
  }
  const mentions = papers.map((_, p) => new PaperMentions(table, p));
  const counted = (key: string) => {
    const node = trie.lookup(key);
    return node >= 0 && wanted[node] === 1;
  };
  return { index: { size: papers.length, papersOf, mentions, occurrences, followed, followedAny, strongPapers }, table, counted };
}

function growFlags(a: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
