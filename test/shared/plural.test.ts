import { describe, expect, it } from 'vitest';
import { plural } from '../../src/shared/plural.ts';

describe('plural', () => {
  it.each([
    [0, 'paper', '0 papers'],
    [1, 'paper', '1 paper'],
    [2, 'paper', '2 papers'],
    [1, 'linked topic', '1 linked topic'],
    [10_000, 'link', '10000 links'],
  ])('%d %s is "%s"', (n, word, expected) => {
    expect(plural(n, word)).toBe(expected);
  });
});
