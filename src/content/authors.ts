/**
 * Author names as entries write them, the one home of their forms: BibTeX's
 * `Family, Given`, a reader's `Given Family`, and `{Name Kept Whole}` for a corporate
 * author. "Vaswani, Ashish" and "Ashish Vaswani" are one person to the catalog: they
 * share a display name, a key and an author page.
 */
import type { PaperFrontmatter } from './paper-schema.ts';
import { slugify } from './slug.ts';

/** One `authors` item as the schema allows it. */
export type AuthorValue = PaperFrontmatter['authors'][number];

export interface AuthorName {
  family?: string;
  given?: string;
  /** A name kept whole (corporate, or one word). */
  literal?: string;
  orcid?: string;
}

/** A family name starts at its first lower-case particle: `Ludwig van Beethoven` → `van Beethoven`. */
const PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|du|dos|das|la|le|ter|ten|zu|y|bin|ibn|al|el)$/;

export function parseAuthor(value: AuthorValue): AuthorName {
  const name = (typeof value === 'string' ? value : value.name).replace(/\s+/g, ' ').trim();
  const orcid = typeof value === 'string' ? undefined : value.orcid;
  const withOrcid = (a: AuthorName): AuthorName => (orcid ? { ...a, orcid } : a);
  const braced = /^\{([^{}]*)\}$/.exec(name);
  if (braced) return withOrcid({ literal: braced[1]!.trim() });
  if (name.includes(',')) {
    const parts = name.split(',').map((p) => p.trim());
    // "von Last, Jr, First": the middle part is a suffix, kept with the family name
    const family = parts.length >= 3 ? `${parts[0]} ${parts[1]}` : parts[0]!;
    const given = parts[parts.length - 1]!;
    return withOrcid(given ? { family, given } : { family });
  }
  const words = name.split(' ');
  if (words.length === 1) return withOrcid({ literal: name });
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLE.test(words[i]!)) {
      start = i;
      break;
    }
  }
  return withOrcid({ family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') });
}

/** The name as a reader reads it: `Ashish Vaswani`, `OpenAI`. */
export function displayName(author: AuthorName): string {
  return author.literal ?? [author.given, author.family].filter(Boolean).join(' ');
}

/** The `authors` item import writes: family first, so it reads back the same; braces keep a corporate name whole. */
export function authorValue(author: AuthorName): AuthorValue {
  const name = author.literal !== undefined
    ? (/\s/.test(author.literal) || author.literal.includes(',') ? `{${author.literal}}` : author.literal)
    : author.given ? `${author.family}, ${author.given}` : /\s/.test(author.family ?? '') ? `{${author.family}}` : (author.family ?? '');
  return author.orcid ? { name, orcid: author.orcid } : name;
}

/** The name as BibTeX's `author` field wants it. */
export function bibtexName(author: AuthorName): string {
  if (author.literal !== undefined) return `{${author.literal}}`;
  return author.given ? `${author.family}, ${author.given}` : `{${author.family}}`;
}

/** The author page's slug: one per display name (two people sharing one name share a page). */
export function authorSlug(author: AuthorName): string {
  return slugify(displayName(author));
}
