/** What catalog order reads of an entry: its frontmatter's seed position and title. */
export interface OrderedEntry {
  data: { source?: { file: string; position: number } | undefined; title: string };
}

/**
 * Catalog order: entries from seeds by seed file, then position; hand-written and imported
 * entries after them, by title. Pages list papers in this order, and related papers are
 * computed over the catalog in it (src/content/similar-ahead.ts), so both sides of that
 * handoff sort with this one function.
 */
export function catalogOrder(a: OrderedEntry, b: OrderedEntry): number {
  const sa = a.data.source;
  const sb = b.data.source;
  if (sa && sb) return sa.file.localeCompare(sb.file) || sa.position - sb.position;
  if (sa || sb) return sa ? -1 : 1;
  return a.data.title.localeCompare(b.data.title);
}
