import { cleanText, phraseKeys, tokenize } from './normalize.ts';
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
  patterns: { topic: string; re: RegExp }[];
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
  const patterns = vocabulary.flatMap((topic) => topic.patterns.map((source) => ({ topic: topic.slug, re: new RegExp(source, 'giu') })));
  return { phrases, maxLength, patterns };
}

/**
 * Every hit of the vocabulary in one text. Aliases must start and end on word
 * boundaries and stay inside one phrase segment; separators inside do not matter.
 */
export function findHits(compiled: CompiledVocabulary, text: string, where: 'title' | 'abstract'): Hit[] {
  const clean = cleanText(text);
  const tokens = tokenize(clean);
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
      if (compact.length > compiled.maxLength) break;
      for (const entry of compiled.phrases.get(compact) ?? []) {
        if (entry.titleOnly && where !== 'title') continue;
        if (j > i && entry.words === 1 && compact.length < MIN_SPANNING_LENGTH) continue;
        push({ topic: entry.topic, phrase: clean.slice(first.start, token.end), where, strong: entry.strong, start: first.start, end: token.end });
      }
    }
  }
  for (const { topic, re } of compiled.patterns) {
    re.lastIndex = 0;
    for (const m of clean.matchAll(re)) {
      if (m[0] !== '') push({ topic, phrase: m[0].trim(), where, strong: true, start: m.index, end: m.index + m[0].length });
    }
  }
  return withoutNested(hits);
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
