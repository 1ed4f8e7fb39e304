import { describe, expect, it } from 'vitest';
import { foldGreek } from '../../src/search/fold-greek.ts';

describe('foldGreek', () => {
  it.each([
    ['u-μP: The Unit-Scaled', 'u-muP: The Unit-Scaled'],
    ['µnit Scaling', 'munit Scaling'],
    ['Δ-networks and α-β pruning', 'Delta-networks and alpha-beta pruning'],
    ['plain ASCII', 'plain ASCII'],
  ])('%s → %s', (text, folded) => {
    expect(foldGreek(text)).toBe(folded);
  });
});
