import { describe, expect, it } from 'vitest';
import { findAbbreviations, longFormFor } from '../../../src/topics/induce/abbreviations.ts';

describe('findAbbreviations (Schwartz & Hearst)', () => {
  it.each([
    ['We revisit state space models (SSMs) for long sequences.', 'SSMs', 'state space models'],
    ['Low-Rank Adaptation (LoRA) freezes the weights.', 'LoRA', 'Low-Rank Adaptation'],
    ['Training of large language models (LLMs) is costly.', 'LLMs', 'large language models'],
    ['We use the maximal update parameterization (muP) here.', 'muP', 'maximal update parameterization'],
  ])('pairs the short form in %s', (text, short, long) => {
    expect(findAbbreviations(text)).toEqual([{ short, long }]);
  });

  it('takes the shortest long form whose letters match, not the whole sentence', () => {
    expect(longFormFor('RL', 'in this paper we study deep reinforcement learning')).toBe('reinforcement learning');
  });

  it('ignores parentheses that define nothing: lower-case words, one-word long forms, unmatched letters', () => {
    expect(findAbbreviations('The loss (see below) is small.')).toEqual([]);
    expect(findAbbreviations('We train transformers (Transformer) fast.')).toEqual([]);
    expect(findAbbreviations('The results (XYZ) hold.')).toEqual([]);
  });

  it('pairs a long form that starts with a hyphenated compound of function words, and still refuses one that starts with a function word', () => {
    expect(findAbbreviations('We detect out-of-distribution (OOD) inputs.')).toEqual([{ short: 'OOD', long: 'out-of-distribution' }]);
    expect(findAbbreviations('We study in-context learning (ICL) in transformers.')).toEqual([{ short: 'ICL', long: 'in-context learning' }]);
    expect(findAbbreviations('We train all of the models (OTM) at once.')).toEqual([]);
  });

  it('takes a capitalised word in parentheses for a word, not a short form', () => {
    // the letters of "Invariance" run through the words before it, but it abbreviates nothing
    expect(findAbbreviations('We ask for invariance of prediction to change in unimportant features (Invariance) here.')).toEqual([]);
    expect(findAbbreviations('We ask for independent variances (IVar) here.')).toEqual([{ short: 'IVar', long: 'independent variances' }]);
  });
});
