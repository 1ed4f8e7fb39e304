import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse-seed.ts';
import { indexKeyphrases } from '../../src/topics/fallback.ts';
import { KeyphraseCounter } from '../../src/topics/keyphrase-counts.ts';
import { analyzeText } from '../../src/topics/normalize.ts';
import type { TagInput } from '../../src/topics/types.ts';

/** Counts from `KeyphraseCounter` for every key `indexKeyphrases` finds, next to its own counts. */
function bothCounts(papers: readonly TagInput[]) {
  const index = indexKeyphrases(papers);
  const counter = new KeyphraseCounter();
  for (const paper of papers) counter.add([analyzeText(paper.title), analyzeText(paper.abstract)]);
  return { counted: counter.count(index.df.keys()), expected: index.df, counter, index };
}

describe('KeyphraseCounter', () => {
  it('counts papers, not mentions, and nothing across a segment or between title and abstract', () => {
    const { counted, counter } = bothCounts([
      { id: 'a', title: 'Gene expression atlases', abstract: 'Gene expression of cells; gene expression again.' },
      { id: 'b', title: 'Protein folding', abstract: 'We study gene. Expression follows.' },
      { id: 'c', title: 'Cell atlases of gene', abstract: 'expression in cells' },
    ]);
    expect(counter.size).toBe(3);
    expect(counted.get('gene expression')).toBe(1);
    expect(counted.get('gene')).toBe(3);
    expect(counted.get('cell')).toBe(2);
    expect(counter.count(['protein folding', 'gene expression atlase', 'cell gene', 'no such phrase', 'gene expression'])).toEqual(
      new Map([
        ['protein folding', 1],
        ['gene expression atlase', 1],
        ['cell gene', 0],
        ['no such phrase', 0],
        ['gene expression', 1],
      ]),
    );
  });

  it('agrees with indexKeyphrases on every phrase of the seed catalog', () => {
    const seed = parseSeed(readFileSync('seeds/000_3e2e2a5540f5c922.txt', 'utf8'), 'seed').map((p) => ({ id: String(p.position), ...p }));
    const { counted, expected, counter } = bothCounts(seed);
    expect(expected.size).toBeGreaterThan(5_000);
    expect(counted).toEqual(expected);
    expect(counter.size).toBe(seed.length);
  });

  it('agrees with indexKeyphrases on any text (property)', () => {
    const words = ['gene', 'Genes', 'expression', 'of', 'the', 'quickly', 'learned', 'model', 'cell', 'atlas', 'μP', "model's", '2019', 'low-rank'];
    const text = fc.array(fc.constantFrom(...words, '.', ',', ' ', '(', ')'), { maxLength: 16 }).map((w) => w.join(' '));
    const papers = fc.array(fc.record({ title: text, abstract: text }), { maxLength: 8 }).map((list) => list.map((p, i) => ({ id: `p${i % 5}`, ...p })));
    fc.assert(
      fc.property(papers, (list) => {
        const { counted, expected } = bothCounts(list);
        expect(counted).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
