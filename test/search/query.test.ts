import { describe, expect, it } from 'vitest';
import { normalizeQuery, queryTerms } from '../../src/search/query.ts';

describe('normalizeQuery', () => {
  it.each([
    ['  state   space\tmodels ', 'state space models'],
    ['µP', 'μP'],
    ['“exact phrase”', '"exact phrase"'],
    ['ﬁne-tuning', 'fine-tuning'],
    ['', ''],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeQuery(raw)).toBe(normalized);
  });
});

describe('queryTerms', () => {
  it('keeps the words worth highlighting, each once', () => {
    expect(queryTerms('"State space" models, a state-space (SSM) Models')).toEqual(['State', 'space', 'models', 'state-space', 'SSM']);
  });
  it('drops one-letter words and punctuation', () => {
    expect(queryTerms('a / b -- ?')).toEqual([]);
  });
});
