import type { Topic } from '../../topics/types.ts';
import { LATIN_SPELLINGS } from '../../shared/latin-letters.ts';
import { foldGreek, GREEK_LETTER } from '../fold-greek.ts';
import { topicKey } from './topic-keys.ts';

/**
 * What the search index learns about a page beyond its visible text, as Pagefind
 * metadata, which ranks a page without ever showing up in its excerpt. Readers search
 * for a topic by its name, an alias or an abbreviation ("PEFT", "NeRF", "muP") that
 * the abstract itself may never use. A paper carries its main topics' names and one key
 * per topic (src/search/build/topic-keys.ts); the aliases are indexed once, on each
 * topic's page, and the browser searches a query naming a topic with the topic's key
 * as well (src/search/topic-aliases.ts). Repeating every alias on every paper doubled
 * the index's common words and a third of Pagefind's memory at 10,000 papers.
 */
export interface IndexFields {
  /** The page's title, as plain text. */
  title: string;
  /** The title spelled in ASCII when it holds Greek letters (`u-μP` → `u-muP`), else absent. */
  asciiTitle?: string;
  /** Display names of all the page's topics, in tag order: the result's chips and filter values. */
  topics: string[];
  /** Display names of the page's main topics (its first PRIMARY_TAGS tags). */
  names: string[];
  /**
   * Aliases of its main topics (abbreviations, other names), each once, none repeating a
   * name. Only a topic page puts them in the index (SearchIndexFields.astro).
   */
  aliases: string[];
  /** Keys of its main topics (src/search/build/topic-keys.ts). */
  keys: string[];
  /** Keys of its other topics, none repeating the above. */
  moreKeys: string[];
  /**
   * Its authors' display names, each once, then those with letters beyond ASCII spelled in
   * ASCII (`Łukasz Kaiser` → `Lukasz Kaiser`, `Jörg Müller` → `Jorg Muller`): readers
   * type a name as their keyboard spells it.
   */
  authors: string[];
}

/**
 * Tags come most certain first (src/topics/derive.ts): the first two say what a paper is
 * about, later ones often what it touches. Their words weigh more in the index.
 */
export const PRIMARY_TAGS = 2;

/** Each string once, first spelling kept, compared without case. */
function unique(values: Iterable<string>, skip: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set(skip);
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/** A topic's aliases, those with Greek letters also spelled out (`μP` and `muP`). */
function aliasesOf(topic: Topic): string[] {
  return topic.aliases.flatMap((alias) => (GREEK_LETTER.test(alias) ? [alias, foldGreek(alias)] : [alias]));
}

/** A name in ASCII letters: accents dropped, ß, ø, ł… spelled as src/shared/latin-letters.ts does. */
export function asciiName(name: string): string {
  const spell = (c: string): string => {
    const ascii = LATIN_SPELLINGS[c.toLowerCase()];
    if (ascii === undefined) return c;
    return c === c.toLowerCase() ? ascii : ascii.charAt(0).toUpperCase() + ascii.slice(1);
  };
  return [...name.normalize('NFKD').replace(/\p{M}/gu, '')].map(spell).join('');
}

/**
 * The index fields of a page with `title`, `tags` and `authors` (display names). `describe` names a tag the way
 * the site does (`loadCatalog().describe`), so chips, filters and pages agree.
 */
export function indexFields(title: string, tags: readonly string[], describe: (slug: string) => Topic, authors: readonly string[] = []): IndexFields {
  const topics = tags.map(describe);
  const main = topics.slice(0, PRIMARY_TAGS);
  const lower = (list: readonly string[]) => list.map((n) => n.toLowerCase());
  const names = unique(main.map((t) => t.name));
  const aliases = unique(main.flatMap(aliasesOf), new Set(lower(names)));
  const keys = unique(main.map((t) => topicKey(t.slug)));
  const moreKeys = unique(
    topics.slice(PRIMARY_TAGS).map((t) => topicKey(t.slug)),
    new Set(keys),
  );
  const written = unique(authors);
  const people = [...written, ...unique(written.map(asciiName), new Set(lower(written)))];
  const fields: IndexFields = { title, topics: unique(topics.map((t) => t.name)), names, aliases, keys, moreKeys, authors: people };
  if (GREEK_LETTER.test(title.normalize('NFKC'))) fields.asciiTitle = foldGreek(title);
  return fields;
}
