/**
 * Long lists of papers (the home page, each topic) split into pages, so that no page
 * grows with the catalog: at 30,000 papers one list would weigh megabytes, too much to
 * read, to download and to keep offline. The seed catalog fits on one page per list.
 */

/** Papers per list page; `PAGE_SIZE` in the environment overrides it (a positive integer). */
export const DEFAULT_PAGE_SIZE = 250;

export function pageSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env['PAGE_SIZE'];
  if (raw === undefined || raw === '') return DEFAULT_PAGE_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`PAGE_SIZE: expected a positive whole number of papers per list page, found ${JSON.stringify(raw)}. Hint: unset it for the default (${DEFAULT_PAGE_SIZE}).`);
  }
  return size;
}

/** How many pages `total` items fill (at least one, even when empty). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on 1-based page `page`. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The URL of page `page` of a list whose first page is `first`, later pages living under
 * `later` (`<later>page/<n>/`; by default under the first page). URLs end in /.
 */
export function pageUrl(first: string, page: number, later = first): string {
  return page <= 1 ? first : `${later}page/${page}/`;
}

export interface PagerLink {
  page: number;
  url: string;
  current: boolean;
}

/**
 * The pages a pager shows: the first, the last, and the current one with `around`
 * neighbours on each side; `null` marks a gap. One page needs no pager: [].
 */
export function pagerLinks(first: string, current: number, count: number, later = first, around = 2): (PagerLink | null)[] {
  if (count <= 1) return [];
  const shown = new Set([1, count]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= count) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const links: (PagerLink | null)[] = [];
  for (const [i, page] of pages.entries()) {
    if (i > 0 && page - pages[i - 1]! > 1) links.push(null);
    links.push({ page, url: pageUrl(first, page, later), current: page === current });
  }
  return links;
}

/** Static paths for pages 2…n of a list (page 1 is the list's own route). */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
