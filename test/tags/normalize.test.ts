import { describe, expect, it } from 'vitest';
import { canonicalWord, cleanText, phraseKeys, tokenize } from '../../src/tags/normalize.ts';

describe('canonicalWord', () => {
  it.each([
    ['Parameterization', 'parameterization'],
    ['parametrization', 'parameterization'],
    ['parameterisation', 'parameterization'],
    ['parametrised', 'parameterized'],
    ['Over-parametrized', 'over-parameterized'],
    ['optimise', 'optimize'],
    ['modelling', 'modeling'],
    ['Models', 'model'],
    ['LLMs', 'llm'],
    ['NeRFs', 'nerf'],
    ['matrices', 'matrix'],
    ['dependencies', 'dependency'],
    ['processes', 'process'],
    ['loss', 'loss'],
    ['analysis', 'analysis'],
    ['focus', 'focus'],
  ])('%s → %s', (word, key) => {
    expect(canonicalWord(word)).toBe(key);
  });
});

describe('cleanText', () => {
  it('turns stripped-LaTeX remnants into words', () => {
    expect(cleanText('$\\mu$P and u-μP')).toBe('muP and u-muP');
    expect(cleanText('inject \\(\\Delta W\\) matrices')).toBe('inject  Delta W  matrices');
    expect(cleanText('mathcal O_i(u) = sigmaleft( sum_j right)')).toBe('  O i(u) = sigma( sum j )');
  });
});

describe('tokenize', () => {
  it('keeps hyphenated words in one segment and splits at punctuation', () => {
    const tokens = tokenize('low-rank adaptation. Fine tuning');
    expect(tokens.map((t) => t.key)).toEqual(['low', 'rank', 'adaptation', 'fine', 'tuning']);
    expect(tokens.map((t) => t.segment)).toEqual([0, 0, 0, 1, 1]);
  });

  it('gives alias keys the same treatment as text', () => {
    expect(phraseKeys('Low-Rank Adaptations')).toEqual(['low', 'rank', 'adaptation']);
  });
});
