import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.ts';
import { displayPath, loadVocabulary, parseVocabulary, topicForSlug } from '../../src/topics/vocabulary.ts';

const FILE = 'content/topics.yaml';
const messageOf = (yaml: string) => {
  try {
    parseVocabulary(yaml, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError');
};
const entry = (fields: string) => `topics:\n  - slug: lora\n    name: LoRA\n    description: Low-rank adapters.\n${fields}`;

describe('parseVocabulary', () => {
  it('reads topics with defaults for the optional lists', () => {
    expect(parseVocabulary(entry(''), FILE)).toEqual([
      { slug: 'lora', name: 'LoRA', description: 'Low-rank adapters.', aliases: [], patterns: [], titleAliases: [] },
    ]);
  });

  it('names the field, what was expected and what was found', () => {
    expect(messageOf('topics:\n  - slug: Lo Ra\n    name: LoRA\n    description: x\n')).toBe(
      'content/topics.yaml, field "topics[0].slug": expected a slug: lower-case letters and digits joined by single hyphens, e.g. "state-space-models", found "Lo Ra".\n' +
        '  Hint: see src/topics/vocabulary-schema.ts for what each field means',
    );
  });

  it('reports a missing field and a list given as text', () => {
    expect(messageOf('topics:\n  - slug: lora\n    name: LoRA\n    aliases: low-rank\n')).toBe(
      'content/topics.yaml, field "topics[0].description": expected a string, found nothing.\n' +
        '  Hint: see src/topics/vocabulary-schema.ts for what each field means\n' +
        'content/topics.yaml, field "topics[0].aliases": expected a list, found "low-rank".\n' +
        '  Hint: see src/topics/vocabulary-schema.ts for what each field means',
    );
  });

  it('reports unknown fields', () => {
    expect(messageOf(entry('    alias: [x]\n'))).toBe(
      'content/topics.yaml, field "topics[0]": expected only the fields slug, name, description, aliases, patterns, titleAliases, parent, found "alias".\n' +
        '  Hint: check the spelling of the field name; see src/topics/vocabulary-schema.ts for what each field means',
    );
  });

  it('reports duplicate slugs', () => {
    expect(messageOf(`${entry('')}  - slug: lora\n    name: Again\n    description: y\n`)).toBe(
      'content/topics.yaml, field "topics[1].slug": expected a slug no other topic uses, found "lora", already used by topics[0].\n' +
        '  Hint: merge the two topics or rename one',
    );
  });

  it('reports a parent that does not exist', () => {
    expect(messageOf(entry('    parent: peft\n'))).toBe(
      'content/topics.yaml, field "topics[0].parent": expected the slug of a topic in this file, found "peft".\n' +
        '  Hint: add that topic, fix the spelling, or remove the parent',
    );
  });

  it('reports a cycle of parents', () => {
    const yaml = 'topics:\n  - {slug: a, name: A, description: x, parent: b}\n  - {slug: b, name: B, description: y, parent: a}\n';
    expect(messageOf(yaml)).toBe(
      'content/topics.yaml, field "topics[0].parent": expected a parent chain that ends at a top-level topic, found a cycle: a → b → a.\n' +
        '  Hint: remove the parent of one topic in the cycle\n' +
        'content/topics.yaml, field "topics[1].parent": expected a parent chain that ends at a top-level topic, found a cycle: b → a → b.\n' +
        '  Hint: remove the parent of one topic in the cycle',
    );
  });

  it('reports a pattern that does not compile', () => {
    expect(messageOf(entry("    patterns: ['low-(rank']\n"))).toMatch(
      /^content\/topics\.yaml, field "topics\[0\]\.patterns\[0\]": expected a valid regular expression, found "low-\(rank" \(Invalid regular expression: .*\)\.\n {2}Hint: escape special characters/,
    );
  });

  it('refuses topics that fit nearly every paper', () => {
    expect(messageOf('topics:\n  - {slug: parameterization, name: P, description: x}\n')).toBe(
      'content/topics.yaml, field "topics[0].slug": expected a topic that tells papers apart, found "parameterization", which fits nearly every paper.\n' +
        '  Hint: remove it; name what is particular about the papers instead',
    );
  });

  it('reports broken YAML with its line', () => {
    expect(messageOf('topics:\n  - slug: a\n    description: bad: colon\n')).toMatch(/^content\/topics\.yaml, line 3: expected valid YAML, found ".*"\.\n {2}Hint: check the indentation/);
  });
});

describe('content/topics.yaml', () => {
  const vocabulary = loadVocabulary();

  it('loads, at the granularity of the reference (about 60 topics)', () => {
    expect(vocabulary.length).toBeGreaterThanOrEqual(45);
    expect(vocabulary.length).toBeLessThanOrEqual(75);
  });

  it('describes every topic in one line', () => {
    for (const t of vocabulary) expect(t.description, t.slug).not.toMatch(/\n/);
  });
});

describe('topicForSlug', () => {
  it('returns the vocabulary topic when there is one', () => {
    const vocabulary = parseVocabulary(entry(''), FILE);
    expect(topicForSlug('lora', vocabulary)).toBe(vocabulary[0]);
  });

  it('makes up a topic for a keyphrase tag', () => {
    expect(topicForSlug('gene-expression', [])).toEqual({
      slug: 'gene-expression',
      name: 'Gene expression',
      description: 'Papers sharing the keyphrase “gene expression”.',
      aliases: [],
      patterns: [],
    });
  });
});

describe('loadVocabulary error messages', () => {
  it('name a file inside the project relative to the project root, as ingest passes it absolute', () => {
    expect(displayPath(resolve('content', 'topics.yaml'))).toBe('content/topics.yaml');
    expect(displayPath('content/topics.yaml')).toBe('content/topics.yaml');
  });

  it('keep the full path of a file outside the project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-vocab-'));
    const file = join(dir, 'topics.yaml');
    writeFileSync(file, 'topics:\n  - slug: Bad Slug\n    name: X\n    description: Y\n');
    expect(() => loadVocabulary(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, field "topics\\[0\\]\\.slug"`));
  });
});
