import { statSync } from 'node:fs';
import { cacheFile, readCacheFile, writeCacheFile } from '../content/cache-file.ts';

/**
 * The rendered text of every paper entry, kept beside Astro's data store rather than in
 * it: Astro turns its whole store into one JavaScript module that Vite bundles on every
 * build, and with each abstract's HTML in it that module alone took ten seconds to
 * bundle at 10,000 papers. The store keeps the frontmatter; this file keeps the text,
 * keyed by each entry's digest, so an unchanged entry is not rendered again.
 */
export interface EntryText {
  /** Digest of the entry's file and the renderer's code, as in Astro's store. */
  digest: string;
  /** The abstract as readers see it: the body with MDX escapes undone. */
  abstract: string;
  /** The body rendered to HTML (math, links). */
  html: string;
}

/** Bumped when the file's layout changes, so an old file is ignored rather than misread. */
const VERSION = 1;

/** Where the cache lives (see src/content/cache-file.ts). */
export function entryCacheFile(root: string): string {
  return cacheFile(root, 'entries.json');
}

/** The cached entries, or an empty map when the file is missing, unreadable or of another version. */
export function readEntryCache(file: string): Map<string, EntryText> {
  const parsed = readCacheFile(file) as { version?: number; entries?: Record<string, EntryText> } | undefined;
  if (parsed?.version !== VERSION || !parsed.entries) return new Map();
  return new Map(Object.entries(parsed.entries));
}

/** Writes the cache in one piece. */
export function writeEntryCache(file: string, entries: ReadonlyMap<string, EntryText>): void {
  writeCacheFile(file, { version: VERSION, entries: Object.fromEntries(entries) });
  loaded = undefined; // pages in this process read the new file on their next call
}

let loaded: { file: string; mtime: number; checked: number; entries: Map<string, EntryText> } | undefined;
/** How long a read of the file is trusted before its modification time is looked at again. */
const RECHECK_MS = 1000;

/**
 * One entry's text, for the pages: the cache file is read once per build (again when
 * the loader has rewritten it, as `astro dev` does after an edit). The site's commands
 * run from the project root, which is where the loader wrote it.
 */
export function entryText(id: string, root = process.cwd()): EntryText {
  const file = entryCacheFile(root);
  const now = Date.now();
  // a build reads thousands of entries a second: look at the file at most once a second
  if (!loaded || loaded.file !== file || now - loaded.checked > RECHECK_MS) {
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (!loaded || loaded.file !== file || loaded.mtime !== mtime) loaded = { file, mtime, checked: now, entries: readEntryCache(file) };
    else loaded.checked = now;
  }
  const text = loaded.entries.get(id);
  if (!text && loaded.checked !== now) {
    // written since the last look (a new entry in astro dev): read the file again
    loaded = undefined;
    return entryText(id, root);
  }
  if (!text) {
    throw new Error(
      `No rendered text for the paper "${id}" in ${file}. Expected the paper loader to have written it while syncing content. ` +
        'Hint: run the command from the project root, or delete .cache/ and node_modules/.astro/ and build again.',
    );
  }
  return text;
}
