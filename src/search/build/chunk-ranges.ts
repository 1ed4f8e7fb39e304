import { readMetadata, writeMetadata, type IndexChunk, type PagefindMetadata } from './pagefind-metadata.ts';

/**
 * Index chunk ranges that meet end to end, so a query word loads one chunk, the one that
 * would hold it, and never the chunks of the words it starts with.
 *
 * Pagefind 1.6 loads, for each query word and for its stem, every chunk whose range
 * (`from` to `to`) holds the word. When none does, it loads every chunk whose range
 * holds the word cut to the length of that chunk's `from` and `to` (pagefind_web's
 * `request_indexes`, its "loose" match): then a chunk that ends with a word the query
 * word starts with is loaded too. And often none does: Pagefind writes each `to` as a
 * prefix of the chunk's last word, which then lies outside its own range ("lowrank" in
 * a chunk that ends at "lowra"), and a word that sorts between two chunks, as a query
 * word does when the index holds only its stem ("adaptation", indexed as "adapt", the
 * last word of a chunk), is in none. Common words end chunks, since their postings fill
 * one, so the first search for "low-rank adaptation" at 10,000 papers loaded the chunks
 * ending at "a" (59 KB), "ad", "lo" and "low" beside the ones it needed.
 *
 * Here each chunk's range runs up to just below the next chunk's first word: every word
 * in a chunk stays in its range (the next `from` sorts after the chunk's last word, as
 * test/e2e/search.test.ts checks on a built index), and a word between two chunks
 * belongs to the earlier one, where its stem sits or the words from its stem up to it.
 * The first range starts at the empty word and the last ends at the highest code point,
 * so the loose match never runs. Over 466 queries at 10,000 papers (README, Scale;
 * scripts/compare-search.ts) a search found the same pages, or more where the word's own
 * chunk holds words that start with its stem which the loose match missed. What it gives
 * up: for a word that starts no indexed word (a misspelling, a word half typed whose stem
 * differs), Pagefind falls back to the longest indexed word the word starts with, and now
 * looks for one only in the chunk the word would sit in, not in every chunk that ends
 * with a prefix of it: 5 of 80 misspellings and 1 of 60 prefixes ("capabil") found
 * nothing instead of pages with a shorter word, and the search then suggests topics.
 */

/** The highest code point: no typed word sorts after it. */
const HIGHEST = '\u{10FFFF}';

/**
 * The string just below `word` in code point order (as Pagefind compares, byte by byte in
 * UTF-8) for any word a reader can type: its last character one lower, then the highest
 * code point. Between the two lie only strings that begin with that highest code point.
 */
export function justBelow(word: string): string {
  const chars = [...word];
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined) throw new Error('No string sorts below the empty word');
  if (last === 0) return chars.join('');
  // one below U+E000 is a surrogate, which no string holds on its own
  const lower = last - 1 >= 0xd800 && last - 1 <= 0xdfff ? 0xd7ff : last - 1;
  return `${chars.join('')}${String.fromCodePoint(lower)}${HIGHEST}`;
}

/** `chunks` (in index order) with ranges that meet end to end, as above. */
export function closeChunkRanges(chunks: readonly IndexChunk[]): IndexChunk[] {
  return chunks.map((chunk, i) => {
    const next = chunks[i + 1];
    return { ...chunk, from: i === 0 ? '' : chunk.from, to: next ? justBelow(next.from) : HIGHEST };
  });
}

/** Rewrites the metadata of the bundle in `bundle` with closed chunk ranges; returns the new metadata file's name and what it holds. */
export async function closeIndexChunkRanges(bundle: string): Promise<{ file: string; metadata: PagefindMetadata }> {
  const read = await readMetadata(bundle);
  const metadata = { ...read, chunks: closeChunkRanges(read.chunks) };
  return { file: await writeMetadata(bundle, metadata), metadata };
}
