import { describe, expect, it } from 'vitest';
import { agreement, recovery, sharedPairs, topicSets } from '../../src/topics/score.ts';

const labels = (o: Record<string, string[]>) => new Map(Object.entries(o));

// Gold: A = {1,2,3}, B = {3,4,5}. Predicted: x = {1,2,3}, y = {4} (too small to count),
// paper 5 untagged, paper 9 not in gold. Figures worked out by hand and confirmed with
// `python3 ../shared/eval/tagscore.py`: recovery 0.600 / 1.000, hm 0.750,
// pairs P 1.000 R 0.500 F1 0.667, coverage 0.800.
const gold = labels({ 1: ['A'], 2: ['A'], 3: ['A', 'B'], 4: ['B'], 5: ['B'] });
const pred = labels({ 1: ['x'], 2: ['x'], 3: ['x'], 4: ['y'], 5: [], 9: ['x'] });

describe('agreement', () => {
  it('matches tagscore.py on a hand-made case', () => {
    const a = agreement(pred, gold);
    expect(a).toMatchObject({ papers: 5, predTopics: 1, goldTopics: 2 });
    expect(a.coverage).toBeCloseTo(0.8, 10);
    expect(a.recoveryGoldToPred).toBeCloseTo(0.6, 10); // (1·3 + 1/5·3) / 6
    expect(a.recoveryPredToGold).toBeCloseTo(1, 10);
    expect(a.hm).toBeCloseTo(0.75, 10);
    expect(a.pairPrecision).toBeCloseTo(1, 10); // 3 predicted pairs, all in gold
    expect(a.pairRecall).toBeCloseTo(0.5, 10); // 3 of 6 gold pairs
    expect(a.pairF1).toBeCloseTo(2 / 3, 10);
  });

  it('gives 1 everywhere when the labelings agree up to names', () => {
    const renamed = labels({ 1: ['a'], 2: ['a'], 3: ['a', 'b'], 4: ['b'], 5: ['b'] });
    const a = agreement(renamed, gold);
    expect([a.hm, a.pairF1, a.coverage]).toEqual([1, 1, 1]);
  });

  it('gives 0 for an empty prediction', () => {
    const a = agreement(new Map(), gold);
    expect([a.hm, a.pairF1, a.coverage]).toEqual([0, 0, 0]);
  });

  it('counts only topics with at least minSize papers', () => {
    expect([...topicSets(pred, 3).keys()]).toEqual(['x']);
    expect([...topicSets(pred, 1).keys()].sort()).toEqual(['x', 'y']);
  });
});

describe('recovery', () => {
  it('weights each topic by its size', () => {
    const from = new Map([['big', new Set(['1', '2', '3', '4'])], ['small', new Set(['5'])]]);
    const to = new Map([['t', new Set(['1', '2', '3', '4'])]]);
    // big: J = 1, small: J = 0 → (1·4 + 0·1) / 5
    expect(recovery(from, to)).toBeCloseTo(0.8, 10);
  });
});

describe('sharedPairs', () => {
  it('lists each unordered pair once', () => {
    expect(sharedPairs(labels({ b: ['t'], a: ['t'], c: ['u'] }), ['a', 'b', 'c'])).toEqual(new Set(['a\u0000b']));
  });
});
