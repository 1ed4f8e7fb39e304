import { describe, expect, it } from 'vitest';
import { matchRanges, splitMarked, stemOf, termMatcher } from '../../src/search/match-ranges.ts';

describe('stemOf', () => {
  it.each([
    ['pruning', 'prun'],
    ['models', 'model'],
    ['Hypernetworks', 'hypernetwork'],
    ['parameterization', 'parameteriz'],
    ['studies', 'stud'],
    ['SSM', 'ssm'],
    ['μP', 'μp'],
    ['µP', 'μp'],
    ['uses', 'use'],
    ['is', 'is'],
  ])('%s → %s', (term, stem) => {
    expect(stemOf(term)).toBe(stem);
  });
});

describe('matchRanges', () => {
  const text = 'We prune networks; pruned models beat unpruned ones. Pruning-aware training.';
  it('marks whole words that begin like a query word, in any case', () => {
    const marked = matchRanges(text, ['pruning']).map((r) => text.slice(r.start, r.end));
    expect(marked).toEqual(['prune', 'pruned', 'Pruning']);
  });
  it('never marks inside a word', () => {
    expect(matchRanges('unpruned', ['pruned'])).toEqual([]);
  });
  it('marks hyphenated words as typed', () => {
    const title = 'Meta-Learning MCMC Proposals and meta-learned samplers';
    expect(matchRanges(title, ['meta-learning']).map((r) => title.slice(r.start, r.end))).toEqual(['Meta-Learning', 'meta-learned']);
  });
  it('marks Greek and mixed-case names', () => {
    const title = 'u-μP: The Unit-Scaled Maximal Update Parametrization';
    expect(matchRanges(title, ['μP']).map((r) => title.slice(r.start, r.end))).toEqual(['μP']);
  });
  it('takes regular-expression characters literally', () => {
    expect(matchRanges('a (b) c++ d', ['c++'])).toEqual([{ start: 6, end: 9 }]);
    expect(() => termMatcher(['(', '[a-'])).not.toThrow();
  });
  it('marks nothing for no terms or one-letter terms', () => {
    expect(matchRanges(text, [])).toEqual([]);
    expect(matchRanges(text, ['a'])).toEqual([]);
  });
});

describe('splitMarked', () => {
  it('cuts a text into pieces that join back to it', () => {
    const title = 'Diagonal State Spaces are as Effective as Structured State Spaces';
    const pieces = splitMarked(title, ['state', 'spaces']);
    expect(pieces.map((p) => p.text).join('')).toBe(title);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['State', 'Spaces', 'State', 'Spaces']);
  });
});
