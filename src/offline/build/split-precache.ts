/**
 * Which files a first visit stores: the app shell always, then whatever fits the budget,
 * in the order a reader is likely to need them. Pure: paths and sizes in, two lists out.
 */

export interface SiteFile {
  /** Path in dist/, with `/`. */
  path: string;
  bytes: number;
}

/** Groups in precache order: the shell is always taken, the others while the budget lasts. */
export const GROUPS = ['shell', 'home', 'topics', 'search-index', 'search-fragments', 'papers', 'other'] as const;
export type Group = (typeof GROUPS)[number];

/** Pages and files without which no page works or the offline copy cannot be managed. */
const SHELL_PAGES = new Set(['404.html', 'search/index.html', 'search/topics.json', 'offline/index.html', 'offline/status.json', 'manifest.webmanifest', 'favicon.svg']);

/** The group of a site file; see GROUPS for the order they are precached in. */
export function groupOf(path: string): Group {
  // Layouts' styles and scripts, KaTeX's stylesheet and fonts, icons.
  if (/^(_astro|katex|icons)\//.test(path) || SHELL_PAGES.has(path)) return 'shell';
  // Pagefind's entry files: its script, WebAssembly, the entry and meta index; not its chunks.
  if (/^pagefind\/[^/]+$/.test(path)) return 'shell';
  if (path === 'index.html') return 'home';
  if (/^(topics|graph)\/.*\.html$/.test(path)) return 'topics';
  if (/^pagefind\/(index|filter)\//.test(path)) return 'search-index';
  if (path.startsWith('pagefind/fragment/')) return 'search-fragments';
  if (/^papers\/[^/]+\/index\.html$/.test(path) && !path.startsWith('papers/page/')) return 'papers';
  return 'other';
}

export interface PrecacheSplit<T extends SiteFile> {
  /** The shell, then the budgeted files, in precache order. */
  precache: T[];
  /** Everything else: cached as read, or saved with "Make available offline". */
  later: T[];
  shellBytes: number;
  /** Bytes taken from the budget (not counting the shell). */
  budgetBytes: number;
  /** True when nothing was left out: the catalog fits. */
  complete: boolean;
}

/**
 * Splits `files` into the precache (the whole shell, then files by group while they fit
 * `budget` bytes; a file too large to fit is skipped and smaller ones after it still
 * go in) and the rest. Within a group files go by path, so the split is deterministic.
 */
export function splitPrecache<T extends SiteFile>(files: readonly T[], budget: number): PrecacheSplit<T> {
  if (!(budget >= 0)) throw new RangeError(`the offline budget must be a number of bytes ≥ 0, got ${budget}`);
  const rank = (file: T) => GROUPS.indexOf(groupOf(file.path));
  const ordered = files.map((file) => ({ file, rank: rank(file) })).sort((a, b) => a.rank - b.rank || (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  const precache: T[] = [];
  const later: T[] = [];
  let shellBytes = 0;
  let budgetBytes = 0;
  for (const { file, rank: r } of ordered) {
    if (r === 0) {
      precache.push(file);
      shellBytes += file.bytes;
    } else if (budgetBytes + file.bytes <= budget) {
      precache.push(file);
      budgetBytes += file.bytes;
    } else later.push(file);
  }
  return { precache, later, shellBytes, budgetBytes, complete: later.length === 0 };
}
