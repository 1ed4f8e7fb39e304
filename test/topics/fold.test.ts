import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSmallTopics } from '../../src/topics/fold.ts';
import type { ScoredTag } from '../../src/topics/select.ts';
import type { Topic } from '../../src/topics/types.ts';
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

/** The fold as first written: every topic's papers counted afresh from all papers (quadratic, plainly right). */
function referenceFold(assigned: ReadonlyMap<string, readonly ScoredTag[]>, vocabulary: readonly Topic[], minPapers = 3): Map<string, ScoredTag[]> {
  const parentOf = new Map(vocabulary.map((t) => [t.slug, t.parent]));
  const depth = (slug: string) => {
    let d = 0;
    const seen = new Set<string>();
    for (let p = parentOf.get(slug); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      seen.add(p);
      d++;
    }
    return d;
  };
  const out = new Map([...assigned].map(([id, tags]) => [id, [...tags]]));
  const count = (slug: string) => [...out.values()].filter((tags) => tags.some((t) => t.tag === slug)).length;
  const byDepth = vocabulary.map((t, i) => ({ slug: t.slug, depth: depth(t.slug), i })).sort((a, b) => b.depth - a.depth || a.i - b.i);
  for (const { slug } of byDepth) {
    if (count(slug) >= minPapers) continue;
    const parent = parentOf.get(slug);
    for (const [id, tags] of out) {
      const index = tags.findIndex((t) => t.tag === slug);
      if (index < 0) continue;
      const folded = tags[index]!;
      const next = tags.filter((t) => t.tag !== slug);
      if (parent !== undefined && !next.some((t) => t.tag === parent)) {
        next.splice(index, 0, { tag: parent, score: folded.score, evidence: { tag: parent, phrase: folded.evidence.phrase, where: 'parent' } });
      }
      out.set(id, next);
    }
  }
  return out;
}

describe('foldSmallTopics (property)', () => {
  const tree = [
    topic('ml', []),
    topic('peft', [], { parent: 'ml' }),
    topic('lora', [], { parent: 'peft' }),
    topic('qlora', [], { parent: 'lora' }),
    topic('adapters', [], { parent: 'peft' }),
    topic('vision', []),
    topic('nerf', [], { parent: 'vision' }),
    topic('loop-a', [], { parent: 'loop-b' }),
    topic('loop-b', [], { parent: 'loop-a' }),
  ];
  const slugs = [...tree.map((t) => t.slug), 'keyphrase-topic'];
  const papers = fc.array(fc.array(fc.constantFrom(...slugs), { maxLength: 5 }), { maxLength: 14 });

  it('folds exactly as counting every topic afresh, duplicate tags and parent loops included', () => {
    fc.assert(
      fc.property(papers, fc.integer({ min: 1, max: 4 }), (lists, minPapers) => {
        const assigned = new Map(lists.map((tags, i) => [`p${i}`, tags.map(tag)]));
        expect(foldSmallTopics(assigned, tree, minPapers)).toEqual(referenceFold(assigned, tree, minPapers));
      }),
      { numRuns: 3000 },
    );
  });
});
