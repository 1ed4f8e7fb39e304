import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse-seed.ts';
import { tagCatalog, uncoveredInduced, type TopicLayers } from '../../src/topics/derive.ts';
import { induceTopics } from '../../src/topics/induce/induce.ts';
import { forgetCatalogs } from '../../src/topics/induce/last-catalog.ts';
import { compileVocabulary } from '../../src/topics/match.ts';
import { rankCandidates, scoreTopics } from '../../src/topics/select.ts';
import type { DerivedTags, TagInput, Topic } from '../../src/topics/types.ts';
import { loadVocabulary } from '../../src/topics/vocabulary.ts';
import { VOCABULARY } from './fixtures.ts';

const vocabulary = loadVocabulary();
/** The curated layer alone: what these tests pin is its behaviour. */
const curatedOnly = (topics: readonly Topic[]): TopicLayers => ({ curated: topics, induced: [] });
const seed: TagInput[] = parseSeed(readFileSync('seeds/000_3e2e2a5540f5c922.txt', 'utf8'), 'seed').map((p) => ({
  id: String(p.position),
  title: p.title,
  abstract: p.abstract,
}));
const vocabularyTags = (d: DerivedTags) => d.evidence.map((e) => e.tag);
const tagCounts = (derived: ReadonlyMap<string, DerivedTags>) => {
  const counts = new Map<string, number>();
  for (const d of derived.values()) for (const t of d.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

describe('tagCatalog on the seed', () => {
  const all = tagCatalog(seed, curatedOnly(vocabulary));

  it('gives most papers between one and six tags, and two or more to most', () => {
    const counts = [...all.values()].map((d) => d.tags.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(counts.filter((n) => n >= 2).length / counts.length).toBeGreaterThan(0.93);
  });

  it('leaves a paper with one tag only when its text has evidence for no other topic with a page', () => {
    const compiled = compileVocabulary(vocabulary);
    const counts = tagCounts(all);
    for (const paper of seed) {
      const tags = all.get(paper.id)!.tags;
      if (tags.length >= 2) continue;
      const others = rankCandidates(scoreTopics(compiled, paper), vocabulary).filter((s) => !tags.includes(s.tag) && (counts.get(s.tag) ?? 0) >= 3);
      expect(others.map((s) => s.tag), paper.title).toEqual([]);
    }
  });

  it('explains every tag with a phrase from the paper', () => {
    for (const paper of seed) {
      const d = all.get(paper.id)!;
      expect(d.evidence.map((e) => e.tag)).toEqual(d.tags);
      for (const e of d.evidence) expect(e.phrase.length).toBeGreaterThan(0);
    }
  });

  it('gives no tag to fewer than three papers (bar a paper’s only tag), and none to nearly all', () => {
    const counts = tagCounts(all);
    for (const [tag, n] of counts) {
      const holders = [...all.values()].filter((d) => d.tags.includes(tag));
      if (n < 3) expect(holders.every((d) => d.tags.length === 1), tag).toBe(true);
      expect(n, tag).toBeLessThan(seed.length * 0.2);
    }
  });

  it('is deterministic, whatever the order of the papers', () => {
    const again = tagCatalog([...seed].reverse(), curatedOnly(vocabulary));
    expect(new Map([...again].sort(([a], [b]) => Number(a) - Number(b)))).toEqual(all);
  });

  it.each([0, 75, 218])('changes other papers’ vocabulary tags only where a topic crosses three papers (paper %i added last)', (index) => {
    const without = tagCatalog(seed.filter((_, i) => i !== index), curatedOnly(vocabulary));
    const countsWith = tagCounts(all);
    const countsWithout = tagCounts(without);
    const parents = new Map(vocabulary.map((t) => [t.slug, t.parent]));
    // a topic at the fold threshold in either catalog, or the parent it folds into
    const crossing = new Set([...vocabulary].map((t) => t.slug).filter((slug) => (countsWith.get(slug) ?? 0) <= 3 || (countsWithout.get(slug) ?? 0) < 3));
    for (const slug of [...crossing]) if (parents.get(slug)) crossing.add(parents.get(slug)!);
    let changed = 0;
    for (const [id, d] of without) {
      const before = vocabularyTags(d).filter((t) => !crossing.has(t));
      const after = vocabularyTags(all.get(id)!).filter((t) => !crossing.has(t));
      expect(after, id).toEqual(before);
      if (vocabularyTags(all.get(id)!).join() !== vocabularyTags(d).join()) changed++;
    }
    expect(changed).toBeLessThanOrEqual(3);
  });
});

describe('tagCatalog second tags', () => {
  const paper = (id: string, title: string, abstract = '') => ({ id, title, abstract });
  const full = 'Neural radiance fields. NeRF again. A NeRF. More NeRF.';

  it('gives a one-topic paper its runner-up, found in its own text', () => {
    const papers = [paper('a', 'NeRF', `${full} We compare with an SSM.`), paper('b', 'SSM'), paper('c', 'SSM'), paper('d', 'NeRF'), paper('e', 'NeRF')];
    expect(tagCatalog(papers, curatedOnly(VOCABULARY)).get('a')!.evidence).toEqual([
      { tag: 'nerf', phrase: 'NeRF', where: 'title' },
      { tag: 'ssm', phrase: 'SSM', where: 'abstract' },
    ]);
  });

  it('passes over a runner-up the fold drops to the next one with a page', () => {
    // MoE outscores SSM in paper a, but only paper a has MoE; SSM has a page of three others.
    const papers = [paper('a', 'NeRF', `${full} An MoE, an MoE. An SSM.`), paper('b', 'SSM'), paper('c', 'SSM'), paper('f', 'SSM'), paper('d', 'NeRF'), paper('e', 'NeRF')];
    expect(tagCatalog(papers, curatedOnly(VOCABULARY)).get('a')!.tags).toEqual(['nerf', 'ssm']);
  });
});

describe('tagCatalog stability (property)', () => {
  const words = ['LoRA', 'NeRF', 'SSM', 'GNN', 'MoE', 'muP', 'RL', 'pruning', 'convolution', 'gene', 'market'];
  const paper = fc.record({
    title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    abstract: fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join('. ')),
  });

  it('never changes a paper’s own vocabulary evidence when another paper joins', () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 1, maxLength: 8 }), paper, (papers, extra) => {
        // With every topic sure to exceed three papers, only the fold could differ: pad each topic.
        const padding = VOCABULARY.flatMap((t, i) => [0, 1, 2].map((k) => ({ id: `pad-${i}-${k}`, title: t.aliases[0] ?? t.name, abstract: '' })));
        const base = [...padding, ...papers.map((p, i) => ({ id: `p${i}`, ...p }))];
        const before = tagCatalog(base, curatedOnly(VOCABULARY));
        const after = tagCatalog([...base, { id: 'extra', ...extra }], curatedOnly(VOCABULARY));
        for (const [id, d] of before) expect(vocabularyTags(after.get(id)!)).toEqual(vocabularyTags(d));
      }),
      { numRuns: 50 },
    );
  });
});


