import { describe, expect, it } from 'vitest';
import { asciiName, indexFields, PRIMARY_TAGS } from '../../../src/search/build/index-fields.ts';
import { topicKey } from '../../../src/search/build/topic-keys.ts';
import type { Topic } from '../../../src/topics/types.ts';

const vocabulary: Record<string, Topic> = {
  peft: { slug: 'peft', name: 'Parameter-efficient fine-tuning', description: '', aliases: ['PEFT', 'parameter-efficient tuning'], patterns: [] },
  lora: { slug: 'lora', name: 'LoRA & low-rank adapters', description: '', aliases: ['LoRA', 'low-rank adaptation', 'peft'], patterns: [] },
  mup: { slug: 'mup', name: 'muP & hyperparameter transfer', description: '', aliases: ['muP', 'μ-transfer'], patterns: [] },
  quantization: { slug: 'quantization', name: 'Quantization', description: '', aliases: ['FP8', 'LoRA'], patterns: [] },
};
const describeTag = (slug: string): Topic => vocabulary[slug] ?? { slug, name: slug, description: '', aliases: [], patterns: [] };

describe('indexFields', () => {
  it('names every topic for chips and filters, in tag order', () => {
    expect(indexFields('A paper', ['lora', 'peft', 'quantization'], describeTag).topics).toEqual([
      'LoRA & low-rank adapters',
      'Parameter-efficient fine-tuning',
      'Quantization',
    ]);
  });
  it(`keeps the names and aliases of the first ${PRIMARY_TAGS} topics apart from the rest, each word once`, () => {
    const fields = indexFields('A paper', ['lora', 'peft', 'quantization'], describeTag);
    expect(fields.names).toEqual(['LoRA & low-rank adapters', 'Parameter-efficient fine-tuning']);
    expect(fields.aliases).toEqual(['LoRA', 'low-rank adaptation', 'peft', 'parameter-efficient tuning']);
  });
  it('carries one key per topic, the main topics apart from the rest, instead of their aliases', () => {
    const fields = indexFields('A paper', ['lora', 'peft', 'quantization', 'lora'], describeTag);
    expect(fields.keys).toEqual([topicKey('lora'), topicKey('peft')]);
    // the repeated tag's key is already a main key
    expect(fields.moreKeys).toEqual([topicKey('quantization')]);
  });
  it('spells Greek aliases and titles out as well', () => {
    const fields = indexFields('u-μP: The Unit-Scaled Maximal Update Parametrization', ['mup'], describeTag);
    expect(fields.aliases).toContain('μ-transfer');
    expect(fields.aliases).toContain('mu-transfer');
    expect(fields.asciiTitle).toBe('u-muP: The Unit-Scaled Maximal Update Parametrization');
  });
  it('gives no ASCII title when the title has no Greek', () => {
    expect(indexFields('CondConv', ['peft'], describeTag).asciiTitle).toBeUndefined();
  });
  it('names unknown tags the way describe does', () => {
    expect(indexFields('A paper', ['gene-expression'], describeTag).topics).toEqual(['gene-expression']);
  });
});

describe('index fields: authors', () => {
  it('carries each author once, then the names beyond ASCII spelled in ASCII', () => {
    const fields = indexFields('A paper', [], describeTag, ['Łukasz Kaiser', 'Jörg Müller', 'Ashish Vaswani', 'Ashish Vaswani', 'OpenAI']);
    expect(fields.authors).toEqual(['Łukasz Kaiser', 'Jörg Müller', 'Ashish Vaswani', 'OpenAI', 'Lukasz Kaiser', 'Jorg Muller']);
  });
  it('gives none for a paper without authors (a seed entry)', () => {
    expect(indexFields('A paper', ['peft'], describeTag).authors).toEqual([]);
  });
  it('spells names in ASCII as slugs do: accents dropped, ß and ø spelled out, case kept', () => {
    expect(asciiName('Émile Borel')).toBe('Emile Borel');
    expect(asciiName('Søren Groß')).toBe('Soren Gross');
    expect(asciiName('ŁUKASZ')).toBe('LUKASZ');
    expect(asciiName('María García')).toBe('Maria Garcia');
  });
});
