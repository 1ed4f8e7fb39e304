import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deleteInBackground } from '../../content/delete-in-background.ts';
import type { PagefindMetadata } from './pagefind-metadata.ts';

/**
 * The last build's search bundle, kept for the next one. Pagefind names its fragment,
 * index-chunk, filter and metadata files by their content's hash and does not write a
 * hashed file that already exists (pagefind/src/output/mod.rs, "immutable" files). At
 * 10,000 papers a run into an empty folder gzipped 11,600 files again, 10.3–11.9 s,
 * against 6.6–7.2 s with the last bundle in place, for the same bundle. So a build sets
 * the bundle aside before Astro clears dist/ (`setAsideBundle`), puts it back before
 * Pagefind runs (`restoreBundle`) and afterwards deletes every file the new index does
 * not name (`pruneBundle`): the bundle then holds exactly what a run into an empty folder
 * writes, byte for byte.
 *
 * A hashed file is trusted only as a finished run left it: each run ends by recording
 * every bundle file with its size and the Pagefind that wrote them, and the next run
 * deletes that record before it starts. A file a cut-short run wrote (perhaps cut short
 * itself) is in no record and is deleted; a bundle with no record, or of another
 * Pagefind, is not kept at all.
 */

/** Where the bundle and its record live between builds, in the project's cache. */
export interface BundleKeep {
  /** The folder the bundle waits in while Astro writes the site. */
  aside: string;
  /** The record of the last finished run: JSON (BundleRecord). */
  record: string;
  /** Which Pagefind writes the bundle: a bundle of another is not kept. */
  pagefind: string;
}

interface BundleRecord {
  pagefind: string;
  /** Every file of the bundle (path inside it, `/`-separated) with its size in bytes. */
  files: Record<string, number>;
}

/** The folders of the bundle whose files are named by their content's hash. */
const HASHED_FOLDERS = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;
const METADATA_FILE = /^pagefind\..+\.pf_meta$/;

/** Moves `dir` out of the way and deletes it in the background (synchronously where it cannot move). */
function discardInBackground(dir: string): void {
  const trash = `${dir}.trash-${Date.now()}`;
  try {
    renameSync(dir, trash);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  deleteInBackground([trash]);
}

/** Moves the bundle in `bundle` to `keep.aside` (replacing one left there), where the next index run finds it. */
export function setAsideBundle(bundle: string, keep: Pick<BundleKeep, 'aside'>): void {
  if (!existsSync(bundle)) return;
  if (existsSync(keep.aside)) discardInBackground(keep.aside);
  try {
    mkdirSync(dirname(keep.aside), { recursive: true });
    renameSync(bundle, keep.aside);
  } catch {
    // another file system (or no rights): the bundle is cleared with the rest of the site
  }
}

/**
 * Every file under `dir`, as `/`-separated paths inside it, with its size. Synchronous: one
 * awaited `stat` after another took 1.65 s for the 32,575 files of a 30,000-paper bundle.
 */
function filesUnder(dir: string, prefix = '', found = new Map<string, number>()): Map<string, number> {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = `${prefix}${item.name}`;
    if (item.isDirectory()) filesUnder(join(dir, item.name), `${path}/`, found);
    else if (item.isFile()) found.set(path, statSync(join(dir, item.name)).size);
  }
  return found;
}

async function readRecord(file: string): Promise<BundleRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Partial<BundleRecord>;
    return typeof record.pagefind === 'string' && typeof record.files === 'object' && record.files !== null ? (record as BundleRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the last finished run's bundle in `bundle` for Pagefind to write into: the one set
 * aside, else one already there (an index run over a site it indexed before). Files
 * outside the last run's record, or of another size, are deleted first; with no record,
 * or another Pagefind's, no bundle is kept. The record is deleted, so a run cut short
 * from here on leaves none. Returns how many files were kept.
 */
export async function restoreBundle(bundle: string, keep: BundleKeep): Promise<number> {
  const record = await readRecord(keep.record);
  await rm(keep.record, { force: true });
  // the folder set aside waits in the cache and goes in the background; one in the site goes now, before anything lists the site
  const discard = (dir: string) => (dir === keep.aside ? discardInBackground(dir) : rmSync(dir, { recursive: true, force: true }));
  if (existsSync(keep.aside) && existsSync(bundle)) discard(keep.aside);
  const previous = existsSync(keep.aside) ? keep.aside : existsSync(bundle) ? bundle : undefined;
  if (previous === undefined) return 0;
  if (record?.pagefind !== keep.pagefind) {
    discard(previous);
    return 0;
  }
  let kept = 0;
  for (const [path, size] of filesUnder(previous)) {
    if (record.files[path] === size) kept += 1;
    else await rm(join(previous, path), { force: true });
  }
  if (previous !== bundle) {
    try {
      renameSync(previous, bundle);
    } catch {
      // the site moved to another file system since: Pagefind writes the bundle afresh
      discard(previous);
      return 0;
    }
  }
  return kept;
}

/**
 * Deletes the hashed files of `bundle` that its index (`metadata`, in the metadata file
 * `metadataFile`) does not name, left from the run before, then records the bundle for
 * the next run. Returns how many files were deleted.
 */
export async function pruneBundle(bundle: string, metadata: PagefindMetadata, metadataFile: string, keep: Pick<BundleKeep, 'record' | 'pagefind'>): Promise<number> {
  const named = {
    fragment: new Set(metadata.pages.map((page) => page.hash)),
    index: new Set(metadata.chunks.map((chunk) => chunk.hash)),
    filter: new Set(filterHashes(metadata)),
  };
  const stale: string[] = [];
  for (const [folder, ending] of Object.entries(HASHED_FOLDERS) as [keyof typeof HASHED_FOLDERS, string][]) {
    const names = existsSync(join(bundle, folder)) ? await readdir(join(bundle, folder)) : [];
    for (const name of names) if (!(name.endsWith(ending) && named[folder].has(name.slice(0, -ending.length)))) stale.push(`${folder}/${name}`);
  }
  for (const name of await readdir(bundle)) if (METADATA_FILE.test(name) && name !== metadataFile) stale.push(name);
  await Promise.all(stale.map((path) => rm(join(bundle, path), { force: true })));
  mkdirSync(dirname(keep.record), { recursive: true });
  const files = Object.fromEntries([...filesUnder(bundle)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFile(keep.record, JSON.stringify({ pagefind: keep.pagefind, files } satisfies BundleRecord));
  return stale.length;
}

/**
 * The filter files' hashes: the metadata's first list after the chunks, of `[name, hash]`
 * pairs (Pagefind 1.x). Another layout throws: guessed at, the filters could be deleted.
 */
export function filterHashes(metadata: PagefindMetadata): string[] {
  const filters = metadata.rest[0] ?? [];
  const pairs = Array.isArray(filters) && filters.every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && typeof f[1] === 'string');
  if (!pairs) throw new Error('The Pagefind metadata lists its filters in a layout this build does not read. Hint: a Pagefind upgrade may have changed it; see src/search/build/bundle-reuse.ts.');
  return (filters as [string, string][]).map(([, hash]) => hash);
}
