import { searchKey } from './query.ts';
import type { AliasedTopic } from './topic-aliases.ts';

/**
 * Topics to offer when a search finds nothing: those whose name or an alias is close to
 * what was typed, misspellings included ("difusion" → Diffusion models, "transfomer
 * pruning" → Pruning). Pure; the topic list comes from /search/topics.json, which is also
 * the search's alias table (src/search/topic-aliases.ts).
 */
export interface SuggestableTopic extends AliasedTopic {
  slug: string;
  name: string;
  aliases: string[];
  /** Papers on the topic; the busier of two equally close topics comes first. */
  papers: number;
}

/** A topic offered for a query, and how close it came. */
export interface CloseTopic {
  topic: SuggestableTopic;
  /** How close, from 0 to 1. */
  score: number;
}

/**
 * Words that say nothing about a topic. Kept short on purpose, unlike the related-papers
 * list (src/shared/similar-papers.ts): topic names are a few words each, and the words
 * come from searchKey, so a query and a name are folded exactly as the search folds them.
 */
const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);
/** A typed word matches a topic's word at least this closely, or it does not count. */
const MIN_SCORE = 0.75;

function words(text: string): string[] {
  return searchKey(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** Edit distance with adjacent swaps counting once (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = Array.from({ length: rows * cols }, (_, i) => (i < cols ? i : i % cols === 0 ? i / cols : 0));
  const at = (i: number, j: number) => d[i * cols + j]!;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How well a typed word matches a word of a topic name, from 0 to 1. */
export function wordCloseness(typed: string, word: string): number {
  if (typed === word) return 1;
  // Typing is under way, or the reader wrote a shorter form ("prun", "diffus").
  if (typed.length >= 3 && word.startsWith(typed)) return 0.95;
  if (word.length >= 4 && typed.startsWith(word)) return 0.9;
  // Misspellings: one slip in a short word, two in a long one.
  const allowed = typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0;
  if (allowed === 0) return 0;
  const distance = editDistance(typed, word);
  return distance <= allowed ? 1 - distance / Math.max(typed.length, word.length) : 0;
}

/** How well each typed word matches a word of `name`, from 0 to 1, in typed order. */
function wordScores(typed: readonly string[], name: string): number[] {
  const candidate = words(name);
  return typed.map((t) => Math.max(0, ...candidate.map((w) => wordCloseness(t, w))));
}

/**
 * The topics closest to `query`, closest first, at most `limit`. A topic qualifies when
 * one of its names matches at least one typed word closely ("transformer pruning" still
 * offers Pruning); it ranks by how much of the query that name covers.
 */
export function closeTopics(query: string, topics: readonly SuggestableTopic[], limit = 5): CloseTopic[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const suggestions: CloseTopic[] = [];
  for (const topic of topics) {
    let score = 0;
    for (const name of [topic.name, ...topic.aliases]) {
      const each = wordScores(typed, name);
      if (each.some((c) => c >= MIN_SCORE)) score = Math.max(score, each.reduce((a, b) => a + b, 0) / each.length);
    }
    if (score > 0) suggestions.push({ topic, score });
  }
  return suggestions
    .sort((a, b) => b.score - a.score || b.topic.papers - a.topic.papers || a.topic.name.localeCompare(b.topic.name))
    .slice(0, limit);
}
