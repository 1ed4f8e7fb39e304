import { readCacheFile, writeCacheFile } from '../../content/cache-file.ts';

/** What the last listing learnt of one file: its size and modification time when hashed, and the hash. */
export interface KnownRevision {
  bytes: number;
  mtimeMs: number;
  revision: string;
}

/** Bumped when the file's shape or the way revisions are made changes: an older cache is ignored. */
const VERSION = 1;

/**
 * The revisions the last build hashed, by path, from `file` (`.cache/paper-atlas/`); empty
 * when there is none or it is of another version. A file whose size and modification time
 * are the same is the same file: a paper page the build kept is moved back, not rewritten
 * (src/integrations/reuse-pages.ts), and keeps its time.
 */
export function readRevisions(file: string): Map<string, KnownRevision> {
  const cached = readCacheFile(file) as { version?: unknown; files?: Record<string, [number, number, string]> } | undefined;
  if (cached?.version !== VERSION || typeof cached.files !== 'object' || cached.files === null) return new Map();
  const known = new Map<string, KnownRevision>();
  for (const [path, entry] of Object.entries(cached.files)) {
    if (!Array.isArray(entry) || entry.length !== 3) continue;
    const [bytes, mtimeMs, revision] = entry;
    if (typeof bytes === 'number' && typeof mtimeMs === 'number' && typeof revision === 'string') known.set(path, { bytes, mtimeMs, revision });
  }
  return known;
}

/** Writes the hashed revisions of this listing for the next build. */
export function writeRevisions(file: string, files: readonly { path: string; bytes: number; mtimeMs: number; revision: string | null }[]): void {
  const out: Record<string, [number, number, string]> = {};
  for (const f of files) if (f.revision !== null) out[f.path] = [f.bytes, f.mtimeMs, f.revision];
  writeCacheFile(file, { version: VERSION, files: out });
}
