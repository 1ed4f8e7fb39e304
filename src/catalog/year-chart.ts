/**
 * A topic's papers per year, as the topic page draws them: one bar per year from its
 * first year to its last, years without papers included (a gap is part of the story),
 * bar heights in percent of the busiest year. Pure, so the page only renders it.
 */

export interface YearBar {
  year: number;
  count: number;
  /** Bar height, 0–100: percent of the busiest year's count. */
  height: number;
}

export interface YearChart {
  bars: YearBar[];
  /** Papers without a year, which no bar shows. */
  undated: number;
}

/** The chart for papers with these years (`undefined` for a paper without one); no bars when none has a year. */
export function yearChart(years: readonly (number | undefined)[]): YearChart {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const year of years) {
    if (year === undefined) undated++;
    else counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return { bars: [], undated };
  const known = [...counts.keys()];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const max = Math.max(...counts.values());
  const bars = Array.from({ length: last - first + 1 }, (_, i): YearBar => {
    const count = counts.get(first + i) ?? 0;
    return { year: first + i, count, height: Math.round((count / max) * 1000) / 10 };
  });
  return { bars, undated };
}
