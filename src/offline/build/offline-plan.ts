import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FILES_LISTING, STATUS_FILE, type FilesListing, type OfflineStatus } from '../files.ts';
import { readRevisions, writeRevisions, type KnownRevision } from './revision-cache.ts';
import { listSite, sitePaths, type ListedFile } from './site-listing.ts';
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
  /** Paths of every file the site held when it was listed, offline or not. */
  all: string[];
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

async function write(site: string, path: string, text: string): Promise<void> {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), text);
}

/** What a walk of the site found: every file, and the offline ones with their revisions, both sorted by path. */
export interface SiteListing {
  all: string[];
  files: ListedFile[];
}

/**
 * Lists `site` for planOffline (or only `paths`, its files as sitePaths gives them, when the
 * caller walked it already), files `known` from the last listing keeping their revisions.
 */
export async function listForOffline(site: string, known: ReadonlyMap<string, KnownRevision>, paths?: readonly string[]): Promise<SiteListing> {
  const all = paths ?? (await sitePaths(site));
  return { all: [...all], files: await listSite(site, known, all) };
}

/** Listings of disjoint parts of a site as one. */
export function joinListings(...parts: readonly SiteListing[]): SiteListing {
  const byPath = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    all: parts.flatMap((p) => p.all).sort(byPath((p: string) => p)),
    files: parts.flatMap((p) => p.files).sort(byPath((f: ListedFile) => f.path)),
  };
}

/**
 * Lists the offline files of the built site in `site`, splits them at `budget`, and
 * writes the listing (FILES_LISTING, for "Make available offline") and the status
 * (STATUS_FILE, precached) into the site. With `revisions` (a cache file), files unchanged
 * since the last listing keep their revisions unread, and this listing's are kept there.
 * With `listing`, the site was listed already (in parts, beside other work: see
 * src/integrations/finish-site.ts) with the revisions of that file.
 */
export async function planOffline(site: string, budget: number, revisions?: string, listing?: SiteListing): Promise<OfflinePlan> {
  const { all, files: listed } = listing ?? (await listForOffline(site, revisions === undefined ? new Map() : readRevisions(revisions)));
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
  const forReaders: FilesListing = {
    version,
    files: status.files,
    bytes: status.bytes,
    entries: files.map((f) => [f.path, f.bytes, f.revision, precached.has(f.path) ? 1 : 0]),
  };
  const statusText = JSON.stringify(status);
  await write(site, STATUS_FILE, statusText);
  await write(site, FILES_LISTING, JSON.stringify(forReaders));
  const manifest: ManifestEntry[] = [
    ...split.precache.map((f) => ({ url: f.path, revision: f.revision, size: f.bytes })),
    { url: STATUS_FILE, revision: md5(statusText), size: Buffer.byteLength(statusText) },
  ];
  return { split, status, manifest, listed: files.map((f) => f.path), all };
}
