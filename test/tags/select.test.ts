import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../src/tags/match.ts';
import { scoreTopics, selectTopics } from '../../src/tags/select.ts';
import { VOCABULARY } from './fixtures.ts';

const compiled = compileVocabulary(VOCABULARY);
const tagsOf = (title: string, abstract: string) =>
  selectTopics(scoreTopics(compiled, { id: 'p', title, abstract }), VOCABULARY).map((t) => t.tag);

describe('selectTopics', () => {
  it('takes one title mention as enough', () => {
    expect(tagsOf('Convolution everywhere', 'Nothing else here.')).toEqual(['convolution']);
  });

  it('does not take one stray common word in the abstract', () => {
    expect(tagsOf('A study', 'We also use a convolution once.')).toEqual([]);
  });

  it('takes a common word mentioned twice in the abstract', () => {
    expect(tagsOf('A study', 'A convolution here. Another convolution there.')).toEqual(['convolution']);
  });

  it('takes one abstract mention of a specific name', () => {
    expect(tagsOf('A study', 'We apply PEFT to it.')).toEqual(['peft']);
  });

  it('ranks title evidence above a passing abstract mention', () => {
    expect(tagsOf('Mixture of experts', 'Experts with a NeRF.')).toEqual(['moe', 'nerf']);
    expect(tagsOf('Neural radiance fields', 'Some MoE here.')).toEqual(['nerf', 'moe']);
  });

  it('brings the parent of a chosen child, with the child phrase as evidence', () => {
    const chosen = selectTopics(scoreTopics(compiled, { id: 'p', title: 'LoRA for all', abstract: '' }), VOCABULARY);
    expect(chosen.map((t) => t.evidence)).toEqual([
      { tag: 'lora', phrase: 'LoRA', where: 'title' },
      { tag: 'peft', phrase: 'LoRA', where: 'parent' },
    ]);
  });

  it('keeps at most four vocabulary tags', () => {
    const title = 'NeRF, SSM, GNN, MoE and RL';
    expect(tagsOf(title, '')).toHaveLength(4);
  });
});
