import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarPapers, terms, type SimilarityInput } from '../../src/shared/similar-papers.ts';

const paper = (id: string, title: string, abstract: string, tags: string[] = [], versions: string[] = []): SimilarityInput => ({
  id,
  title,
  abstract,
  tags,
  versions,
});

const CATALOG: SimilarityInput[] = [
  paper('lora', 'LoRA: Low-Rank Adaptation of Large Language Models', 'We freeze the pretrained weights and inject trainable rank decomposition matrices into each transformer layer.', ['peft', 'llm']),
  paper('qlora', 'QLoRA: Efficient Finetuning of Quantized LLMs', 'We backpropagate through a frozen, 4-bit quantized pretrained language model into low-rank adapters.', ['peft', 'quantization', 'llm']),
  paper('dora', 'DoRA: Weight-Decomposed Low-Rank Adaptation', 'We decompose the pretrained weight into magnitude and direction for low-rank adaptation of language models.', ['peft']),
  paper('nerf', 'NeRF: Representing Scenes as Neural Radiance Fields', 'We synthesize novel views of complex scenes by optimizing a continuous volumetric scene function.', ['nerf']),
  paper('mip-nerf', 'Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields', 'Rendering scenes with neural radiance fields at multiple scales with cone tracing.', ['nerf']),
  paper('gptq', 'GPTQ: Accurate Post-Training Quantization for Generative Transformers', 'One-shot quantization of LLMs: 4-bit quantized weights for generative models.', ['quantization', 'llm']),
];

const ids = (list: { id: string }[] | undefined) => list?.map((p) => p.id);

describe('terms', () => {
  it('lower-cases, folds plurals and drops stop words and bare numbers', () => {
    expect(terms('The Matrices of 2 Transformers are Low-Rank')).toEqual(['matrice', 'transformer', 'low', 'rank']);
  });

  it('folds accents and reads LaTeX commands as words', () => {
    expect(terms('Schrödinger $\\mu$P scaling')).toEqual(['schrodinger', 'mu', 'scaling']);
  });
});

