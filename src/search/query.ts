import { foldGreek } from './fold-greek.ts';

/**
 * A query as typed, made ready for Pagefind. Pure, shared by the search UI and the
 * benchmark so both send the same words.
 */
export function normalizeQuery(raw: string): string {
  return (
    raw
      // NFKC folds look-alikes people type: the micro sign µ (Option+M on a Mac) into
      // Greek μ, full-width letters, ligatures such as ﬁ.
      .normalize('NFKC')
      // Curly quotes from phones and word processors still mean an exact phrase.
      .replace(/[“”„‟″]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The words of a query worth highlighting: no quotes, no one-letter words, each once. */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of normalizeQuery(query).replace(/"/g, ' ').split(/\s+/)) {
    const term = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const key = term.toLocaleLowerCase('en');
    if (term.length < 2 || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

/**
 * Lowercase words only, Greek spelled out: how a query is compared with titles, excerpt
 * words and topic aliases. Not src/content/title-key.ts, which keys papers for duplicate checks.
 */
export function searchKey(text: string): string {
  return foldGreek(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
