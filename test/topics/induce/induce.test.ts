import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../src/ingest/parse-seed.ts';
import { readCatalog } from '../../../src/topics/induce/catalog-text.ts';
import { groupPhrases } from '../../../src/topics/induce/group.ts';
import { induceTopics } from '../../../src/topics/induce/induce.ts';
import { tagWithInduced } from '../../../src/topics/induce/induced-tags.ts';
import { indexPhrases, strength } from '../../../src/topics/induce/phrase-index.ts';
import { phraseKeys } from '../../../src/topics/normalize.ts';
import { FIELDS, GENERIC, twoFields } from './two-fields.ts';

const seed = parseSeed(readFileSync('seeds/000_3e2e2a5540f5c922.txt', 'utf8'), 'seed').map((p) => ({ id: String(p.position).padStart(3, '0'), title: p.title, abstract: p.abstract }));
const seedTopics = induceTopics(seed);
const catalog = twoFields();
const topics = induceTopics(catalog);
const allPhrases = (list: typeof topics) => new Set(list.flatMap((t) => t.phrases));

describe('abbreviations and variants', () => {
  const papers = [
    { id: 'a', title: 'Fast state-space models', abstract: 'We propose state space models (SSMs). SSMs are fast. An SSM scales.' },
    { id: 'b', title: 'SSMs for audio', abstract: 'Our SSM beats transformers on audio with state-space models.' },
    { id: 'c', title: 'State space model theory', abstract: 'We analyse the SSM and its data set, a dataset of sequences.' },
  ];
  const read = readCatalog(papers);
  const index = indexPhrases(read.papers);

  it('reads a defined short form, with or without its plural, as its long form', () => {
    expect(read.shortForms.get('state space model')).toBe('SSMs');
    expect(index.papersOf.get('state space model')).toEqual([0, 1, 2]);
    expect(index.papersOf.has('ssm')).toBe(false);
  });

  it('does not count the definition in parentheses a second time', () => {
    // "state space models (SSMs)" is one mention; "SSMs are fast" and "An SSM" are two more
    expect(index.mentions[0]!.get('state space model')!.abstract).toBe(3);
  });

  it('rates a mention in the title and the abstract, or a defined abbreviation, as strong', () => {
    expect(strength(index.mentions[0]!.get('state space model')!, 'state space model')).toBe('strong');
    expect(strength({ title: 0, abstract: 1, keyword: false, defined: false, form: 'x' }, 'sequence')).toBe('weak');
    expect(strength({ title: 0, abstract: 0, keyword: true, defined: false, form: 'x' }, 'sequence')).toBe('strong');
  });

  it('merges spacing and stem variants into one subject ("data set", "dataset"; "pruning", "pruned")', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, title: i % 2 ? 'A data set' : 'A dataset', abstract: i % 2 ? 'Pruning helps. Pruning.' : 'Pruned nets. Pruned.' }));
    const idx = indexPhrases(readCatalog(many).papers);
    const groups = groupPhrases(['data set', 'dataset', 'pruning', 'pruned'], idx);
    expect(groups.map((g) => [...g.keys].sort())).toEqual(expect.arrayContaining([['data set', 'dataset'], ['pruned', 'pruning']]));
  });

  it('merges a phrase written as one word with its spaced or hyphenated form ("finetuning", "fine-tuning")', () => {
    // the stemmer cuts "finetuning" to "finetun" but "fine tuning" to "fine" + "tune": only run together do they meet
    const many = Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, title: i % 2 ? 'Finetuning nets' : 'Fine-tuning nets', abstract: i % 2 ? 'We study finetuning.' : 'We study fine-tuning.' }));
    const idx = indexPhrases(readCatalog(many).papers);
    expect(groupPhrases(['fine tuning', 'finetuning'], idx).map((g) => [...g.keys].sort())).toEqual([['fine tuning', 'finetuning']]);
  });

  it('reads a hyphenated compound joined by a function word as one phrase ("image-to-image translation", "right-to-left")', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({
      id: `p${i}`,
      title: `Image-to-image translation for style ${i}`,
      abstract: 'We study image-to-image translation of right-to-left scripts, out-of-distribution inputs and more.',
    }));
    const idx = indexPhrases(readCatalog(many).papers);
    for (const key of ['image to image translation', 'image to image', 'right to left', 'out of distribution input']) expect(idx.papersOf.get(key)?.length, key).toBe(4);
  });

  it('finds no mention inside a hyphenated word ("self-supervised learning" is none of "supervised learning"), yet counts the whole compound', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      title: i < 3 ? `Self-supervised learning of X-ray sources ${i}` : `Supervised learning of sources ${i}`,
      abstract: 'We study few-shot learning with score-based models. Few-shot learning is hard.',
    }));
    const idx = indexPhrases(readCatalog(many).papers);
    // (keys spell British -is- as -iz-: "supervised" is "supervized")
    expect(idx.papersOf.get('supervized learning')).toEqual([3, 4, 5]);
    expect(idx.papersOf.get('self supervized learning')).toEqual([0, 1, 2]);
    expect(idx.papersOf.get('x ray source')).toEqual([0, 1, 2]);
    expect(idx.papersOf.has('ray source')).toBe(false);
    expect(idx.papersOf.has('based model')).toBe(false);
    expect(idx.papersOf.has('shot learning')).toBe(false);
    // "few-shot learning" is counted though its piece "shot learning" is in no mention: candidates are counted with the pieces inside words
    expect(idx.papersOf.get('few shot learning')?.length).toBe(6);
    expect(idx.papersOf.get('score based model')?.length).toBe(6);
  });
});

