import { describe, expect, it } from 'vitest';
import { editDistance, closeTopics, wordCloseness, type SuggestableTopic } from '../../src/search/close-topics.ts';

const topics: SuggestableTopic[] = [
  { slug: 'diffusion-models', key: 'zzt0000000001', name: 'Diffusion models', aliases: ['DDPM', 'score-based', 'denoising diffusion'], papers: 16 },
  { slug: 'fast-diffusion-sampling', key: 'zzt0000000002', name: 'Fast diffusion sampling', aliases: ['few-step sampling'], papers: 6 },
  { slug: 'pruning-compression', key: 'zzt0000000003', name: 'Pruning, sparsity & compression', aliases: ['pruning', 'sparse training'], papers: 12 },
  { slug: 'peft', key: 'zzt0000000004', name: 'Parameter-efficient fine-tuning', aliases: ['PEFT', 'delta tuning'], papers: 30 },
  { slug: 'mup-hyperparameter-transfer', key: 'zzt0000000005', name: 'muP & hyperparameter transfer', aliases: ['muP', 'mu-transfer'], papers: 11 },
  { slug: 'reinforcement-learning', key: 'zzt0000000006', name: 'Reinforcement learning & bandits', aliases: ['RL', 'bandit'], papers: 9 },
];
const slugs = (query: string) => closeTopics(query, topics).map((s) => s.topic.slug);

describe('editDistance', () => {
  it.each([
    ['diffusion', 'diffusion', 0],
    ['difusion', 'diffusion', 1],
    ['diffsuion', 'diffusion', 1],
    ['prunning', 'pruning', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('wordCloseness', () => {
  it('is 1 for the same word, high for a beginning, 0 for unrelated or short words', () => {
    expect(wordCloseness('pruning', 'pruning')).toBe(1);
    expect(wordCloseness('prun', 'pruning')).toBeGreaterThan(0.9);
    expect(wordCloseness('difusion', 'diffusion')).toBeGreaterThan(0.85);
    expect(wordCloseness('graph', 'pruning')).toBe(0);
    expect(wordCloseness('rl', 'ml')).toBe(0);
  });
});

describe('closeTopics', () => {
  it('offers topics for misspelled queries, closest first', () => {
    expect(slugs('difusion')).toEqual(['diffusion-models', 'fast-diffusion-sampling']);
    expect(slugs('prunning')).toEqual(['pruning-compression']);
  });
  it('matches aliases and abbreviations, Greek spelled out', () => {
    expect(slugs('PEFT')).toEqual(['peft']);
    expect(slugs('μP')).toEqual(['mup-hyperparameter-transfer']);
    expect(slugs('rl')).toEqual(['reinforcement-learning']);
  });
  it('offers a topic that matches one word of a longer query', () => {
    expect(slugs('transformer pruning')).toEqual(['pruning-compression']);
  });
  it('offers nothing for unrelated or empty queries', () => {
    expect(slugs('zebra crossing')).toEqual([]);
    expect(slugs('the of')).toEqual([]);
    expect(slugs('')).toEqual([]);
  });
  it('keeps at most `limit` suggestions', () => {
    expect(closeTopics('diffusion', topics, 1)).toHaveLength(1);
  });
});