describe('tagCatalog with both layers', () => {
  const induced = induceTopics(seed);
  const layers: TopicLayers = { curated: vocabulary, induced };
  const both = tagCatalog(seed, layers);
  const curatedTags = tagCatalog(seed, curatedOnly(vocabulary));
  const curatedSlugs = new Set(vocabulary.map((t) => t.slug));

  it('keeps every curated tag: the curated layer wins where it speaks', () => {
    for (const [id, d] of curatedTags) expect(both.get(id)!.tags.slice(0, d.tags.length), id).toEqual(d.tags);
  });

  it('fills in with induced topics only up to two tags, and only from the paper’s own text', () => {
    for (const [id, d] of both) {
      const own = curatedTags.get(id)!.tags.length;
      const added = d.evidence.slice(own);
      if (own > 0) {
        expect(d.tags.length, id).toBeLessThanOrEqual(Math.max(own, 2));
        for (const e of added) expect(['title', 'abstract', 'keywords']).toContain(e.where);
      }
    }
  });

  it('gives every paper a tag and at most six', () => {
    for (const [id, d] of both) {
      expect(d.tags.length, id).toBeGreaterThanOrEqual(1);
      expect(d.tags.length, id).toBeLessThanOrEqual(6);
    }
  });

  it('matches the curated vocabulary on the words the catalog read split, as on each text split afresh', () => {
    // the curated layer alone splits each text; beside induced topics it takes readCatalog's words
    for (const [id, d] of curatedTags) expect(both.get(id)!.evidence.slice(0, d.tags.length), id).toEqual(d.evidence);
    forgetCatalogs();
    const read = tagCatalog(seed, layers);
    for (const [id, d] of curatedTags) expect(read.get(id)!.evidence.slice(0, d.tags.length), id).toEqual(d.evidence);
  });

  it('drops induced topics that a curated name or alias already names', () => {
    const lora = vocabulary.find((t) => t.slug === 'lora')!;
    const clash = { slug: 'low-rank-adaptation-lora', name: 'Low-rank adaptation (LoRA)', phrases: ['low rank adaptation'] };
    expect(lora.aliases.map((a) => a.toLowerCase())).toContain('low-rank adaptation');
    expect(uncoveredInduced({ curated: vocabulary, induced: [clash] })).toEqual([]);
    for (const t of uncoveredInduced(layers)) expect(curatedSlugs.has(t.slug)).toBe(false);
  });
});
