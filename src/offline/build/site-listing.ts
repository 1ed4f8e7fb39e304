import { createHash } from 'node:crypto';
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { KnownRevision } from './revision-cache.ts';
import type { SiteFile } from './split-precache.ts';

/**
 * Every file of dist/ a reader can use offline, with its size and revision. Feeds and
 * sitemaps (XML) are for machines that never go offline; BibTeX downloads grow with the
 * catalog and are kept once fetched by the service worker instead.
 */
const OFFLINE_FILE = /\.(html|css|js|json|svg|png|ico|webmanifest|woff2|pagefind|pf_meta|pf_index|pf_fragment|pf_filter|txt)$/;
/** The service worker itself, Astro's content-layer data (outDir outside the project), and the listing. */
const NOT_OFFLINE = /^(sw\.js|workbox-[^/]+\.js|collections\/|offline\/files\.json$)/;
/** Names that already change with their content: the URL is the revision. */
const CONTENT_HASHED = /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/;

export interface ListedFile extends SiteFile {
  /** A hash of the content, or null when the name holds one. */
  revision: string | null;
  /** When the file was last written (for the next build's `known`). */
  mtimeMs: number;
}

export function isOfflineFile(path: string): boolean {
  return OFFLINE_FILE.test(path) && !NOT_OFFLINE.test(path);
}

/** Bytes read at a time when hashing, into a buffer each reader keeps. */
const READ_BLOCK = 64 * 1024;

/**
 * A precache revision: the content's MD5, as Workbox's own revisions are. Read block by
 * block into `buffer`: the listing runs beside Pagefind (src/integrations/finish-site.ts),
 * where a buffer per file would grow this process by tens of megabytes at the build's peak.
 */
async function hashOf(full: string, buffer: Buffer): Promise<string> {
  const hash = createHash('md5');
  const file = await open(full, 'r');
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}

/**
 * Every file of the site in `dir`, as paths relative to it with `/`, sorted; with `only`,
 * those in that top folder; with `skip`, those outside it. Read once per build and shared:
 * walking 20,000 files takes most of a second at 10,000 papers.
 */
export async function sitePaths(dir: string, { only, skip }: { only?: string; skip?: string } = {}): Promise<string[]> {
  const relativePath = (parent: string, name: string) => relative(dir, join(parent, name)).split(sep).join('/');
  if (only !== undefined) {
    const found = await readdir(join(dir, only), { withFileTypes: true, recursive: true }).catch(() => []);
    return found.filter((e) => e.isFile()).map((e) => relativePath(e.parentPath, e.name)).sort();
  }
  const paths: string[] = [];
  for (const top of await readdir(dir, { withFileTypes: true })) {
    if (top.name === skip) continue;
    if (top.isFile()) paths.push(top.name);
    else if (top.isDirectory()) {
      for (const e of await readdir(join(dir, top.name), { withFileTypes: true, recursive: true })) if (e.isFile()) paths.push(relativePath(e.parentPath, e.name));
    }
  }
  return paths.sort();
}

/**
 * The offline files of the site in `dir` (of `all`, its files as `sitePaths` gives them),
 * sorted by path. A file `known` from the last listing with the same size and modification
 * time keeps its revision unread: a rebuild hashes only what it wrote.
 */
export async function listSite(dir: string, known: ReadonlyMap<string, KnownRevision> = new Map(), all?: readonly string[]): Promise<ListedFile[]> {
  const paths = (all ?? (await sitePaths(dir))).filter(isOfflineFile);
  const files: ListedFile[] = new Array(paths.length);
  // A few reads at a time: enough to keep the disk busy without opening thousands of files.
  let next = 0;
  const worker = async () => {
    const buffer = Buffer.allocUnsafe(READ_BLOCK);
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i]!;
      const full = join(dir, path);
      const { size, mtimeMs } = await stat(full);
      const last = known.get(path);
      const revision = CONTENT_HASHED.test(path) ? null : last !== undefined && last.bytes === size && last.mtimeMs === mtimeMs ? last.revision : await hashOf(full, buffer);
      files[i] = { path, bytes: size, revision, mtimeMs };
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return files;
}
