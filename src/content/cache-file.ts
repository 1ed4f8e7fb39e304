import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './paths.ts';

/**
 * Build caches of the project (the paper loader's rendered entries, ingest's tag
 * evidence): JSON files under `.cache/paper-atlas/` at the project root, which git
 * ignores. Deleting the folder is always safe: everything in it is derived again.
 */
export function cacheFile(root: string, name: string): string {
  return join(root, CACHE_DIR, name);
}

/** Writes `value` as JSON in one piece: a temporary file renamed over the old one. */
export function writeCacheFile(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

/** The parsed JSON of `file`, or undefined when it is missing or unreadable. */
export function readCacheFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
