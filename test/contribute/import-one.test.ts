import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { entryProblems, importEntry, importOne } from '../../src/contribute/import-one.ts';
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

describe('an entry pasted at npm run new', () => {
  const scholar = '@inproceedings{hu2022lora,\n  title={LoRA: Low-Rank Adaptation of Large Language Models},\n  author={Hu, Edward J and Shen, Yelong},\n  booktitle={International Conference on Learning Representations},\n  year={2022}\n}\n';

  it('is added as the file would be, named in messages as the pasted entry', () => {
    const added = importEntry(root, 'the pasted entry', scholar, '2026-12-02');
    expect(added.path).toBe('content/papers/lora-low-rank-adaptation-of-large-language-models.mdx');
    expect(readFileSync(join(root, added.path), 'utf8')).toContain('year: 2022\nvenue: International Conference on Learning Representations\n');
    // no abstract: imported with a warning, as npm run import does
    expect(added.warnings.map((w) => w.file)).toContain('the pasted entry');
  });

  it('is checked at the prompt: what is wrong, where, and how to fix it', () => {
    expect(entryProblems(scholar, 'the pasted entry')).toEqual([]);
    const [cut] = entryProblems(scholar.slice(0, 60), 'the pasted entry');
    expect(cut).toMatchObject({ file: 'the pasted entry', line: 1 });
    expect(cut!.hint).toBeTruthy();
    expect(entryProblems(`${scholar}${scholar.replace('hu2022lora', 'other')}`, 'the pasted entry')[0]).toMatchObject({ expected: 'exactly one entry', found: '2 entries' });
    expect(entryProblems('', 'the pasted entry').length).toBeGreaterThan(0);
  });
});
