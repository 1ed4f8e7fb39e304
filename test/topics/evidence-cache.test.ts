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
const curated = [{ slug: 'pruning', name: 'Pruning', description: 'Removing weights.', aliases: ['prune'], patterns: [], titleAliases: [] }] as unknown as Topic[];
const induced = [{ slug: 'low-rank-adapters', name: 'Low-rank adapters', phrases: ['low rank adapter'] }];
const vocabulary = { curated, induced };
const derived = new Map<string, DerivedTags>([['a', { tags: ['pruning'], evidence: [{ tag: 'pruning', phrase: 'Pruning', where: 'title' }] as DerivedTags['evidence'] }]]);

describe('the tag evidence ingest leaves for the site', () => {
  it('is keyed by every paper’s id, title, abstract and keywords and by both vocabularies, in any order', () => {
    const key = taggingKey(papers, vocabulary);
    expect(taggingKey([...papers].reverse(), vocabulary)).toBe(key);
    expect(taggingKey([{ ...papers[0]!, abstract: 'Low-rank adapters!' }, papers[1]!], vocabulary)).not.toBe(key);
    expect(taggingKey([{ ...papers[0]!, id: 'c' }, papers[1]!], vocabulary)).not.toBe(key);
    expect(taggingKey(papers, { curated: [{ ...curated[0]!, aliases: ['prune', 'sparsify'] }], induced })).not.toBe(key);
    expect(taggingKey(papers, { curated, induced: [{ ...induced[0]!, name: 'Adapters' }] })).not.toBe(key);
    expect(taggingKey([{ ...papers[0]!, keywords: ['adapters'] }, papers[1]!], vocabulary)).not.toBe(key);
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