describe('induceTopics on two fields it was never told about', () => {
  it('finds each field and each subfield', () => {
    const phrases = allPhrases(topics);
    for (const [field, { sub }] of Object.entries(FIELDS)) {
      expect(phrases.has(phraseKeys(field).join(' ')), field).toBe(true);
      for (const s of sub) expect(phrases.has(phraseKeys(s).join(' ')), s).toBe(true);
    }
  });

  it('never makes a topic of a phrase every field uses once in passing', () => {
    const phrases = allPhrases(topics);
    for (const g of GENERIC) expect(phrases.has(phraseKeys(g).join(' ')), g).toBe(false);
  });

  it('puts subfields under broad topics, each child mostly inside its parent', () => {
    const parents = new Set(topics.flatMap((t) => (t.parent ? [t.parent] : [])));
    expect(parents.size).toBeGreaterThanOrEqual(1);
    const tags = tagWithInduced(catalog, topics);
    for (const t of topics.filter((x) => x.parent)) {
      const papers = [...tags].filter(([, d]) => d.tags.includes(t.slug));
      for (const [id, d] of papers) expect(d.tags, id).toContain(t.parent);
    }
  });

  it('gives every paper between one and six topics', () => {
    for (const [id, d] of tagWithInduced(catalog, topics)) {
      expect(d.tags.length, id).toBeGreaterThanOrEqual(1);
      expect(d.tags.length, id).toBeLessThanOrEqual(6);
    }
  });

  it('is deterministic, whatever the order of the papers', () => {
    expect(induceTopics([...catalog].reverse())).toEqual(topics);
    expect(induceTopics([...seed].reverse())).toEqual(seedTopics);
  });
});

describe('induceTopics on the seed', () => {
  it('refuses generic phrases and names topics by what papers write, with their abbreviation', () => {
    const phrases = allPhrases(seedTopics);
    for (const g of ['experimental result', 'sufficient condition', 'non trivial', 'state of the art', 'recent year', 'wide range', 'large scale']) {
      expect(phrases.has(g), g).toBe(false);
    }
    const lora = seedTopics.find((t) => t.phrases.includes('low rank adaptation'));
    expect(lora?.name).toBe('Low-rank adaptation (LoRA)');
  });

  it.each([['the seed', seedTopics], ['two fields', topics]])('keeps one subject in one topic on %s: no phrase in two topics', (_name, list) => {
    const seen = new Map<string, string>();
    for (const t of list) for (const p of t.phrases) {
      expect(seen.get(p), `${p} in ${t.slug} and ${seen.get(p)}`).toBeUndefined();
      seen.set(p, t.slug);
    }
  });

  it.each([0, 100, 218])('changes few other papers’ topics when paper %i is added to a published vocabulary', (index) => {
    const without = seed.filter((_, i) => i !== index);
    const before = tagWithInduced(without, seedTopics);
    const after = tagWithInduced(seed, seedTopics);
    const changed = without.filter((p) => before.get(p.id)!.tags.join() !== after.get(p.id)!.tags.join());
    expect(changed.length).toBeLessThanOrEqual(Math.ceil(0.03 * seed.length));
  });
});

describe('authors’ keywords', () => {
  it('are evidence as strong as a title: a keyword no abstract writes can name a topic', () => {
    const withKeywords = catalog.map((p) => (p.id.startsWith('protein-side') ? { ...p, keywords: ['Rotamer libraries'] } : p));
    const induced = induceTopics(withKeywords);
    const rotamer = induced.find((t) => t.phrases.includes('rotamer library'));
    expect(rotamer?.name).toBe('Rotamer libraries');
    const tags = tagWithInduced(withKeywords, induced);
    const tagged = withKeywords.filter((p) => tags.get(p.id)!.tags.includes(rotamer!.slug));
    expect(tagged.map((p) => p.id)).toEqual(withKeywords.filter((p) => p.id.startsWith('protein-side')).map((p) => p.id));
    expect(tags.get(tagged[0]!.id)!.evidence.find((e) => e.tag === rotamer!.slug)?.where).toBe('keywords');
  });
});

describe('short forms the catalog defines two ways', () => {
  // six papers define CL as continual learning, four as contrastive learning; RL is defined one way
  const defining = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, title: `Paper a${i}`, abstract: 'We study continual learning (CL) and reinforcement learning (RL). CL helps.' })),
    ...Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, title: `Paper b${i}`, abstract: 'We study contrastive learning (CL) at scale. CL helps.' })),
  ];
  const undefinedUse = { id: 'z', title: 'Paper z', abstract: 'Our CL method beats RL baselines.' };
  const read = readCatalog([...defining, undefinedUse]);
  const z = read.papers.find((p) => p.id === 'z')!;

  it('reads an undefined use as written when no reading holds two thirds of the definitions', () => {
    expect(z.abstract.keys).not.toContain('continual learning');
    expect(z.abstract.keys).not.toContain('contrastive learning');
  });

  it('reads it as the catalog does when the definitions agree', () => {
    expect(z.abstract.keys).toContain('reinforcement learning');
  });

  it('still reads each defining paper its own way', () => {
    expect(read.papers.find((p) => p.id === 'b0')!.abstract.keys).toContain('contrastive learning');
    expect(read.papers.find((p) => p.id === 'a0')!.abstract.keys).toContain('continual learning');
  });
});
