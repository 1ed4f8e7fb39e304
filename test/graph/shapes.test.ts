import { describe, expect, it } from 'vitest';
import { SHAPES, shapePath } from '../../src/graph/shapes.ts';

/** Area of a polygon path made of M/L commands (shoelace formula). */
function polygonArea(d: string): number {
  const points = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
  let twice = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length]!;
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

describe('shapePath', () => {
  it.each(SHAPES.filter((s) => s !== 'circle'))('draws a %s with about the area of the circle', (shape) => {
    const d = shapePath(shape, 10);
    expect(d).toMatch(/^M.*Z$/);
    const ratio = polygonArea(d) / (Math.PI * 100);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.3);
  });

  it('draws a circle as two arcs', () => {
    expect(shapePath('circle', 10)).toBe('M-10 0A10 10 0 1 0 10 0A10 10 0 1 0 -10 0Z');
  });
});
