/**
 * What the build, the service worker and the "Make available offline" page agree on:
 * the files the build writes about the offline copy, the cache names, and the URL of a
 * site file. Isomorphic: no DOM, no Node.
 */

/** Every file the site can serve offline with its size and revision (written by src/offline/build/). */
export const FILES_LISTING = 'offline/files.json';
/** A small, precached summary of the build: its version, the catalog's size, whether the precache holds all of it. */
export const STATUS_FILE = 'offline/status.json';
/** The page that offers the whole catalog, and stands in for pages not saved offline. */
export const OFFLINE_PAGE = 'offline/';

/** Pages read and files saved beyond the precache: one cache, so removing the offline copy is one call. */
export const CONTENT_CACHE = 'paper-atlas-content';
/** Under this key in CONTENT_CACHE, the saved copy's record (`SavedRecord`). */
export const SAVED_RECORD = 'offline/saved.json';
/** The "Make available offline" page marks its own requests with this header, and stores the answers itself. */
export const SAVE_HEADER = 'x-paper-atlas-save';

/** One file of the listing: path in dist/, bytes, revision (null when the name holds a content hash), precached (1) or not (0). */
export type ListingEntry = [path: string, bytes: number, revision: string | null, precached: 0 | 1];

export interface FilesListing {
  /** Changes whenever any file's revision does: a hash of the whole manifest. */
  version: string;
  files: number;
  bytes: number;
  entries: ListingEntry[];
}

export interface OfflineStatus {
  version: string;
  /** The whole catalog, every file of the listing. */
  files: number;
  bytes: number;
  /** What a first visit stores: the app shell and the budget. */
  precachedFiles: number;
  precachedBytes: number;
  /** True when the precache holds every file: the catalog is offline after one visit. */
  complete: boolean;
}

/** Which build the saved copy follows, and whether all of it is stored. */
export interface SavedRecord {
  version: string;
  /** True once every file of `version` was stored. */
  complete: boolean;
}

/**
 * The URL of a site file, relative to the site's base: `papers/x/index.html` is served
 * as `papers/x/`, the address readers (and the service worker's navigations) use.
 */
export function fileUrl(path: string): string {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
