import { describe, expect, it } from 'vitest';
import { mean, pageId, precisionAt, reciprocalRank } from '../../../scripts/lib/search-metrics.ts';

describe('pageId', () => {
  it.each([
    ['/papers/condconv/', '/', 'condconv'],
    ['/papers/condconv/?highlight=cond', '/', 'condconv'],
    ['/topics/lora/', '/', 'topics/lora'],
    ['/atlas/papers/u-mup/#abstract', '/atlas/', 'u-mup'],
    ['/atlas/topics/peft/', '/atlas/', 'topics/peft'],
  ])('%s under %s is %s', (url, base, id) => {
    expect(pageId(url, base)).toBe(id);
  });
});

describe('reciprocalRank', () => {
  it('is 1 for the first place, 1/3 for the third, 0 when missing', () => {
    expect(reciprocalRank(['a', 'b', 'c'], 'a')).toBe(1);
    expect(reciprocalRank(['a', 'b', 'c'], 'c')).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['a', 'b', 'c'], 'z')).toBe(0);
  });
});

describe('precisionAt', () => {
  const relevant = new Set(['a', 'c', 'e', 'g', 'i', 'k']);
  it('counts relevant results among the first k', () => {
    expect(precisionAt(5, ['a', 'b', 'c', 'd', 'e', 'f'], relevant)).toBeCloseTo(3 / 5);
  });
  it('counts missing places as misses', () => {
    expect(precisionAt(5, ['a', 'c'], relevant)).toBeCloseTo(2 / 5);
  });
  it('is perfect when every relevant page is in the top, even if fewer than k exist', () => {
    const few = new Set(['a', 'c', 'e']);
    expect(precisionAt(5, ['a', 'c', 'e', 'x', 'y'], few)).toBe(1);
    expect(precisionAt(5, ['a', 'x', 'c', 'e', 'y'], few)).toBe(1);
    expect(precisionAt(5, ['x', 'y', 'z', 'w', 'a', 'c'], few)).toBeCloseTo(1 / 3);
  });
  it('rejects k below 1 and queries with nothing relevant', () => {
    expect(() => precisionAt(0, ['a'], relevant)).toThrow(RangeError);
    expect(() => precisionAt(5, ['a'], new Set())).toThrow(RangeError);
  });
});

describe('mean', () => {
  it('averages, and is 0 for nothing', () => {
    expect(mean([1, 0.5, 0])).toBeCloseTo(0.5);
    expect(mean([])).toBe(0);
  });
});
