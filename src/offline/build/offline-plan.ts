import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FILES_LISTING, STATUS_FILE, type FilesListing, type OfflineStatus } from '../files.ts';
import { readRevisions, writeRevisions } from './revision-cache.ts';
import { listSite, type ListedFile } from './site-listing.ts';
import { splitPrecache, type PrecacheSplit } from './split-precache.ts';

/** A precache entry as Workbox takes it. */
export interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

export interface OfflinePlan {
  split: PrecacheSplit<ListedFile>;
  status: OfflineStatus;
  /** What the service worker precaches: the split's precache and the status file. */
  manifest: ManifestEntry[];
  /** Paths of every file in the listing. */
  listed: string[];
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

async function write(site: string, path: string, text: string): Promise<void> {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), text);
}

/**
 * Lists the offline files of the built site in `site`, splits them at `budget`, and
 * writes the listing (FILES_LISTING, for "Make available offline") and the status
 * (STATUS_FILE, precached) into the site. With `revisions` (a cache file), files unchanged
 * since the last listing keep their revisions unread, and this listing's are kept there.
 */
export async function planOffline(site: string, budget: number, revisions?: string): Promise<OfflinePlan> {
  const listed = await listSite(site, revisions === undefined ? undefined : readRevisions(revisions));
  if (revisions !== undefined) writeRevisions(revisions, listed);
  const files = listed.filter((f) => f.path !== STATUS_FILE);
  const split = splitPrecache(files, budget);
  const precached = new Set(split.precache.map((f) => f.path));
  const version = md5(files.map((f) => `${f.path}\0${f.revision ?? ''}`).join('\n')).slice(0, 16);
  const sum = (list: readonly ListedFile[]) => list.reduce((total, f) => total + f.bytes, 0);
  const status: OfflineStatus = {
    version,
    files: files.length,
    bytes: sum(files),
    precachedFiles: split.precache.length,
    precachedBytes: split.shellBytes + split.budgetBytes,
    complete: split.complete,
  };
  const listing: FilesListing = {
    version,
    files: status.files,
    bytes: status.bytes,
    entries: files.map((f) => [f.path, f.bytes, f.revision, precached.has(f.path) ? 1 : 0]),
  };
  const statusText = JSON.stringify(status);
  await write(site, STATUS_FILE, statusText);
  await write(site, FILES_LISTING, JSON.stringify(listing));
  const manifest: ManifestEntry[] = [
    ...split.precache.map((f) => ({ url: f.path, revision: f.revision, size: f.bytes })),
    { url: STATUS_FILE, revision: md5(statusText), size: Buffer.byteLength(statusText) },
  ];
  return { split, status, manifest, listed: files.map((f) => f.path) };
}
