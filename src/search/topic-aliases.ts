import { stemmer } from 'stemmer';
import { searchKey } from './query.ts';

/**
 * Topic aliases, expanded in the browser. A reader searches for a topic by a name or an
 * abbreviation its papers may never write ("PEFT", "NeRF", "μP"). The index does not
 * carry those words on every paper: each paper carries one key per topic
 * (src/search/build/topic-keys.ts), each alias is indexed once on its topic's page, and
 * this module rewrites a query that holds a topic's name or alias into the same query
 * with the topic's key, searched beside the query as typed (src/search/engine.ts).
 * Pure; the table comes from /search/topics.json, loaded with Pagefind.
 */

/** A topic as the alias table lists it. */
export interface AliasedTopic {
  /** The word that stands for the topic in the index, e.g. `zzt0123456789`. */
  key: string;
  /** Display name, e.g. `Parameter-efficient fine-tuning`. */
  name: string;
  /** Other names and abbreviations, e.g. `PEFT`. */
  aliases: readonly string[];
}

/** One name or alias, split into words as queries are. */
interface Phrase {
  /** The words as written, folded (searchKey). */
  words: string[];
  /** Their stems, compared with a query's stems. */
  stems: string[];
  /** Keys of every topic with this phrase. */
  keys: string[];
}

/** The table, ready for queries: built once per page from the topic list. */
export interface AliasTable {
  phrases: Phrase[];
}

/** Rewritten queries searched beside the typed one, at most: each is one more Pagefind search. */
export const MAX_EXPANSIONS = 6;
/** A last word this long or longer may be the start of a name or alias being typed ("pef" for "PEFT"). */
const MIN_PREFIX = 3;

/** Words of `text` as a query's are compared: folded, lowercase, split on anything but letters and digits. */
function wordsOf(text: string): string[] {
  const key = searchKey(text);
  return key === '' ? [] : key.split(' ');
}

/**
 * English stems, as Pagefind stems the words it indexes, so "agents" meets the alias
 * "agent" and "diffusion models" the name "Diffusion model".
 */
const stem = (word: string): string => stemmer(word);

/** The alias table of `topics`: each topic's name and aliases, same phrases merged. */
export function compileAliases(topics: readonly AliasedTopic[]): AliasTable {
  const byText = new Map<string, Phrase>();
  for (const topic of topics) {
    for (const text of [topic.name, ...topic.aliases]) {
      const words = wordsOf(text);
      if (words.length === 0) continue;
      const id = words.join(' ');
      const phrase = byText.get(id) ?? { words, stems: words.map(stem), keys: [] };
      if (!phrase.keys.includes(topic.key)) phrase.keys.push(topic.key);
      byText.set(id, phrase);
    }
  }
  return { phrases: [...byText.values()] };
}

/** A run of query words that names one or more topics. */
interface Match {
  start: number;
  end: number;
  keys: string[];
}

/**
 * Whether `phrase` is what the query's words from `start` say: word by word the same
 * stems, or the query's last word the start of the phrase's last word (typing goes on).
 */
function matchesAt(phrase: Phrase, words: readonly string[], stems: readonly string[], start: number): boolean {
  const length = phrase.words.length;
  if (start + length > words.length) return false;
  for (let k = 0; k < length; k++) {
    const at = start + k;
    if (stems[at] === phrase.stems[k]) continue;
    const typing = at === words.length - 1 && k === length - 1 && words[at]!.length >= MIN_PREFIX && phrase.words[k]!.startsWith(words[at]!);
    if (!typing) return false;
  }
  return true;
}

/** Runs of `words` that name topics, longest first and none overlapping another. */
function topicRuns(table: AliasTable, words: readonly string[]): Match[] {
  const stems = words.map(stem);
  const found = new Map<string, Match>();
  for (let start = 0; start < words.length; start++) {
    for (const phrase of table.phrases) {
      if (!matchesAt(phrase, words, stems, start)) continue;
      const end = start + phrase.words.length;
      const run = found.get(`${start}:${end}`) ?? { start, end, keys: [] };
      for (const key of phrase.keys) if (!run.keys.includes(key)) run.keys.push(key);
      found.set(`${start}:${end}`, run);
    }
  }
  const chosen: Match[] = [];
  const byLength = [...found.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const run of byLength) if (chosen.every((c) => run.end <= c.start || run.start >= c.end)) chosen.push(run);
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * The queries to search beside `query`: each with one or more of its topic names or
 * aliases replaced by the topic's key ("PEFT legal" → "zzt… legal"), at most `limit`,
 * those that replace more first. A phrase in quotes is meant word for word: none.
 */
export function expandAliases(query: string, table: AliasTable, limit = MAX_EXPANSIONS): string[] {
  if (query.includes('"')) return [];
  const words = wordsOf(query);
  const runs = topicRuns(table, words);
  if (runs.length === 0) return [];
  // Every way to keep a run's words or put one of its keys in their place, but keeping all.
  let ways: (string | undefined)[][] = [[]];
  for (const run of runs) ways = ways.flatMap((way) => [...run.keys.map((key) => [...way, key]), [...way, undefined]]);
  const replaced = (way: readonly (string | undefined)[]) => way.filter((key) => key !== undefined).length;
  const expansions = ways
    .filter((way) => replaced(way) > 0)
    .sort((a, b) => replaced(b) - replaced(a))
    .map((way) => {
      const out: string[] = [];
      let next = 0;
      runs.forEach((run, i) => {
        out.push(...words.slice(next, run.start), ...(way[i] === undefined ? words.slice(run.start, run.end) : [way[i]!]));
        next = run.end;
      });
      out.push(...words.slice(next));
      return out.join(' ');
    });
  return [...new Set(expansions)].slice(0, limit);
}
