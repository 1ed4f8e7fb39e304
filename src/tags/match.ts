import { cleanText, phraseKeys, tokenize } from './normalize.ts';
import type { Topic } from './types.ts';

/** One place where a topic's name, alias or pattern occurs in a paper. */
export interface Hit {
  topic: string;
  /** The words as written in the paper. */
  phrase: string;
  where: 'title' | 'abstract';
  /** Offset in the cleaned text; two hits of one topic at one offset are one hit. */
  start: number;
}

interface PhraseEntry {
  topic: string;
  titleOnly: boolean;
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
    const key = phraseKeys(text).join('');
    if (key === '') return;
    const entries = phrases.get(key) ?? [];
    if (!entries.some((e) => e.topic === topic && e.titleOnly === titleOnly)) entries.push({ topic, titleOnly });
    phrases.set(key, entries);
    maxLength = Math.max(maxLength, key.length);
  };
  for (const topic of vocabulary) {
    for (const alias of [topic.name, ...topic.aliases]) add(alias, topic.slug, false);
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
  const seen = new Set<string>();
  const push = (hit: Hit) => {
    const id = `${hit.topic}@${hit.start}`;
    if (seen.has(id)) return;
    seen.add(id);
    hits.push(hit);
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
        push({ topic: entry.topic, phrase: clean.slice(first.start, token.end), where, start: first.start });
      }
    }
  }
  for (const { topic, re } of compiled.patterns) {
    re.lastIndex = 0;
    for (const m of clean.matchAll(re)) {
      if (m[0] !== '') push({ topic, phrase: m[0].trim(), where, start: m.index });
    }
  }
  return hits;
}
