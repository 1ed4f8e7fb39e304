import { analyzeText, isAscii, phraseKeys, type AnalyzedText } from './normalize.ts';
import type { Topic } from './types.ts';

/** One place where a topic's name, alias or pattern occurs in a paper. */
export interface Hit {
  topic: string;
  /** The words as written in the paper. */
  phrase: string;
  where: 'title' | 'abstract';
  /**
   * A specific name (several words, a capitalised name or abbreviation, or a pattern)
   * rather than a single common word, so one mention already says something.
   */
  strong: boolean;
  /** Offsets in the cleaned text; two hits of one topic at one offset are one hit. */
  start: number;
  end: number;
}

interface PhraseEntry {
  topic: string;
  titleOnly: boolean;
  strong: boolean;
  /** Words in the alias; a one-word alias may not span several short words (`INR` ≠ `in R`). */
  words: number;
}

/** Shortest one-word alias that may match across words, as `finetuning` matches `fine-tuning`. */
const MIN_SPANNING_LENGTH = 6;

/** Several words, or a capital letter (`GAN`, `Hessian`, `LoRA`): written as a name, not a common word. */
export function isStrongAlias(alias: string, words: number): boolean {
  return words > 1 || /\p{Lu}/u.test(alias);
}

/** A vocabulary turned into lookup tables, built once per catalog. */
export interface CompiledVocabulary {
  /** Alias keys with separators removed (`low rank` → `lowrank`), so `low-rank`, `low rank` and `lowrank` meet. */
  phrases: Map<string, PhraseEntry[]>;
  /** Longest compact alias, which bounds how far a match can reach. */
  maxLength: number;
  /** The same compact aliases as a tree of characters, walked word by word along the text. */
  trie: PhraseTrie;
  patterns: CompiledPattern[];
}

/**
 * Compact aliases as a tree of characters in flat arrays: node 0 is the root, and
 * `next[node * width + column]` the node one character on (0: no alias goes on). A run
 * of words is walked without building the joined string and hashing it, which was the
 * largest single cost of matching.
 */
export interface PhraseTrie {
  /** Character code → column; ASCII codes through `ascii` (-1: in no alias). */
  columns: Map<number, number>;
  ascii: Int16Array;
  width: number;
  next: Int32Array;
  /** The aliases that end at each node. */
  entries: (PhraseEntry[] | undefined)[];
}

/** The node reached from `node` by the characters of `key`, or 0 where no alias goes on. */
function walk(trie: PhraseTrie, node: number, key: string): number {
  for (let c = 0; c < key.length; c++) {
    const code = key.charCodeAt(c);
    const column = code < 128 ? trie.ascii[code]! : (trie.columns.get(code) ?? -1);
    if (column < 0) return 0;
    node = trie.next[node * trie.width + column]!;
    if (node === 0) return 0;
  }
  return node;
}

function buildTrie(phrases: ReadonlyMap<string, PhraseEntry[]>): PhraseTrie {
  const columns = new Map<number, number>();
  for (const key of phrases.keys()) for (let c = 0; c < key.length; c++) if (!columns.has(key.charCodeAt(c))) columns.set(key.charCodeAt(c), columns.size);
  const ascii = new Int16Array(128).fill(-1);
  for (const [code, column] of columns) if (code < 128) ascii[code] = column;
  const width = Math.max(1, columns.size);
  const nodes = 1 + [...phrases.keys()].reduce((sum, key) => sum + key.length, 0);
  const next = new Int32Array(nodes * width);
  const entries: (PhraseEntry[] | undefined)[] = [undefined];
  for (const [key, list] of phrases) {
    let node = 0;
    for (let c = 0; c < key.length; c++) {
      const at = node * width + columns.get(key.charCodeAt(c))!;
      if (next[at] === 0) {
        next[at] = entries.length;
        entries.push(undefined);
      }
      node = next[at]!;
    }
    entries[node] = list;
  }
  return { columns, ascii, width, next: next.slice(0, entries.length * width), entries };
}

/** A topic's pattern, compiled case-insensitive and Unicode-aware. */
export interface CompiledPattern {
  topic: string;
  re: RegExp;
  /**
   * The same pattern without the `u` flag, for text that is plain ASCII, where both find
   * the same matches and this one runs several times faster. Only for ASCII patterns
   * without `\u` or `\p` escapes, whose meaning the flag changes.
   */
  asciiRe?: RegExp;
}

function compilePattern(topic: string, source: string): CompiledPattern {
  const re = new RegExp(source, 'giu');
  return isAscii(source) && !/\\[upP]/.test(source) ? { topic, re, asciiRe: new RegExp(source, 'gi') } : { topic, re };
}

