import { describe, expect, it } from 'vitest';
import type { ScoredTag } from '../../src/topics/select.ts';
import { topUpFromRunnerUps } from '../../src/topics/top-up.ts';
import { topic } from './fixtures.ts';

const vocabulary = [topic('peft', []), topic('lora', [], { parent: 'peft' }), topic('nerf', []), topic('moe', []), topic('rare', [])];
const tag = (t: string, score = 7, mentions = 1): ScoredTag => ({ tag: t, score, mentions, first: 0, evidence: { tag: t, phrase: t, where: 'abstract' } });
/** Three filler papers give `nerf`, `moe` and `peft` pages of their own. */
const pages = { f1: ['nerf', 'moe', 'peft'], f2: ['nerf', 'moe', 'peft'], f3: ['nerf', 'moe', 'peft'] };
const run = (assigned: Record<string, string[]>, scored: Record<string, ScoredTag[]>) => {
  const out = topUpFromRunnerUps(
    new Map(Object.entries({ ...pages, ...assigned }).map(([id, tags]) => [id, tags.map((t) => tag(t))])),
    new Map(Object.entries(scored)),
    vocabulary,
    2,
  );
  return Object.fromEntries([...out].filter(([id]) => id in assigned).map(([id, tags]) => [id, tags.map((t) => t.tag)]));
};

describe('topUpFromRunnerUps', () => {
  it('gives a paper the fold left with one tag its next runner-up that has a page', () => {
    expect(run({ a: ['nerf'] }, { a: [tag('nerf'), tag('rare', 7), tag('moe', 2)] })).toEqual({ a: ['nerf', 'moe'] });
  });

  it('skips a runner-up whose topic has no page', () => {
    expect(run({ a: ['nerf'] }, { a: [tag('nerf'), tag('rare', 7)] })).toEqual({ a: ['nerf'] });
  });

  it('never takes a runner-up without real evidence (a stray common word scores 1)', () => {
    expect(run({ a: ['nerf'] }, { a: [tag('nerf'), tag('moe', 1)] })).toEqual({ a: ['nerf'] });
  });

  it('leaves papers that already have enough tags alone', () => {
    expect(run({ a: ['nerf', 'peft'] }, { a: [tag('nerf'), tag('peft'), tag('moe', 5)] })).toEqual({ a: ['nerf', 'peft'] });
  });

  it('brings the parent of a child runner-up when the parent has a page', () => {
    expect(run({ a: ['nerf'] }, { a: [tag('nerf'), tag('lora', 3)] })).toEqual({ a: ['nerf', 'peft'] });
  });
});
