import { describe, expect, it } from 'vitest';
import { foldSmallTopics } from '../../src/tags/fold.ts';
import type { ScoredTag } from '../../src/tags/select.ts';
import { topic } from './fixtures.ts';

const vocabulary = [topic('peft', []), topic('lora', [], { parent: 'peft' }), topic('adapters', [], { parent: 'peft' }), topic('rare', [])];
const tag = (t: string): ScoredTag => ({ tag: t, score: 3, evidence: { tag: t, phrase: t.toUpperCase(), where: 'title' } });
const run = (papers: Record<string, string[]>) => {
  const out = foldSmallTopics(new Map(Object.entries(papers).map(([id, tags]) => [id, tags.map(tag)])), vocabulary);
  return Object.fromEntries([...out].map(([id, tags]) => [id, tags.map((t) => t.tag)]));
};

describe('foldSmallTopics', () => {
  it('keeps topics with three papers', () => {
    expect(run({ a: ['lora'], b: ['lora'], c: ['lora'] })).toEqual({ a: ['lora'], b: ['lora'], c: ['lora'] });
  });

  it('folds a child with fewer than three papers into its parent', () => {
    expect(run({ a: ['lora'], b: ['adapters'], c: ['peft'], d: ['rare'] })).toEqual({ a: ['peft'], b: ['peft'], c: ['peft'], d: [] });
  });

  it('lets small children lift their parent over the bar, and drops a parent still under it', () => {
    expect(run({ a: ['lora'], b: ['adapters'] })).toEqual({ a: [], b: [] });
  });

  it('records the child phrase as parent evidence and keeps the tag position', () => {
    const out = foldSmallTopics(new Map([['a', [tag('rare'), tag('lora')]], ['b', [tag('peft')]], ['c', [tag('peft')]]]), vocabulary);
    expect(out.get('a')!.map((t) => t.evidence)).toEqual([{ tag: 'peft', phrase: 'LORA', where: 'parent' }]);
  });

  it('leaves tags outside the vocabulary alone', () => {
    expect(run({ a: ['gene-expression'] })).toEqual({ a: ['gene-expression'] });
  });
});
