import { describe, expect, it } from 'vitest';
import { median } from '../../src/shared/median.ts';

describe('median', () => {
  it('is the middle value whatever the order, the upper middle for an even count, 0 for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([7])).toBe(7);
    expect(median([])).toBe(0);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
