/**
 * What the /authors/ index shows: every author by family name, filed under letters, in
 * pages of the list size (src/catalog/pages.ts), so the index of a catalog of 30,000
 * authors is many small pages, not one page of megabytes.
 */
import { byFamilyName, indexLetter, type AuthorSummary } from './authors.ts';
import { pageCount, pageItems, pageUrl } from './pages.ts';

export interface AuthorIndexRow {
  slug: string;
  /** Family first, as the index orders it. */
  sortName: string;
  papers: number;
}

export interface AuthorIndexPage {
  /** The authors of this page under their letters, in index order. */
  groups: { letter: string; authors: AuthorIndexRow[] }[];
  /** Every letter of the whole index, linked to where it starts (its page and heading). */
  letters: { letter: string; url: string }[];
  /** How many pages the index has. */
  count: number;
}

/** The id of a letter's heading, for the jump links. */
export const letterId = (letter: string): string => `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;

/** Page `page` of the index of `authors`, whose first page lives at `first`. */
export function authorIndexPage(authors: Iterable<AuthorSummary>, page: number, size: number, first: string): AuthorIndexPage {
  const rows = [...authors].sort(byFamilyName).map((a): AuthorIndexRow => ({ slug: a.slug, sortName: a.sortName, papers: a.papers.length }));
  const letters: AuthorIndexPage['letters'] = [];
  rows.forEach((row, i) => {
    const letter = indexLetter(row.sortName);
    if (letters.at(-1)?.letter !== letter && !letters.some((l) => l.letter === letter)) {
      letters.push({ letter, url: `${pageUrl(first, Math.floor(i / size) + 1)}#${letterId(letter)}` });
    }
  });
  const groups: AuthorIndexPage['groups'] = [];
  for (const row of pageItems(rows, page, size)) {
    const letter = indexLetter(row.sortName);
    const last = groups.at(-1);
    if (last?.letter === letter) last.authors.push(row);
    else groups.push({ letter, authors: [row] });
  }
  return { groups, letters, count: pageCount(rows.length, size) };
}
