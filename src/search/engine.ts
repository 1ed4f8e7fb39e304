import { foldGreek } from './fold-greek.ts';
import { normalizeQuery, searchKey } from './query.ts';
import { expandAliases, type AliasTable } from './topic-aliases.ts';

/**
 * One search of the catalog, from typed query to a page of results: the part of the
 * search UI that decides what comes first. Pure apart from the Pagefind instance it is
 * handed, so the dialog, the /search/ page and `npm run bench:search` share it (the
 * benchmark hands it a Pagefind that lives in a browser page).
 */

/** What Pagefind returns for one page once its fragment is loaded. */
export interface ResultData {
  url: string;
  /** HTML: page text with the matched words in <mark>, everything else escaped. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface Hit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;
/** Pagefind filters: every listed topic value is allowed (`any`). */
export type Filters = Record<string, { any: string[] }>;

export interface SearchResponse {
  results: Hit[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** The part of Pagefind's JS API the catalog uses. A `null` query: every page the filters allow. */
export interface SearchEngine {
  search(query: string | null, options?: { filters?: Filters }): Promise<SearchResponse>;
}

/** A result as the UI shows it. */
export interface Result {
  id: string;
  url: string;
  title: string;
  excerpt: string;
  kind: 'paper' | 'topic';
  topics: string[];
}

export interface SearchPage {
  query: string;
  /** Shown first, with their text loaded. */
  results: Result[];
  /** The rest, best first; `loadResults` fetches their text on demand. */
  more: Hit[];
  /** How many pages match, filters applied. */
  total: number;
  /** Matches per filter value for the query without filters (the counts a facet shows). */
  counts: FilterCounts;
}

/**
 * Spellings of a query to search for together, the query as typed first. A query with
 * Greek letters is also searched spelled out (`μP` → `muP`): abstracts mostly write
 * `muP`, and the index spells Greek titles out too (see indexFields). With the alias
 * table, a query that names a topic is also searched with the topic's key in place of
 * the name ("PEFT" → its key), which every paper of the topic carries (src/search/topic-aliases.ts).
 */
export function queryVariants(raw: string, aliases?: AliasTable): string[] {
  const query = normalizeQuery(raw);
  const folded = foldGreek(query);
  const spellings = folded === query ? [query] : [query, folded];
  return aliases && query !== '' ? [...spellings, ...expandAliases(query, aliases)] : spellings;
}

/**
 * Results of several searches as one list: each page once, at its best score. Its text
 * comes from the first list that has it: the query as typed marks its own words in the
 * excerpt, where a search for a topic's key marks none.
 */
export function mergeHits(lists: readonly (readonly Hit[])[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (seen === undefined) best.set(hit.id, hit);
      else if (seen.score < hit.score) best.set(hit.id, { id: hit.id, score: hit.score, data: () => seen.data() });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Counts from several searches as one: the largest count of each value (spellings overlap). */
function mergeCounts(all: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [filter, values] of Object.entries(counts)) {
      const into = (merged[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return merged;
}

/**
 * Whether a reader typing `query` means this title: the whole title, or its name before
 * the colon (`Weight Normalization` for "Weight Normalization: A Simple
 * Reparameterization…"). BM25 cannot tell such a title from a longer one holding the
 * same words, so these go first.
 */
export function isTitleMatch(query: string, title: string): boolean {
  const key = searchKey(query);
  if (key === '') return false;
  const colon = title.indexOf(':');
  return searchKey(title) === key || (colon > 0 && searchKey(title.slice(0, colon)) === key);
}

function toResult(id: string, data: ResultData): Result {
  return {
    id,
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: data.excerpt,
    // only topic pages carry a topic_title (src/search/components/SearchIndexFields.astro)
    kind: data.meta['topic_title'] === undefined ? 'paper' : 'topic',
    topics: data.filters['topic'] ?? [],
  };
}

/** Loads the text of `hits`, in order. */
export function loadResults(hits: readonly Hit[]): Promise<Result[]> {
  return Promise.all(hits.map(async (hit) => toResult(hit.id, await hit.data())));
}

/** Exact title matches first, the rest in their order. */
export function promoteTitleMatches(results: readonly Result[], query: string): Result[] {
  const exact = results.filter((r) => isTitleMatch(query, r.title));
  return exact.length === 0 ? [...results] : [...exact, ...results.filter((r) => !exact.includes(r))];
}

/**
 * What to ask Pagefind for `raw`: its spellings (queryVariants), or for an empty query
 * `null`, every page, which filters then narrow (an author's papers, from their page's link).
 */
function searchTerms(raw: string, aliases?: AliasTable): (string | null)[] {
  const variants = queryVariants(raw, aliases);
  return (variants[0] ?? '') === '' ? [null] : variants;
}

/**
 * Searches for `raw` and loads the first `perPage` results. With `aliases` (the topic
 * list's alias table), a topic's name or alias finds the topic's papers too. An empty
 * query finds nothing without filters, and with them every page they allow, in index order.
 */
export async function searchCatalog(engine: SearchEngine, raw: string, options: { filters?: Filters; perPage: number; aliases?: AliasTable | undefined }): Promise<SearchPage> {
  const terms = searchTerms(raw, options.aliases);
  const query = terms[0] ?? '';
  const filters = options.filters ?? {};
  if (query === '' && Object.keys(filters).length === 0) return { query, results: [], more: [], total: 0, counts: {} };
  const responses = await Promise.all(terms.map((term) => engine.search(term, { filters })));
  const hits = mergeHits(responses.map((r) => r.results));
  const first = await loadResults(hits.slice(0, options.perPage));
  return {
    query,
    results: promoteTitleMatches(first, query),
    more: hits.slice(options.perPage),
    total: hits.length,
    counts: mergeCounts(responses.map((r) => r.totalFilters)),
  };
}

/** How many results each filter value has for `raw` (every page, for an empty query), without loading any result text. */
export async function countResults(engine: SearchEngine, raw: string, aliases?: AliasTable): Promise<FilterCounts> {
  const responses = await Promise.all(searchTerms(raw, aliases).map((term) => engine.search(term)));
  return mergeCounts(responses.map((r) => r.totalFilters));
}

/**
 * Whether Pagefind found `result` only by cutting a query word short. For a word it does
 * not know ("difusion"), Pagefind falls back to the longest indexed word the query word
 * starts with, which can be as short as "d". Such a result's excerpt marks only words that
 * share fewer than three letters with a query word. Results matched through metadata alone
 * (topic aliases) mark nothing and are not loose.
 */
export function isLooseMatch(result: Result, terms: readonly string[]): boolean {
  const marked = [...result.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => searchKey(m[1] ?? '').replace(/ /g, ''));
  if (marked.length === 0) return false;
  const words = terms.map((t) => searchKey(t).replace(/ /g, '')).filter((t) => t.length > 0);
  const close = (mark: string) =>
    words.some((word) => (word.startsWith(mark) && mark.length >= Math.min(3, word.length)) || mark.startsWith(word.slice(0, 3)));
  return !marked.some(close);
}
