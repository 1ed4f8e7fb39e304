import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceCacheFile, readEvidence, taggingKey, writeEvidence } from '../../src/topics/evidence-cache.ts';
import type { DerivedTags, Topic } from '../../src/topics/types.ts';

const papers = [
  { id: 'b', title: 'LoRA for all', abstract: 'Low-rank adapters.' },
  { id: 'a', title: 'Pruning', abstract: 'We prune.' },
];
const vocabulary = [{ slug: 'pruning', name: 'Pruning', description: 'Removing weights.', aliases: ['prune'], patterns: [], titleAliases: [] }] as unknown as Topic[];
const derived = new Map<string, DerivedTags>([['a', { tags: ['pruning'], evidence: [{ tag: 'pruning', phrase: 'Pruning', where: 'title' }] as DerivedTags['evidence'] }]]);

describe('the tag evidence ingest leaves for the site', () => {
  it('is keyed by every paper’s id, title and abstract and by the vocabulary, in any order', () => {
    const key = taggingKey(papers, vocabulary);
    expect(taggingKey([...papers].reverse(), vocabulary)).toBe(key);
    expect(taggingKey([{ ...papers[0]!, abstract: 'Low-rank adapters!' }, papers[1]!], vocabulary)).not.toBe(key);
    expect(taggingKey([{ ...papers[0]!, id: 'c' }, papers[1]!], vocabulary)).not.toBe(key);
    expect(taggingKey(papers, [{ ...vocabulary[0]!, aliases: ['prune', 'sparsify'] }])).not.toBe(key);
    expect(taggingKey(papers.slice(1), vocabulary)).not.toBe(key);
  });

  it('is read back only under the key it was written with', () => {
    const file = evidenceCacheFile(mkdtempSync(join(tmpdir(), 'evidence-')));
    expect(readEvidence(file, 'k1')).toBeUndefined();
    writeEvidence(file, 'k1', derived);
    expect(readEvidence(file, 'k1')).toEqual(derived);
    expect(readEvidence(file, 'k2')).toBeUndefined();
  });
});
