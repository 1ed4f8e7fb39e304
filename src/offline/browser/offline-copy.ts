/**
 * The saved copy of the whole catalog: what is here, saving the rest, removing it. The
 * page stores each file itself (its requests carry SAVE_HEADER, which the service worker
 * lets through), so it counts bytes as they land and sees a full disk at once.
 *
 * What is here is read from the caches, never from memory: a closed tab resumes from it.
 * The saved copy keeps the listing it follows; when a new build is out, files whose
 * revision did not change are kept and only the others are fetched again.
 */
import { CONTENT_CACHE, FILES_LISTING, SAVED_RECORD, SAVE_HEADER, STATUS_FILE, fileUrl, type FilesListing, type ListingEntry, type OfflineStatus, type SavedRecord } from '../files.ts';

/** The listing the saved copy follows, stored next to it. */
const SAVED_LISTING = 'offline/saved-files.json';
/** Files fetched at once: enough to fill the line, few enough to stop fast. */
const PARALLEL = 6;
/** Cache lookups at once, where a cache is too large to list. */
const LOOKUPS = 16;

export interface Progress {
  doneFiles: number;
  doneBytes: number;
  totalFiles: number;
  totalBytes: number;
}

export type SaveEnd = { kind: 'done' } | { kind: 'paused' } | { kind: 'quota'; path: string } | { kind: 'failed'; message: string };

class QuotaError extends Error {}

/**
 * Fetching and storing one file takes seconds; one that has not finished in this time has
 * stalled (seen when a browser's storage stops answering instead of reporting it is full),
 * and the save stops with a message instead of waiting for ever.
 */
const FILE_DEADLINE_MS = 60_000;

class StallError extends Error {}

