/**
 * Where the words of a search appear in a text, for <mark>-ing them in result titles and
 * on the opened page. Pagefind matches stemmed words and word beginnings ("prune" finds
 * "pruning"); this marks every word that starts like a query word, which agrees with it
 * on what readers see without shipping a stemmer.
 */

/**
 * English endings dropped before matching, longest first: `pruning` and `pruned` share
 * `prun`. Not the related-papers stemmer (plurals only, src/shared/similar-papers.ts) on
 * purpose: marking follows Pagefind's stemming, which also folds -ing and -ed forms.
 */
const ENDINGS = ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 's'];
/** Shorter stems than this match too much (`re`, `in`), so short words are matched whole. */
const MIN_STEM = 3;

/** The beginning a word must have to count as a form of `term`, lowercased. */
export function stemOf(term: string): string {
  const word = term.normalize('NFKC').toLocaleLowerCase('en');
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for words beginning with any of the terms' stems, or null when nothing is worth marking. */
export function termMatcher(terms: readonly string[]): RegExp | null {
  const stems = [...new Set(terms.map(stemOf).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  if (stems.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

export interface Range {
  start: number;
  end: number;
}

/** The ranges of `text` to mark for `terms`, in order, never overlapping. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const matcher = termMatcher(terms);
  if (!matcher) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(matcher)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

/** `text` cut into plain and marked pieces, for building DOM without innerHTML. */
export function splitMarked(text: string, terms: readonly string[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of matchRanges(text, terms)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
