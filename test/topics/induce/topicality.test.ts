import { describe, expect, it } from 'vitest';
import { isTopical, type Topicality } from '../../../src/topics/induce/topicality.ts';

const candidate = (key: string, papers: number, score: number): Topicality => ({ key, papers, strongShare: 0.7, cohesion: score / 0.7, score });

describe('isTopical', () => {
  it('raises the bar with the share of the catalog, a word’s twice as fast as a phrase’s', () => {
    // 30 papers of 200 (15 %): the phrase bar is 0.1 × 1.75 = 0.175, the word bar 0.3 × 2.5 = 0.75.
    expect(isTopical(candidate('language model', 30, 0.2), 200)).toBe(true);
    expect(isTopical(candidate('language model', 30, 0.17), 200)).toBe(false);
    expect(isTopical(candidate('network', 30, 0.7), 200)).toBe(false);
    expect(isTopical(candidate('network', 30, 0.76), 200)).toBe(true);
  });

  it('refuses a phrase written strongly by fewer than two papers, whatever its score', () => {
    expect(isTopical({ key: 'one paper phrase', papers: 3, strongShare: 1 / 3, cohesion: 1, score: 1 / 3 }, 200)).toBe(false);
  });

  it('refuses a number alone, however cohesive its papers ("FORTRAN IV", "Part II", "Smith et al., 2020a"), but not a phrase holding one', () => {
    for (const key of ['iv', 'ii', 'xii', '2020', '2020a', '1998b']) expect(isTopical(candidate(key, 5, 1), 500), key).toBe(false);
    for (const key of ['class ii', 'ivy', 'xml', 'vit', '3d', '4d', '2020a model']) expect(isTopical(candidate(key, 5, 1), 500), key).toBe(true);
  });
});