describe('similarPapers', () => {
  const similar = similarPapers(CATALOG);

  it('ranks the papers about the same thing first', () => {
    expect(ids(similar.get('lora'))!.slice(0, 2).sort()).toEqual(['dora', 'qlora']);
    expect(ids(similar.get('nerf'))![0]).toBe('mip-nerf');
    expect(ids(similar.get('gptq'))!.slice(0, 2)).toContain('qlora');
    expect(ids(similar.get('gptq'))!.slice(0, 3)).not.toContain('nerf');
  });

  it('never lists a paper as related to itself, nor twice', () => {
    for (const [id, list] of similar) {
      expect(ids(list)).not.toContain(id);
      expect(new Set(ids(list)).size).toBe(list.length);
    }
  });

  it('gives scores between 0 and 1, best first, symmetric between two papers', () => {
    for (const list of similar.values()) {
      for (const [k, item] of list.entries()) {
        expect(item.score).toBeGreaterThanOrEqual(0);
        expect(item.score).toBeLessThanOrEqual(1);
        if (k > 0) expect(item.score).toBeLessThanOrEqual(list[k - 1]!.score + 1e-12);
      }
    }
    const there = similar.get('nerf')!.find((p) => p.id === 'mip-nerf')!.score;
    const back = similar.get('mip-nerf')!.find((p) => p.id === 'nerf')!.score;
    expect(there).toBeCloseTo(back, 12);
  });

  it('names the topics both papers carry, in the order of the paper shown', () => {
    expect(similar.get('qlora')!.find((p) => p.id === 'gptq')!.sharedTags).toEqual(['quantization', 'llm']);
    expect(similar.get('nerf')!.find((p) => p.id === 'mip-nerf')!.sharedTags).toEqual(['nerf']);
  });

  it('keeps at most `limit` papers', () => {
    expect(similarPapers(CATALOG, { limit: 2 }).get('lora')).toHaveLength(2);
    expect(similar.get('lora')!.length).toBeLessThanOrEqual(5);
  });

  it('breaks a tie in text by the number of shared topics, then by slug', () => {
    const tied = similarPapers([
      paper('a', 'Alpha', 'shared words here', ['x', 'y']),
      paper('c', 'Alpha', 'shared words here', ['x']),
      paper('b', 'Alpha', 'shared words here', ['x', 'y']),
      paper('d', 'Alpha', 'shared words here', []),
    ]);
    expect(ids(tied.get('a'))).toEqual(['b', 'c', 'd']);
    expect(ids(tied.get('d'))).toEqual(['a', 'b', 'c']);
  });

  it('fills the list with papers sharing a topic when no words are shared', () => {
    const lonely = similarPapers([paper('a', 'Alpha', 'one', ['t']), paper('b', 'Beta', 'two', ['t']), paper('c', 'Gamma', 'three', ['u'])]);
    expect(lonely.get('a')).toEqual([{ id: 'b', score: 0, sharedTags: ['t'], version: false }]);
    expect(lonely.get('c')).toEqual([]);
  });

  it('lists declared versions first and marks them, whichever entry declares them', () => {
    const versions = similarPapers([...CATALOG, paper('lora-v2', 'Low-rank adapters, revisited', 'A journal version.', ['peft'], ['lora'])]);
    expect(versions.get('lora')![0]).toMatchObject({ id: 'lora-v2', version: true });
    expect(versions.get('lora-v2')![0]).toMatchObject({ id: 'lora', version: true });
    expect(versions.get('lora')!.slice(1).every((p) => !p.version)).toBe(true);
  });

  it('ignores a declared version that is not in the catalog', () => {
    expect(similarPapers([paper('a', 'Alpha', 'x', [], ['missing']), paper('b', 'Beta', 'y')]).get('a')).toEqual([]);
  });

  it('does not depend on the order of the catalog', () => {
    const reversed = similarPapers([...CATALOG].reverse());
    for (const [id, list] of similar) expect(ids(reversed.get(id))).toEqual(ids(list));
  });

  it('gives the exact all-pairs answer while the posting budget covers the catalog, and a close one when it does not', () => {
    const words = ['graph', 'neural', 'network', 'diffusion', 'model', 'sparse', 'attention', 'kernel', 'rank', 'prior', 'scene', 'token'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 2, maxLength: 25 }), (rows) => {
        const catalog = rows.map(([title, abstract], i) => paper(`p${i}`, title, abstract));
        const exact = similarPapers(catalog, { rescore: Infinity, postingBudget: Infinity });
        const fast = similarPapers(catalog);
        for (const [id, list] of exact) expect(fast.get(id)).toEqual(list);
        // A tiny budget still lists real matches with their exact cosine.
        const tight = similarPapers(catalog, { postingBudget: 3, rescore: 2 });
        for (const [id, list] of tight) {
          for (const item of list) {
            const truth = similarPapers(catalog, { limit: Infinity, rescore: Infinity, postingBudget: Infinity }).get(id)!.find((p) => p.id === item.id);
            expect(item.score).toBeCloseTo(truth?.score ?? 0, 12);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** All pairs, by the definition: sublinear TF times smoothed IDF over `terms`, L2-normalised, cosine; the ranking rules as documented. */
function bruteForce(catalog: readonly SimilarityInput[], limit = 5) {
  const bags = catalog.map((p) => {
    const counts = new Map<string, number>();
    for (const t of terms(p.title)) counts.set(t, (counts.get(t) ?? 0) + 3);
    for (const t of terms(p.abstract)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = bags.map((bag) => {
    const v = new Map([...bag].map(([t, c]) => [t, (1 + Math.log(c)) * (Math.log((1 + catalog.length) / (1 + df.get(t)!)) + 1)]));
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
    return new Map([...v].map(([t, w]) => [t, w / norm]));
  });
  const declared = (a: SimilarityInput, b: SimilarityInput) => (a.versions ?? []).includes(b.id) || (b.versions ?? []).includes(a.id);
  return new Map(
    catalog.map((p, i) => {
      const others = catalog
        .map((q, j) => {
          let dot = 0;
          for (const [t, w] of vectors[i]!) dot += w * (vectors[j]!.get(t) ?? 0);
          return { id: q.id, score: Math.min(1, dot), sharedTags: p.tags.filter((t) => q.tags.includes(t)), version: declared(p, q), j };
        })
        .filter((o) => o.j !== i && (o.score > 0 || o.version || o.sharedTags.length > 0));
      others.sort(
        (a, b) =>
          Number(b.version) - Number(a.version) ||
          (Math.abs(b.score - a.score) > 1e-9 ? b.score - a.score : 0) ||
          b.sharedTags.length - a.sharedTags.length ||
          (a.id < b.id ? -1 : 1),
      );
      return [p.id, others.slice(0, limit)];
    }),
  );
}

describe('similarPapers against all pairs (property)', () => {
  it('ranks and scores as the definition, with topics and versions breaking ties', () => {
    const words = ['graph', 'neural', 'network', 'diffusion', 'sparse', 'attention', 'kernel', 'rank', 'scene', 'token', 'the'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const row = fc.record({ title: text, abstract: text, tags: fc.subarray(['a', 'b', 'c']), version: fc.option(fc.nat(11), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 12 }), (rows) => {
        const catalog = rows.map((r, i) => paper(`p${i}`, r.title, r.abstract, r.tags, r.version === undefined ? [] : [`p${r.version}`]));
        const expected = bruteForce(catalog);
        for (const [id, list] of similarPapers(catalog)) {
          const truth = expected.get(id)!;
          // Where nothing is shared, the fill order is by shared topics: compare the papers with a score.
          const scored = truth.filter((o) => o.score > 0 || o.version);
          expect(list.slice(0, scored.length).map((p) => [p.id, p.version, p.sharedTags])).toEqual(scored.map((o) => [o.id, o.version, o.sharedTags]));
          list.slice(0, scored.length).forEach((p, k) => expect(p.score).toBeCloseTo(scored[k]!.score, 12));
        }
      }),
      { numRuns: 300 },
    );
  });
});
