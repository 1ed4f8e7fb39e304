import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LADDER, SMALL_STEPS } from '../../../src/graph/label-scale.ts';

describe('graph.css', () => {
  it('has one container query per step of the label ladder, with the same widths and scales', () => {
    const css = readFileSync('src/graph/components/graph.css', 'utf8');
    const queries = [...css.matchAll(/@container graph \(min-width: ([\d.]+)px\) \{ \.graph-svg \{ --s: ([\d.]+); \} \.graph-svg \.v(\d+) \{ display: inline; \} \}/g)];
    expect(queries.length).toBeGreaterThanOrEqual(8);
    queries.forEach(([, width, s, step], i) => {
      expect(Number(step)).toBe(i + 1);
      expect(Number(s)).toBe(LADDER[i + 1]);
      expect(Number(width)).toBeCloseTo(LADDER[i + 1]! * 1000, 6);
    });
    expect(css).toContain(`--s: ${LADDER[0]};`);
  });

  it('shows the extra phone-sized labels at their own step only', () => {
    const css = readFileSync('src/graph/components/graph.css', 'utf8');
    const ranges = [...css.matchAll(/@container graph \((?:([\d.]+)px <= )?width < ([\d.]+)px\) \{ \.graph-svg \.p(\d+) \{ display: inline; \} \}/g)];
    expect(ranges).toHaveLength(SMALL_STEPS);
    ranges.forEach(([, from, to, step], i) => {
      expect(Number(step)).toBe(i);
      if (i > 0) expect(Number(from)).toBeCloseTo(LADDER[i]! * 1000, 6);
      expect(Number(to)).toBeCloseTo(LADDER[i + 1]! * 1000, 6);
    });
  });
});
