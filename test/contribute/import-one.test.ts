import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importOne } from '../../src/contribute/import-one.ts';
import { ContentError } from '../../src/content/content-error.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-new-bib-'));
  mkdirSync(join(root, 'seeds'));
  mkdirSync(join(root, 'content', 'papers'), { recursive: true });
  writeFileSync(join(root, 'content', 'topics.yaml'), 'topics:\n  - slug: transformers\n    name: Transformers\n    description: Attention models.\n    aliases: [transformer]\n');
});
const bib = (name: string, text: string) => {
  writeFileSync(join(root, name), text);
  return join(root, name);
};

describe('npm run new -- --bib', () => {
  it('adds the one paper of the file, tagged by ingest', () => {
    const added = importOne(root, bib('one.bib', '@article{a, title = {A Transformer for Tests}, author = {Doe, Jane}, year = 2024, abstract = {A transformer.}}'), '2026-12-02');
    expect(added).toMatchObject({ slug: 'a-transformer-for-tests', path: 'content/papers/a-transformer-for-tests.mdx' });
    expect(added.tags.length).toBeGreaterThan(0);
    expect(readFileSync(join(root, added.path), 'utf8')).toContain(`tags: [${added.tags.join(', ')}]\nauthors:\n  - Doe, Jane\nyear: 2024\n`);
  });
  it('refuses a file of several entries, and a paper already in the catalog, writing nothing', () => {
    const two = bib('two.bib', '@misc{a, title = {One}}\n@misc{b, title = {Two}}');
    expect(() => importOne(root, two)).toThrow(/expected exactly one entry, found 2 entries/);
    const one = bib('one.bib', '@misc{a, title = {A Transformer for Tests}, abstract = {A transformer.}}');
    importOne(root, one, '2026-12-02');
    const again = bib('again.bib', '@misc{b, title = {A transformer for tests}, year = 2020}');
    expect(() => importOne(root, again)).toThrow(ContentError);
    expect(readdirSync(join(root, 'content', 'papers'))).toEqual(['a-transformer-for-tests.mdx']);
  });
});
