import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalWord, cleanText, phraseKeys, tokenize } from '../../src/topics/normalize.ts';

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

describe('canonicalWord on words that are also property names', () => {
  it('reads `constructor` as a word, not as a property of Object', () => {
    expect(canonicalWord('constructor')).toBe('constructor');
    expect(canonicalWord('Constructors')).toBe('constructor');
  });
});

/** The text steps as they were before the fast paths (ASCII, no TeX, `left(` found without the letters before it). */
function referenceCleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[μµ]/g, 'mu')
    .replace(/\\[()[\]]/g, ' ')
    .replace(/\$/g, '')
    .replace(/\\break\b/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, '$1')
    .replace(/\b(?:mathcal|mathbf|mathrm|mathbb|mathit|mathsf|operatorname|textbf|textit|emph|displaystyle)\b/g, ' ')
    .replace(/(\p{L}*?)(?:left|right)(?=[(){}[\]|])/gu, (_m, before: string) => before)
    .replace(/[{}^_~]/g, ' ')
    .replace(/[‐‑‒–]/g, '-')
    .replace(/[’`]/g, "'");
}

/** Tokens as the Unicode word pattern finds them, for every text. */
function referenceTokenize(text: string): { raw: string; start: number; segment: number }[] {
  let segment = 0;
  let last = 0;
  return [...text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)].map((m) => {
    if (/[.,;:!?()[\]"“”|=<>+*]/.test(text.slice(last, m.index))) segment++;
    last = m.index + m[0].length;
    return { raw: m[0], start: m.index, segment };
  });
}

/** Pieces that exercise every step: TeX, Unicode letters and spaces, glued delimiters, punctuation. */
const PIECES = [
  'sigmaleft(', 'right)', 'bright|', 'rightleft(', 'left', 'Left(', 'xright]', 'left{', '\\left(', '\\right)', '$\\mu$P', 'μP', 'µ',
  'ﬁne', 'ſ', 'K', 'Å', '𝑥', 'naïve', 'Schrödinger', 'mathcal O_i', '\\break', '\\(', '\\)', 'a^2', '{b}', '~', '‐', '–', 'it’s',
  'don`t', "model's", "x'", "'y", 'low-rank', 'A.', 'b,', ' ', ' ', '“q”', '=', '+', '42', 'x2', '2019', 'Ωmega', 'über', 'λ', '—', '/',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('cleanText and tokenize fast paths (property)', () => {
  it('clean exactly as the plain sequence of steps', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(cleanText(t)).toBe(referenceCleanText(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('split ASCII text into the same words and segments as the Unicode word pattern', () => {
    fc.assert(
      fc.property(text, (t) => {
        const clean = cleanText(t);
        expect(tokenize(clean).map(({ raw, start, segment }) => ({ raw, start, segment }))).toEqual(referenceTokenize(clean));
      }),
      { numRuns: 2000 },
    );
  });
});
