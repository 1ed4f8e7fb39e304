import { describe, expect, it } from 'vitest';
import { titlesHaveMath } from '../../src/catalog/page-math.ts';

describe('titlesHaveMath', () => {
  it('is true when one title of the list holds math', () => {
    expect(titlesHaveMath(['Plain', 'With $1/n$ Parameters'])).toBe(true);
    expect(titlesHaveMath(['Plain', 'Costs $5'])).toBe(false);
    expect(titlesHaveMath([])).toBe(false);
  });
});
