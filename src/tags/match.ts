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
  /** Every leading part of a compact alias (`l`, `lo`, … `lowrank`): a run of words that is none of these can stop growing. */
  prefixes: Set<string>;
  patterns: CompiledPattern[];
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
  const prefixes = new Set<string>();
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
    for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  };
  for (const topic of vocabulary) {
    add(topic.name.toLowerCase(), topic.slug, false);
    for (const alias of topic.aliases) add(alias, topic.slug, false);
    for (const alias of topic.titleAliases ?? []) add(alias, topic.slug, true);
  }
  const patterns = vocabulary.flatMap((topic) => topic.patterns.map((source) => compilePattern(topic.slug, source)));
  return { phrases, maxLength, prefixes, patterns };
}

/**
 * Every hit of the vocabulary in one text. Aliases must start and end on word
 * boundaries and stay inside one phrase segment; separators inside do not matter.
 */
export function findHits(compiled: CompiledVocabulary, text: string, where: 'title' | 'abstract'): Hit[] {
  return findHitsIn(compiled, analyzeText(text), where);
}

/** `findHits` on a text already cleaned and split (tagging shares that work with keyphrase extraction). */
export function findHitsIn(compiled: CompiledVocabulary, { clean, tokens }: AnalyzedText, where: 'title' | 'abstract'): Hit[] {
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
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    let compact = '';
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (token.segment !== first.segment) break;
      compact += token.key;
      if (!compiled.prefixes.has(compact)) break;
      for (const entry of compiled.phrases.get(compact) ?? []) {
        if (entry.titleOnly && where !== 'title') continue;
        if (j > i && entry.words === 1 && compact.length < MIN_SPANNING_LENGTH) continue;
        push({ topic: entry.topic, phrase: clean.slice(first.start, token.end), where, strong: entry.strong, start: first.start, end: token.end });
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
