import { createHash } from 'node:crypto';
import { flattenMath, LATIN_SPELLINGS } from '../shared/latin-letters.ts';

/**
 * The one home of paper slugs. A slug becomes a URL and a file name, and URLs are
 * forever: ingest computes a slug once, when it creates the file, and never again.
 */

/** Letters NFKD does not reduce to ASCII, plus a few signs titles use. */
const TRANSLITERATION: Record<string, string> = { ...LATIN_SPELLINGS, µ: 'mu', '²': '2', '³': '3', '°': 'deg' };

/** Longest slug, cut at a word boundary: long enough to read, short enough to share. */
export const MAX_SLUG_LENGTH = 72;

/** Readable ASCII slug for a title; never empty. */
export function slugify(title: string): string {
  const ascii = flattenMath(title)
    .toLowerCase()
    .replace(/[^\p{ASCII}]/gu, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii || 'paper';
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const atWord = cut.slice(0, cut.lastIndexOf('-'));
  return (atWord.length >= 24 ? atWord : ascii.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/g, '');
}

/** Short stable hash of a title, used to tell colliding slugs apart. */
export function titleHash(title: string, length = 6): string {
  return createHash('sha256').update(title.normalize('NFC')).digest('hex').slice(0, length);
}

/**
 * A slug for `title` not in `taken`. A collision gets a suffix from the title's hash,
 * not a counter, so the result does not depend on which paper was ingested first; only
 * many papers with one and the same title end up numbered, in the order they come.
 */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title);
  if (!taken.has(base)) return base;
  for (let length = 6; length <= 64; length += 2) {
    const candidate = `${base}-${titleHash(title, length)}`;
    if (!taken.has(candidate)) return candidate;
  }
  // Only papers with this very title are left (a journal's "Title page" of every issue): they take turns.
  const hashed = `${base}-${titleHash(title, 6)}`;
  for (let n = 2; ; n++) if (!taken.has(`${hashed}-${n}`)) return `${hashed}-${n}`;
}