/**
 * Compiles names, aliases and title-only aliases into one table keyed by the compact
 * canonical form, and patterns into regexes. A topic's display name counts as an alias.
 */
export function compileVocabulary(vocabulary: readonly Topic[]): CompiledVocabulary {
  const phrases = new Map<string, PhraseEntry[]>();
  let maxLength = 0;
  const add = (text: string, topic: string, titleOnly: boolean) => {
    const keys = phraseKeys(text);
    const key = keys.join('');
    if (key === '') return;
    const entries = phrases.get(key) ?? [];
    const strong = isStrongAlias(text, keys.length);
    const same = entries.find((e) => e.topic === topic && e.titleOnly === titleOnly);
    if (same) same.strong ||= strong;
    else entries.push({ topic, titleOnly, strong, words: keys.length });
    phrases.set(key, entries);
    maxLength = Math.max(maxLength, key.length);
  };
  for (const topic of vocabulary) {
    add(topic.name.toLowerCase(), topic.slug, false);
    for (const alias of topic.aliases) add(alias, topic.slug, false);
    for (const alias of topic.titleAliases ?? []) add(alias, topic.slug, true);
  }
  const patterns = vocabulary.flatMap((topic) => topic.patterns.map((source) => compilePattern(topic.slug, source)));
  return { phrases, maxLength, trie: buildTrie(phrases), patterns };
}

/**
 * Every hit of the vocabulary in one text. Aliases must start and end on word
 * boundaries and stay inside one phrase segment; separators inside do not matter.
 */
export function findHits(compiled: CompiledVocabulary, text: string, where: 'title' | 'abstract'): Hit[] {
  return findHitsIn(compiled, analyzeText(text), where);
}

/** `findHits` on a text already cleaned and split (tagging shares that work with keyphrase extraction). */
export function findHitsIn(compiled: CompiledVocabulary, text: AnalyzedText, where: 'title' | 'abstract'): Hit[] {
  const { clean } = text;
  const hits: Hit[] = [];
  const seen = new Map<string, number>();
  // Two hits of one topic at one offset are one hit, the longer: `video` inside
  // `text-to-video` must not hide the same topic's `video generation`.
  const push = (hit: Hit) => {
    const id = `${hit.topic}@${hit.start}`;
    const at = seen.get(id);
    if (at === undefined) {
      seen.set(id, hits.length);
      hits.push(hit);
    } else if (hit.end > hits[at]!.end) hits[at] = hit;
  };
  const { keys, starts, ends, segments } = text;
  for (let i = 0; i < keys.length; i++) {
    // Walks the keys of words i, i+1, … joined without separators, as compact aliases are.
    let node = 0;
    let length = 0;
    for (let j = i; j < keys.length; j++) {
      if (segments[j] !== segments[i]) break;
      const key = keys[j]!;
      node = walk(compiled.trie, node, key);
      if (node === 0) break;
      length += key.length;
      for (const entry of compiled.trie.entries[node] ?? []) {
        if (entry.titleOnly && where !== 'title') continue;
        if (j > i && entry.words === 1 && length < MIN_SPANNING_LENGTH) continue;
        push({ topic: entry.topic, phrase: clean.slice(starts[i], ends[j]), where, strong: entry.strong, start: starts[i]!, end: ends[j]! });
      }
    }
  }
  const ascii = isAscii(clean);
  for (const pattern of compiled.patterns) {
    const { topic } = pattern;
    const re = (ascii ? pattern.asciiRe : undefined) ?? pattern.re;
    re.lastIndex = 0;
    // `exec` rather than `matchAll`, which copies the regex on every call.
    for (let m = re.exec(clean); m !== null; m = re.exec(clean)) {
      if (m[0] !== '') push({ topic, phrase: m[0].trim(), where, strong: true, start: m.index, end: m.index + m[0].length });
      else re.lastIndex = advance(clean, re.lastIndex, re.unicode);
    }
  }
  return withoutNested(hits);
}

/** Where a search goes on after an empty match, as `matchAll` does: one code point on (one code unit without the `u` flag). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * Drops a hit that lies inside a longer hit of another topic: in "reinforcement
 * learning from human feedback" the text is about alignment, not about RL, and in
 * "LLM training" it is about pretraining, not about using LLMs. Longest match wins.
 */
export function withoutNested(hits: readonly Hit[]): Hit[] {
  return hits.filter(
    (h) => !hits.some((o) => o.topic !== h.topic && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}