/** `work`, or a StallError once `ms` have passed without it settling. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StallError()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export class OfflineCopy {
  private readonly base: URL;
  constructor(base: string) {
    this.base = new URL(base, location.href);
  }

  private abs(path: string): string {
    return new URL(path, this.base).href;
  }

  private request(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(this.abs(path), { ...init, cache: 'no-cache', headers: { [SAVE_HEADER]: '1' } });
  }

  /** The build's summary: precached, so it answers offline too. */
  async status(): Promise<OfflineStatus> {
    const response = await fetch(this.abs(STATUS_FILE));
    if (!response.ok) throw new Error(`${STATUS_FILE}: HTTP ${response.status}`);
    return (await response.json()) as OfflineStatus;
  }

  /** The current build's listing of every file (a network request). */
  async listing(): Promise<FilesListing> {
    const response = await this.request(FILES_LISTING);
    if (!response.ok) throw new Error(`${FILES_LISTING}: HTTP ${response.status}`);
    return (await response.json()) as FilesListing;
  }

  private async savedJson<T>(path: string): Promise<T | undefined> {
    const response = await (await caches.open(CONTENT_CACHE)).match(this.abs(path));
    return response ? ((await response.json()) as T) : undefined;
  }

  record(): Promise<SavedRecord | undefined> {
    return this.savedJson<SavedRecord>(SAVED_RECORD);
  }

  /** The listing the saved copy follows, if one was started. */
  savedListing(): Promise<FilesListing | undefined> {
    return this.savedJson<FilesListing>(SAVED_LISTING);
  }

  /**
   * The URLs of `listing` that some cache of this site holds (the content cache, or
   * Workbox's precache, whose keys carry a revision query). Listing a cache's keys is one
   * call, but Chromium refuses it for a cache of ~20,000 entries ("Operation too large"),
   * the size of a saved 10,000-paper catalog: then each of the listing's files is looked
   * up in that cache by its exact URL.
   */
  private async presentUrls(listing: FilesListing): Promise<Set<string>> {
    const urls = new Set<string>();
    for (const name of await caches.keys()) {
      if (name !== CONTENT_CACHE && !name.startsWith('workbox-precache')) continue;
      const cache = await caches.open(name);
      let requests: readonly Request[] | undefined;
      try {
        requests = await cache.keys();
      } catch (error) {
        if (!isTooLarge(error)) throw error;
      }
      if (requests !== undefined) {
        for (const request of requests) {
          const url = new URL(request.url);
          url.search = '';
          urls.add(url.href);
        }
        continue;
      }
      // Too many to list: look each file up by its exact URL (the content cache's keys have no query).
      const candidates = [...new Set(listing.entries.flatMap(([path]) => [this.abs(fileUrl(path)), this.abs(path)]))];
      let next = 0;
      const look = async () => {
        while (next < candidates.length) {
          const url = candidates[next++]!;
          if ((await cache.match(url)) !== undefined) urls.add(url);
        }
      };
      await Promise.all(Array.from({ length: LOOKUPS }, look));
    }
    return urls;
  }

  private isHere(entry: ListingEntry, urls: ReadonlySet<string>): boolean {
    return urls.has(this.abs(fileUrl(entry[0]))) || urls.has(this.abs(entry[0]));
  }

  /** How much of `listing` is stored. */
  async progress(listing: FilesListing): Promise<Progress> {
    const urls = await this.presentUrls(listing);
    const here = listing.entries.filter((e) => this.isHere(e, urls));
    return { doneFiles: here.length, doneBytes: here.reduce((sum, e) => sum + e[1], 0), totalFiles: listing.files, totalBytes: listing.bytes };
  }

  /**
   * Makes the saved copy follow `listing`: when it followed another build (or none), the
   * files it cannot vouch for (changed, gone, or kept from reading without a revision)
   * are deleted, so the copy never mixes two builds.
   */
  private async follow(listing: FilesListing): Promise<void> {
    const record = await this.record();
    if (record?.version === listing.version) return;
    const old = new Map((await this.savedListing())?.entries.map((e) => [e[0], e[2]] as const) ?? []);
    const keep = new Set<string>();
    for (const [path, , revision] of listing.entries) {
      if (old.has(path) && old.get(path) === revision) keep.add(this.abs(fileUrl(path)));
    }
    const cache = await caches.open(CONTENT_CACHE);
    let stored: string[];
    try {
      stored = (await cache.keys()).map((request) => request.url);
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      // Too many entries to list (see presentUrls): every file either build has, by URL.
      stored = [...new Set([...old.keys(), ...listing.entries.map((e) => e[0])].map((path) => this.abs(fileUrl(path))))];
    }
    for (const url of stored) if (!keep.has(url)) await cache.delete(url);
    await cache.put(this.abs(SAVED_LISTING), new Response(JSON.stringify(listing), { headers: { 'content-type': 'application/json' } }));
    await this.writeRecord({ version: listing.version, complete: false });
  }

  private async writeRecord(record: SavedRecord): Promise<void> {
    const cache = await caches.open(CONTENT_CACHE);
    await cache.put(this.abs(SAVED_RECORD), new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  }

  /**
   * Stores every file of `listing` not yet here, reporting progress after each, until
   * done, `signal` aborts (paused), the disk is full, or the network fails.
   */
  async save(listing: FilesListing, signal: AbortSignal, onProgress: (progress: Progress) => void): Promise<SaveEnd> {
    try {
      await this.follow(listing);
    } catch (error) {
      if (isQuota(error)) return { kind: 'quota', path: SAVED_LISTING };
      throw error;
    }
    const urls = await this.presentUrls(listing);
    const progress: Progress = { doneFiles: 0, doneBytes: 0, totalFiles: listing.files, totalBytes: listing.bytes };
    const todo: ListingEntry[] = [];
    for (const entry of listing.entries) {
      if (this.isHere(entry, urls)) {
        progress.doneFiles += 1;
        progress.doneBytes += entry[1];
      } else todo.push(entry);
    }
    onProgress({ ...progress });
    const cache = await caches.open(CONTENT_CACHE);
    let end: SaveEnd | undefined;
    let next = 0;
    const worker = async () => {
      while (end === undefined && next < todo.length) {
        if (signal.aborted) return;
        const [path, bytes] = todo[next++]!;
        try {
          await withDeadline(this.store(cache, path, signal), FILE_DEADLINE_MS);
        } catch (error) {
          if (signal.aborted) return;
          end ??=
            error instanceof QuotaError
              ? { kind: 'quota', path }
              : error instanceof StallError
                ? { kind: 'failed', message: `storing ${path} did not finish within ${FILE_DEADLINE_MS / 1000} s (the browser's storage stopped answering; it may be full)` }
                : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
          return;
        }
        progress.doneFiles += 1;
        progress.doneBytes += bytes;
        onProgress({ ...progress });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (end) return end;
    if (signal.aborted) return { kind: 'paused' };
    await this.writeRecord({ version: listing.version, complete: true });
    return { kind: 'done' };
  }

  /** Fetches one file of the listing and stores it in the content cache. */
  private async store(cache: Cache, path: string, signal: AbortSignal): Promise<void> {
    const response = await this.request(fileUrl(path), { signal });
    if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
    await cache.put(this.abs(fileUrl(path)), response).catch((error: unknown) => {
      throw isQuota(error) ? new QuotaError(path) : error;
    });
  }

  /** Deletes the saved copy and every page kept from reading; the precache (shell and budget) stays. */
  async remove(): Promise<void> {
    await caches.delete(CONTENT_CACHE);
  }
}

/** Chromium's answer when a cache holds too many entries to list at once. */
function isTooLarge(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError' && /too large/i.test(error.message);
}

function isQuota(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}
