import { describe, expect, it } from 'vitest';
import { findUncoveredPhrases } from '../../src/topics/uncovered-phrases.ts';
import { topic } from './fixtures.ts';

const papers = ['one', 'two', 'three'].map((n) => ({ id: n, title: `Gene expression in ${n} tissues`, abstract: 'We measure gene expression with LoRA.' }));

describe('findUncoveredPhrases', () => {
  it('lists shared phrases with their papers', () => {
    const [first] = findUncoveredPhrases(papers, []);
    expect(first).toEqual({ key: 'gene expression', phrase: 'Gene expression', papers: ['one', 'two', 'three'] });
  });

  it('leaves out phrases the vocabulary already covers', () => {
    const keys = findUncoveredPhrases(papers, [topic('genes', ['gene expression'])]).map((s) => s.key);
    expect(keys).not.toContain('gene expression');
  });

  it('needs the phrase in at least minPapers papers', () => {
    expect(findUncoveredPhrases(papers.slice(0, 2), [])).toEqual([]);
  });
});
