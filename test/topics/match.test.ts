import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse-seed.ts';
import { compileVocabulary, findHits } from '../../src/topics/match.ts';
import { cleanText } from '../../src/topics/normalize.ts';
import type { Topic } from '../../src/topics/types.ts';
import { loadVocabulary } from '../../src/topics/vocabulary.ts';
import { topic, VOCABULARY } from './fixtures.ts';

const compiled = compileVocabulary(VOCABULARY);
const topicsIn = (text: string, where: 'title' | 'abstract' = 'abstract') => [...new Set(findHits(compiled, text, where).map((h) => h.topic))].sort();

describe('findHits', () => {
  it.each([
    ['case', 'PARAMETER-EFFICIENT FINE-TUNING works', ['peft']],
    ['hyphens and spaces', 'parameter efficient finetuning works', ['peft']],
    ['plurals', 'Neural Radiance Fields and state-space models', ['nerf', 'ssm']],
    ['-ize / -ise / parametrize spellings', 'the Maximal Update Parameterisation', ['mup']],
    ['over-parametrized', 'overparametrized networks', ['overparameterization']],
    ['abbreviation PEFT', 'existing PEFT methods', ['peft']],
    ['abbreviation NeRFs', 'NeRFs render scenes', ['nerf']],
    ['abbreviation SSMs', 'SSMs are fast', ['ssm']],
    ['abbreviation GNN', 'a GNN layer', ['gnn']],
    ['abbreviation MoE', 'sparse MoE layers', ['moe']],
    ['μP written with the Greek letter', 'we use μP to transfer', ['mup']],
    ['μP as stripped LaTeX', 'we use $\\mu$P to transfer', ['mup']],
    ['muP in ASCII', 'muP transfer', ['mup']],
    ['RL', 'offline RL agents', ['rl']],
    ['patterns', 'we compress the networks', ['pruning']],
  ])('matches through %s', (_rule, text, expected) => {
    expect(topicsIn(text)).toEqual(expected);
  });

  it('does not match inside longer words', () => {
    expect(topicsIn('the world of convolutionary moerae')).toEqual([]);
  });

  it('does not let a short abbreviation span several words ("in R" is not INR)', () => {
    expect(topicsIn('a matrix M in R^{n}')).toEqual([]);
    expect(topicsIn('an INR of the image')).toEqual(['inr']);
  });

  it('does not match across punctuation', () => {
    expect(topicsIn('parameter-efficient. Fine-tuning')).toEqual([]);
  });

  it('lets the longest match win over a nested one of another topic', () => {
    expect(topicsIn('reinforcement learning from human feedback')).toEqual(['alignment']);
  });

  it('counts title-only aliases in titles only', () => {
    expect(topicsIn('graph filtering', 'title')).toEqual(['gnn']);
    expect(topicsIn('the computation graph', 'abstract')).toEqual([]);
  });

  it('quotes the phrase as written', () => {
    const [hit] = findHits(compiled, 'Using Low-Rank Adaptations here', 'title');
    expect(hit).toMatchObject({ topic: 'lora', phrase: 'Low-Rank Adaptations', where: 'title', strong: true });
  });

  it('marks a lone common word weak and a name strong', () => {
    const hits = findHits(compiled, 'a convolution and LoRA', 'abstract');
    expect(hits.map((h) => [h.topic, h.strong])).toEqual([
      ['convolution', false],
      ['lora', true],
    ]);
  });

  it('keeps the longer of two aliases of one topic that start at one word', () => {
    // `Video` alone sits inside the other topic's `Text-to-Video`; `Video Generation` does not.
    const vocabulary = [topic('video', ['video', 'video generation']), topic('t2v', ['text-to-video'])];
    const hits = findHits(compileVocabulary(vocabulary), 'Text-to-Video Generation', 'title');
    expect(hits.map((h) => [h.topic, h.phrase])).toEqual([
      ['t2v', 'Text-to-Video'],
      ['video', 'Video Generation'],
    ]);
  });
});

describe('findHits aliases beyond ASCII', () => {
  it('matches aliases with letters outside ASCII, joined across words like any other', () => {
    const vocabulary = [topic('complex-geometry', ['Kähler manifold']), topic('optimal-transport', ['Schrödinger bridge'])];
    expect(topicsOf(vocabulary, 'on Kähler-manifolds and a Schrödinger bridge')).toEqual(['complex-geometry', 'optimal-transport']);
    expect(topicsOf(vocabulary, 'on Kahler manifolds and Schrodinger bridges')).toEqual([]);
  });
});

describe('findHits patterns', () => {
  const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

  it('find the same matches on ASCII text without the u flag, for every pattern of the vocabulary', () => {
    const seed = parseSeed(readFileSync('seeds/000_3e2e2a5540f5c922.txt', 'utf8'), 'seed');
    const texts = seed.flatMap((p) => [cleanText(p.title), cleanText(p.abstract)]).filter((t) => !/[^ -~\s]/.test(t));
    const patterns = compileVocabulary(loadVocabulary()).patterns;
    expect(patterns.length).toBeGreaterThan(0);
    let found = 0;
    for (const { re, asciiRe } of patterns) {
      expect(asciiRe).toBeDefined();
      for (const text of texts) {
        const expected = matches(re, text);
        expect(matches(asciiRe!, text)).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('keep the u flag for patterns whose meaning depends on it', () => {
    const [named, escaped, plain] = compileVocabulary([topic('a', [], { patterns: ['\\p{Lu}{2,}', '\\u{3bc}P', 'mu\\s?P'] })]).patterns;
    expect(named!.asciiRe).toBeUndefined();
    expect(escaped!.asciiRe).toBeUndefined();
    expect(plain!.asciiRe).toBeDefined();
    expect(topicsOf([topic('upper', [], { patterns: ['\\p{Lu}{3,}'] })], 'an ABC test')).toEqual(['upper']);
  });

  it('skip empty matches and go on past them, as matchAll does', () => {
    const vocabulary = [topic('run-of-x', [], { patterns: ['x*'] }), topic('run-of-y', [], { patterns: ['yy|(?:)'] })];
    const hits = findHits(compileVocabulary(vocabulary), 'a xx b yy 😀x', 'abstract');
    expect(hits.map((h) => [h.topic, h.start, h.phrase])).toEqual([
      ['run-of-x', 2, 'xx'],
      ['run-of-x', 12, 'x'],
      ['run-of-y', 7, 'yy'],
    ]);
  });
});

const topicsOf = (vocabulary: Topic[], text: string) => [...new Set(findHits(compileVocabulary(vocabulary), text, 'abstract').map((h) => h.topic))];
