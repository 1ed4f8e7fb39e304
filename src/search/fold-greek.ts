import { GREEK_NAMES } from '../shared/latin-letters.ts';

/**
 * Greek letters spelled out, for search: the index spells Greek titles and aliases out
 * at build time, and the browser spells a typed query out the same way, so `μP` finds
 * `muP`. Isomorphic: shared by src/search/build/ and the search in the browser.
 */

/** A Greek letter (the Unicode Greek block). */
export const GREEK_LETTER = /[\u0370-\u03ff]/u;

/**
 * `text` with each Greek letter written out in Latin (`μnit` → `munit`), keeping the
 * case of the word it starts (`Δ` → `Delta`). The micro sign `µ` counts as `μ`.
 */
export function foldGreek(text: string): string {
  return text.normalize('NFKC').replace(/[\u0370-\u03ff]/gu, (ch) => {
    const lower = ch.toLowerCase();
    const latin = GREEK_NAMES[lower];
    if (latin === undefined) return ch;
    return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
