import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse-seed.ts';
import { MAX_TAGS, tagCatalog } from '../../src/topics/derive.ts';
import { addFallbackTags, indexKeyphrases } from '../../src/topics/fallback.ts';
import { foldSmallTopics } from '../../src/topics/fold.ts';
import { compileVocabulary } from '../../src/topics/match.ts';
import { MIN_TAGS, rankCandidates, scoreTopics, selectTopics } from '../../src/topics/select.ts';
import { topUpFromRunnerUps } from '../../src/topics/top-up.ts';
import type { DerivedTags, TagInput, Topic } from '../../src/topics/types.ts';
import { loadVocabulary } from '../../src/topics/vocabulary.ts';
import { VOCABULARY } from './fixtures.ts';

const vocabulary = loadVocabulary();
const seed: TagInput[] = parseSeed(readFileSync('seeds/000_3e2e2a5540f5c922.txt', 'utf8'), 'seed').map((p) => ({
  id: String(p.position),
  title: p.title,
  abstract: p.abstract,
}));
const vocabularyTags = (d: DerivedTags) => d.evidence.filter((e) => e.where !== 'keyphrase').map((e) => e.tag);
const tagCounts = (derived: ReadonlyMap<string, DerivedTags>) => {
  const counts = new Map<string, number>();
  for (const d of derived.values()) for (const t of d.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

describe('tagCatalog on the seed', () => {
  const all = tagCatalog(seed, vocabulary);

  it('gives every paper between one and six tags, and two or more to all but a few', () => {
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
    const again = tagCatalog([...seed].reverse(), vocabulary);
    expect(new Map([...again].sort(([a], [b]) => Number(a) - Number(b)))).toEqual(all);
  });

  it.each([0, 75, 218])('changes other papers’ vocabulary tags only where a topic crosses three papers (paper %i added last)', (index) => {
    const without = tagCatalog(seed.filter((_, i) => i !== index), vocabulary);
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
    expect(tagCatalog(papers, VOCABULARY).get('a')!.evidence).toEqual([
      { tag: 'nerf', phrase: 'NeRF', where: 'title' },
      { tag: 'ssm', phrase: 'SSM', where: 'abstract' },
    ]);
  });

  it('passes over a runner-up the fold drops to the next one with a page', () => {
    // MoE outscores SSM in paper a, but only paper a has MoE; SSM has a page of three others.
    const papers = [paper('a', 'NeRF', `${full} An MoE, an MoE. An SSM.`), paper('b', 'SSM'), paper('c', 'SSM'), paper('f', 'SSM'), paper('d', 'NeRF'), paper('e', 'NeRF')];
    expect(tagCatalog(papers, VOCABULARY).get('a')!.tags).toEqual(['nerf', 'ssm']);
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
        const before = tagCatalog(base, VOCABULARY);
        const after = tagCatalog([...base, { id: 'extra', ...extra }], VOCABULARY);
        for (const [id, d] of before) expect(vocabularyTags(after.get(id)!)).toEqual(vocabularyTags(d));
      }),
      { numRuns: 50 },
    );
  });
});

/** The pipeline of `tagCatalog` composed plainly: every paper's keyphrases extracted and indexed. */
function referenceTagCatalog(papers: readonly TagInput[], topics: readonly Topic[]): Map<string, DerivedTags> {
  const compiled = compileVocabulary(topics);
  const scored = new Map(papers.map((p) => [p.id, scoreTopics(compiled, p)]));
  const chosen = new Map([...scored].map(([id, s]) => [id, selectTopics(s, topics)]));
  const toppedUp = topUpFromRunnerUps(foldSmallTopics(chosen, topics), scored, topics, MIN_TAGS);
  const filled = addFallbackTags(toppedUp, indexKeyphrases(papers), compiled, MIN_TAGS);
  return new Map(
    papers.map((p) => {
      const tags = (filled.get(p.id) ?? []).slice(0, MAX_TAGS);
      return [p.id, { tags: tags.map((t) => t.tag), evidence: tags.map((t) => t.evidence) }];
    }),
  );
}

describe('tagCatalog against the plain pipeline', () => {
  const otherFields = (JSON.parse(readFileSync('test/fixtures/tags/other-fields.json', 'utf8')) as { papers: TagInput[] }).papers;

  it.each([
    ['the seed', seed],
    ['papers from other fields (all served by the keyphrase fallback)', otherFields],
    ['both together', [...seed, ...otherFields]],
  ])('gives the same tags and evidence on %s', (_name, papers) => {
    expect(tagCatalog(papers, vocabulary)).toEqual(referenceTagCatalog(papers, vocabulary));
  });

  it('gives the same tags and evidence on any catalog (property)', () => {
    const words = ['LoRA', 'NeRF', 'SSM', 'GNN', 'MoE', 'RL', 'pruning', 'gene expression', 'market design', 'protein folding', 'the', 'quickly'];
    const text = fc.array(fc.constantFrom(...words, '.', ','), { maxLength: 10 }).map((w) => w.join(' '));
    const papers = fc.array(fc.record({ title: text, abstract: text }), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(papers, (list) => {
        const catalog = list.map((p, i) => ({ id: `p${i}`, ...p }));
        expect(tagCatalog(catalog, VOCABULARY)).toEqual(referenceTagCatalog(catalog, VOCABULARY));
      }),
      { numRuns: 300 },
    );
  });
});
