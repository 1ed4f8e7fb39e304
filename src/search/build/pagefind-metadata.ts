import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

/**
 * A Pagefind bundle's metadata file (`pagefind.<language>_<hash>.pf_meta`), read and
 * written back: the first file a search downloads, with the list of pages and of index
 * chunks. It is gzipped CBOR behind a `pagefind_dcd` signature, laid out as Pagefind 1.x
 * writes it (pagefind_web/src/metadata.rs); a file in another layout throws rather than
 * being guessed at. Written back, it gets a name from its own content hash, as Pagefind
 * names it, so caches and the offline copy tell the two apart.
 */

/** One index chunk: the words from `from` to `to` (in byte order) and the file holding their postings. */
export interface IndexChunk {
  from: string;
  to: string;
  /** Its file is `index/<hash>.pf_index`. */
  hash: string;
}

export interface PagefindMetadata {
  /** The Pagefind version that wrote it. */
  version: string;
  /** Page hashes (their fragment files) with their word counts, in index order. */
  pages: { hash: string; words: number }[];
  chunks: IndexChunk[];
  /** Filter and sort lists, carried over as they are. */
  rest: CborValue[];
}

const SIGNATURE = 'pagefind_dcd';
const ENTRY = 'pagefind-entry.json';

interface Entry {
  languages: Record<string, { hash: string }>;
}

const layoutError = (what: string) => new Error(`The Pagefind metadata is not in the layout this build reads (${what}). Hint: a Pagefind upgrade may have changed it; see src/search/build/pagefind-metadata.ts.`);

async function readEntry(bundle: string): Promise<{ entry: Entry; language: string; hash: string }> {
  const entry = JSON.parse(await readFile(join(bundle, ENTRY), 'utf8')) as Entry;
  const languages = Object.entries(entry.languages);
  if (languages.length !== 1) throw new Error(`${ENTRY} lists ${languages.length} languages, but the catalog indexes one (forceLanguage in src/search/build/pagefind.ts).`);
  const [language, { hash }] = languages[0]!;
  return { entry, language, hash };
}

const fileName = (hash: string) => `pagefind.${hash}.pf_meta`;

export async function readMetadata(bundle: string): Promise<PagefindMetadata> {
  const { hash } = await readEntry(bundle);
  const data = gunzipSync(await readFile(join(bundle, fileName(hash))));
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw layoutError('no signature');
  const value = decodeCbor(data.subarray(SIGNATURE.length));
  if (!Array.isArray(value) || value.length < 3) throw layoutError('not a list of at least three parts');
  const [version, pages, chunks, ...rest] = value;
  const isStrings = (v: CborValue, n: number): v is string[] => Array.isArray(v) && v.length === n && v.every((s) => typeof s === 'string');
  if (typeof version !== 'string' || !Array.isArray(pages) || !Array.isArray(chunks)) throw layoutError('version, pages, chunks');
  return {
    version,
    pages: pages.map((page) => {
      if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number') throw layoutError('a page');
      return { hash: page[0], words: page[1] };
    }),
    chunks: chunks.map((chunk) => {
      if (!isStrings(chunk, 3)) throw layoutError('an index chunk');
      const [from, to, hash] = chunk as [string, string, string];
      return { from, to, hash };
    }),
    rest,
  };
}

/**
 * Writes `metadata` as the bundle's metadata file, named by its content hash, points
 * pagefind-entry.json to it and removes the file it replaces. Returns the new file name.
 */
export async function writeMetadata(bundle: string, metadata: PagefindMetadata): Promise<string> {
  const { entry, language, hash: old } = await readEntry(bundle);
  const value: CborValue = [metadata.version, metadata.pages.map((p) => [p.hash, p.words]), metadata.chunks.map((c) => [c.from, c.to, c.hash]), ...metadata.rest];
  const data = gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });
  const hash = `${language}_${createHash('sha256').update(data).digest('hex').slice(0, 10)}`;
  await writeFile(join(bundle, fileName(hash)), data);
  entry.languages[language]!.hash = hash;
  await writeFile(join(bundle, ENTRY), JSON.stringify(entry));
  if (hash !== old) await rm(join(bundle, fileName(old)));
  return fileName(hash);
}
