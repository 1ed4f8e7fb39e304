/**
 * Lists by year, newest first, beside the catalog order every list has (seed list and
 * position, the order papers were added). Only lists whose papers have years get this
 * second order, and it is list pages only: no paper page is made twice.
 */

/** Papers (or anything with a year) newest year first; those without a year last; ties keep the list's order. */
export function byYear<T>(items: readonly T[], year: (item: T) => number | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, y: year(item) }))
    .sort((a, b) => (b.y ?? -Infinity) - (a.y ?? -Infinity) || a.i - b.i)
    .map(({ item }) => item);
}

/** Whether ordering by year tells a reader anything: at least two papers with different years. */
export function worthOrderingByYear<T>(items: readonly T[], year: (item: T) => number | undefined): boolean {
  let seen: number | undefined;
  for (const item of items) {
    const y = year(item);
    if (y === undefined) continue;
    if (seen !== undefined && y !== seen) return true;
    seen = y;
  }
  return false;
}

/** A page of a by-year list as runs of one year each (`undefined`: papers without a year), in order. */
export function yearGroups<T>(items: readonly T[], year: (item: T) => number | undefined): { year: number | undefined; items: T[] }[] {
  const groups: { year: number | undefined; items: T[] }[] = [];
  for (const item of items) {
    const y = year(item);
    const last = groups.at(-1);
    if (last && last.year === y) last.items.push(item);
    else groups.push({ year: y, items: [item] });
  }
  return groups;
}
