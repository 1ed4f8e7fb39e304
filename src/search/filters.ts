/**
 * The filters a reader sets beside the query (topics, venues, authors, a range of years) as
 * Pagefind filters. Pagefind matches a filter's values exactly, so a range of years is
 * sent as the years in it: those the index knows when its filter counts are loaded,
 * else every year the schema allows between the two ends. Isomorphic: the search UI and
 * its tests share it.
 */
import type { Filters } from './engine.ts';

/** The years an entry may have (src/content/paper-schema.ts): the ends of an open range. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export interface FilterChoice {
  topics: Iterable<string>;
  venues: Iterable<string>;
  /** Authors by the name their author page shows (`Ashish Vaswani`). */
  authors: Iterable<string>;
  /** First and last year wanted, either end open. */
  from?: number | undefined;
  to?: number | undefined;
}

/** What a search UI holds chosen: the same, as sets it adds to and takes from. */
export interface FilterState extends FilterChoice {
  topics: Set<string>;
  venues: Set<string>;
  authors: Set<string>;
}

/**
 * What results are limited to, for a status line:
 * ` in Pruning or LoRA, in CoRR, by Ashish Vaswani or Noam Shazeer, from 2019 to 2021`.
 */
export function describeFilters(choice: FilterChoice): string {
  const kinds: [string, Iterable<string>][] = [['in', choice.topics], ['in', choice.venues], ['by', choice.authors]];
  const parts = kinds.map(([word, values]) => [word, [...values]] as const).filter(([, values]) => values.length > 0).map(([word, values]) => ` ${word} ${values.join(' or ')}`);
  const { from, to } = choice;
  if (from !== undefined && to !== undefined) parts.push(from === to ? ` from ${from}` : ` from ${from} to ${to}`);
  else if (from !== undefined) parts.push(` from ${from} on`);
  else if (to !== undefined) parts.push(` up to ${to}`);
  return parts.join(',');
}

/** The years from `from` to `to` (either end open), among `known` years when given, as the index spells them. */
export function yearsInRange(from: number | undefined, to: number | undefined, known?: readonly string[]): string[] {
  const low = from ?? FIRST_YEAR;
  const high = to ?? LAST_YEAR;
  if (known) return known.filter((y) => Number(y) >= low && Number(y) <= high).sort();
  return Array.from({ length: Math.max(0, high - low + 1) }, (_, i) => String(low + i));
}

/**
 * Pagefind filters for `choice`: each kind of filter narrows (Pagefind ANDs them), the
 * values within a kind widen (`any`). A range that holds no known year keeps one
 * impossible value, so it finds nothing rather than everything.
 */
export function searchFilters(choice: FilterChoice, knownYears?: readonly string[]): Filters {
  const filters: Filters = {};
  const topics = [...choice.topics];
  const venues = [...choice.venues];
  const authors = [...choice.authors];
  if (topics.length > 0) filters['topic'] = { any: topics };
  if (venues.length > 0) filters['venue'] = { any: venues };
  if (authors.length > 0) filters['author'] = { any: authors };
  if (choice.from !== undefined || choice.to !== undefined) {
    const years = yearsInRange(choice.from, choice.to, knownYears);
    filters['year'] = { any: years.length > 0 ? years : ['none'] };
  }
  return filters;
}

/** A year typed in an address or a form: a whole number the schema allows, else none. */
export function parseYear(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{4}$/.test(text.trim())) return undefined;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}
