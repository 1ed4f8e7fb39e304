/**
 * A topic's key: one made-up word that stands for the topic in the search index. Each
 * paper carries the keys of its topics (src/search/components/SearchIndexFields.astro),
 * and the browser turns a topic's name or alias in a query into its key
 * (src/search/topic-aliases.ts), so the index holds each alias once, on the topic's own
 * page, instead of on every paper of the topic.
 *
 * Keys are `zzt` and ten digits from a hash of the slug: all of one length, so none is
 * the beginning of another (Pagefind matches a query word as the beginning of indexed
 * words), digits at the end, which no stemmer shortens, and the same for a topic from one
 * build to the next, so a new topic changes no other page.
 */

/** What every key starts with: no English word does, so no typed word reaches the keys. */
export const KEY_PREFIX = 'zzt';

/** FNV-1a, 32 bits: small, fast and spreads short strings well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The key of the topic with `slug`, e.g. `zzt0123456789`. */
export function topicKey(slug: string): string {
  return `${KEY_PREFIX}${String(fnv1a(slug)).padStart(10, '0')}`;
}

/**
 * The keys of `slugs`, checked to be distinct: two topics with one key would answer each
 * other's aliases.
 */
export function topicKeys(slugs: Iterable<string>): Map<string, string> {
  const keys = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const slug of slugs) {
    const key = topicKey(slug);
    const other = owner.get(key);
    if (other !== undefined && other !== slug) {
      throw new Error(
        `Topics "${other}" and "${slug}" have the same search key (${key}). ` +
          'Hint: rename one of the two slugs in the vocabulary; src/search/build/topic-keys.ts explains the keys.',
      );
    }
    owner.set(key, slug);
    keys.set(slug, key);
  }
  return keys;
}
