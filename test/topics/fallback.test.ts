import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagCatalog } from '../../src/topics/derive.ts';
import { extractKeyphrases } from '../../src/topics/keyphrases.ts';
import { loadVocabulary } from '../../src/topics/vocabulary.ts';

interface Fixture {
  papers: { id: string; title: string; abstract: string; expect: string[] }[];
}
const fixture = JSON.parse(readFileSync('test/fixtures/tags/other-fields.json', 'utf8')) as Fixture;

describe('extractKeyphrases', () => {
  it('finds noun phrases between function words, singular, title-weighted', () => {
    const phrases = extractKeyphrases('Gene expression atlases', 'We profile gene expression in cells.');
    const gene = phrases.find((p) => p.key === 'gene expression');
    expect(gene).toMatchObject({ phrase: 'Gene expression', tf: 4, inTitle: true });
    expect(phrases.some((p) => p.key === 'we' || p.key.startsWith('in '))).toBe(false);
  });
});

describe('keyphrase fallback on papers from other fields', () => {
  const derived = tagCatalog(fixture.papers, loadVocabulary());

  it.each(fixture.papers.map((p) => [p.id, p] as const))('%s gets sensible tags', (_id, paper) => {
    const tags = derived.get(paper.id)!.tags;
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.some((t) => paper.expect.includes(t))).toBe(true);
  });

  it('names fallback tags by the slugified phrase, with the phrase as evidence', () => {
    expect(derived.get('econ-1')!.evidence).toContainEqual({ tag: 'monetary-policy', phrase: 'Monetary policy', where: 'keyphrase' });
  });

  it('gives a shared keyphrase tag to at least three papers', () => {
    const counts = new Map<string, number>();
    for (const d of derived.values()) for (const e of d.evidence) if (e.where === 'keyphrase') counts.set(e.tag, (counts.get(e.tag) ?? 0) + 1);
    const lonely = [...counts].filter(([, n]) => n < 3).map(([t]) => t);
    // only a paper that shares no phrase with any other keeps a phrase of its own
    for (const tag of lonely) expect([...derived.values()].filter((d) => d.tags.includes(tag)).every((d) => d.tags.length === 1)).toBe(true);
  });
});
