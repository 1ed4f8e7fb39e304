import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, shingles, similarPairs, words } from '../../src/check/shingles.ts';

describe('shingles', () => {
  it('splits into lower-case words without punctuation', () => {
    expect(words('Deep Implicit-Fields, e.g. μ-P!')).toEqual(['deep', 'implicit', 'fields', 'e', 'g', 'μ', 'p']);
  });

  it('makes the set of three-word runs', () => {
    expect([...shingles('a b c d a b c')]).toEqual(['a b c', 'b c d', 'c d a', 'd a b']);
    expect(shingles('too short').size).toBe(0);
  });

  it('measures Jaccard similarity', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('finds exactly the pairs a brute-force comparison finds', () => {
    const texts = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 }).map((w) => w.join(' ')), { maxLength: 8 });
    fc.assert(
      fc.property(texts, fc.double({ min: 0.01, max: 1, noNaN: true }), (list, min) => {
        const sets = list.map((t) => shingles(t));
        const expected: string[] = [];
        for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) if (jaccard(sets[i]!, sets[j]!) >= min) expected.push(`${i},${j}`);
        expect(similarPairs(sets, min).map((p) => `${p.i},${p.j}`).sort()).toEqual(expected.sort());
      }),
    );
  });
});
