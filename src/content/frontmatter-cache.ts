import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { cacheFile, readCacheFile, writeCacheFile } from './cache-file.ts';

/**
 * Parsed frontmatter kept between runs, by the SHA-256 of its YAML text: reading the
 * YAML of 10,000 entries took ingest 0.9–1.2 s of every run, though a rebuild changes
 * one. Only a parse that succeeded is kept, and only when JSON holds it exactly (the
 * core schema's `.inf` would not survive), so a hit gives what parsing would give; the
 * checks on the text itself (no anchors, aliases or tags) passed when it was kept, on
 * this very text. Each hit is a fresh object. Deleting the file is always safe.
 */
export class FrontmatterCache {
  /** JSON of each kept frontmatter, by digest of its YAML. */
  private readonly kept: Map<string, string>;
  /** Digests asked for or added in this run: what `save` keeps. */
  private readonly seen = new Set<string>();
  private added = false;

  /**
   * `reader` names how entries are read (src/content/entry-file.ts: `ENTRY_READER`); a
   * file written by another reader is ignored. Without a file, the cache lasts one run.
   */
  constructor(
    private readonly file: string | undefined,
    private readonly reader: string,
  ) {
    this.kept = file === undefined ? new Map() : readKept(file, reader);
  }

  /** The data of `yaml` as parsed before, if kept. */
  get(yaml: string): Record<string, unknown> | undefined {
    const key = digestOf(yaml);
    const json = this.kept.get(key);
    if (json === undefined) return undefined;
    this.seen.add(key);
    return JSON.parse(json) as Record<string, unknown>;
  }

  /** Keeps what `yaml` parsed to, when JSON holds it exactly. */
  set(yaml: string, data: Record<string, unknown>): void {
    const json = JSON.stringify(data);
    if (!isDeepStrictEqual(JSON.parse(json), data)) return;
    const key = digestOf(yaml);
    this.seen.add(key);
    if (this.kept.get(key) !== json) {
      this.kept.set(key, json);
      this.added = true;
    }
  }

  /**
   * Writes the frontmatter asked for or added in this run, dropping the rest (entries
   * edited or deleted since), when that differs from the file: `whole` says the run read
   * the whole catalog, so what it did not ask for is gone; otherwise nothing is dropped.
   */
  save(whole: boolean): void {
    if (this.file === undefined) return;
    const dropped = whole ? [...this.kept.keys()].filter((key) => !this.seen.has(key)) : [];
    if (!this.added && dropped.length === 0) return;
    for (const key of dropped) this.kept.delete(key);
    writeCacheFile(this.file, { version: VERSION, reader: this.reader, entries: Object.fromEntries(this.kept) });
    this.added = false;
  }
}

/** Bumped when the file's layout changes, so an old file is ignored rather than misread. */
const VERSION = 1;

/** Where the cache lives under a project root (see cache-file.ts). */
export function frontmatterCacheFile(root: string): string {
  return cacheFile(root, 'frontmatter.json');
}

function digestOf(yaml: string): string {
  return createHash('sha256').update(yaml).digest('base64url');
}

function readKept(file: string, reader: string): Map<string, string> {
  const parsed = readCacheFile(file) as { version?: number; reader?: string; entries?: Record<string, unknown> } | undefined;
  if (parsed?.version !== VERSION || parsed.reader !== reader || !parsed.entries || typeof parsed.entries !== 'object') return new Map();
  return new Map(Object.entries(parsed.entries).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
