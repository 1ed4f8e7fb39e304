import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../src/topics/match.ts';
import { rankCandidates, scoreTopics, selectTopics } from '../../src/topics/select.ts';
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

  describe('runner-ups for a paper with one tag', () => {
    // One title hit and a full abstract give 7; one specific name in the abstract gives 2, under the 0.3 floor.
    const title = 'Neural radiance fields';
    const abstract = 'Neural radiance fields. NeRF again. A NeRF. More NeRF.';

    it('adds the best topic under the floor that has real evidence of its own', () => {
      expect(tagsOf(title, `${abstract} We compare with an MoE.`)).toEqual(['nerf', 'moe']);
    });

    it('never takes a stray common word', () => {
      expect(tagsOf(title, `${abstract} One convolution.`)).toEqual(['nerf']);
    });

    it('takes a common word that comes up twice', () => {
      expect(tagsOf(title, `${abstract} A convolution; a second convolution.`)).toEqual(['nerf', 'convolution']);
    });

    it('adds nothing under the floor when the floor already leaves two tags', () => {
      expect(tagsOf('NeRF with SSM', `${abstract} SSM. SSM again. An MoE.`)).toEqual(['nerf', 'ssm']);
    });

    it('brings a runner-up child with its parent', () => {
      expect(tagsOf(title, `${abstract} Some LoRA.`)).toEqual(['nerf', 'lora', 'peft']);
    });

    it('prefers, between equal scores, the topic named more often, then the one named first', () => {
      // SSM once (a specific name) and convolution twice (a common word) both score 2.
      expect(tagsOf(title, `${abstract} An SSM. A convolution, a convolution.`)).toEqual(['nerf', 'convolution']);
      const ranked = rankCandidates(scoreTopics(compiled, { id: 'p', title: 'A study', abstract: 'An SSM, then an MoE.' }), VOCABULARY);
      expect(ranked.map((t) => t.tag)).toEqual(['ssm', 'moe']);
      const reversed = rankCandidates(scoreTopics(compiled, { id: 'p', title: 'A study', abstract: 'An MoE, then an SSM.' }), VOCABULARY);
      expect(reversed.map((t) => t.tag)).toEqual(['moe', 'ssm']);
    });

    it('can be switched off', () => {
      expect(selectTopics(scoreTopics(compiled, { id: 'p', title, abstract: `${abstract} An MoE.` }), VOCABULARY, { min: 1 }).map((t) => t.tag)).toEqual(['nerf']);
    });
  });
});
