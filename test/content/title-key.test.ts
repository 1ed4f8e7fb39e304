import { describe, expect, it } from 'vitest';
import { titleKey } from '../../src/content/title-key.ts';

describe('titleKey', () => {
  it.each([
    ['case and punctuation', 'Go Wider Instead of Deeper', 'go wider, instead of deeper!'],
    ['hyphens and spacing', 'Pre-training Transformers', 'Pretraining  Transformers'],
    ['Greek letters, plain and in LaTeX', 'u-μP: The Unit-Scaled Maximal Update Parametrization', 'u-$\\mu$P: the unit-scaled maximal update parametrization'],
    ['Greek letters spelled out', 'u-μP', 'U-MuP'],
    ['LaTeX wrappers', 'Convergence Rate $\\mathcal {O}\\left(k^{-3} \\right)$', 'Convergence rate O(k^-3)'],
    ['fractions', 'Scaling as $\\frac{1}{n}$', 'Scaling as $1/n$'],
    ['accents', 'Naïve Bayes Revisited', 'Naive Bayes revisited'],
    ['compatibility forms', 'Ｆｕｌｌｗｉｄｔｈ ﬁne-tuning', 'Fullwidth fine-tuning'],
  ])('treats titles differing only by %s as the same', (_name, a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  it.each([
    ['different words', 'Attention Is All You Need', 'Attention Is Not All You Need'],
    ['different numbers', 'GhostNetV2', 'GhostNetV3'],
    ['different math', '$O(k^{-3})$ rates', '$O(k^{-2})$ rates'],
  ])('tells titles apart that differ by %s', (_name, a, b) => {
    expect(titleKey(a)).not.toBe(titleKey(b));
  });

  it('keeps only lower-case letters and digits', () => {
    expect(titleKey('u-μP: The Unit-Scaled (2024)')).toBe('umuptheunitscaled2024');
  });
});
