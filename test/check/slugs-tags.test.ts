import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFileNames } from '../../src/check/file-names.ts';
import { checkSchema } from '../../src/check/schema.ts';
import { checkSlugs } from '../../src/check/slugs.ts';
import { checkTags, dryIngest } from '../../src/check/tags.ts';
import type { CheckContext, ContentFile } from '../../src/check/types.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { ingest } from '../../src/ingest/run-ingest.ts';
import { ABSTRACT_A, ABSTRACT_B, entryFile } from './support/entries.ts';
import { removeTempProjects, tempProject } from './support/temp-project.ts';

afterAll(removeTempProjects);

function context(files: ContentFile[]): CheckContext {
  return { root: '.', files, entries: checkSchema(files).entries, ingest: () => [] };
}

const base = { tags: '[]', added: '2026-11-26' };

describe('checkSlugs', () => {
  it('reports two files whose slugs differ only in case, on both files', () => {
    const found = checkSlugs(context([entryFile('lora.mdx', { ...base, title: 'LoRA' }, ABSTRACT_B), entryFile('LoRA.mdx', { ...base, title: 'LoRA again' }, ABSTRACT_A)]));
    expect(found.map(formatProblem)).toEqual([
      'content/papers/lora.mdx: expected a slug no other entry has, found the same slug as content/papers/LoRA.mdx once case is ignored.\n  Hint: keep one of the files; slugs are URLs and must be unique',
      'content/papers/LoRA.mdx: expected a slug no other entry has, found the same slug as content/papers/lora.mdx once case is ignored.\n  Hint: keep one of the files; slugs are URLs and must be unique',
    ]);
  });

  it('refuses an entry that lists itself in versions', () => {
    const found = checkSlugs(context([entryFile('lora.mdx', { ...base, title: 'LoRA', versions: '[lora]' }, ABSTRACT_B)]));
    expect(found.map((f) => `${f.field}: ${f.found}`)).toEqual(['versions: the entry\'s own slug "lora"']);
  });
});

describe('checkFileNames', () => {
  it('warns, without failing, when a valid file name is not made from the title', () => {
    const found = checkFileNames(context([entryFile('lora.mdx', { ...base, title: 'Low-Rank Adaptation' }, ABSTRACT_B), entryFile('low-rank-adaptation-2.mdx', { ...base, title: 'Low-Rank Adaptation' }, ABSTRACT_A)]));
    expect(found.map((f) => [f.file, f.level, f.expected])).toEqual([['content/papers/lora.mdx', 'warning', 'a file name made from the title, low-rank-adaptation.mdx']]);
  });
});

const SEED = `Magnitude Pruning Revisited
Magnitude pruning is a strong baseline. We revisit network pruning of language models and explain when sparse subnetworks survive.
`;

describe('checkTags', () => {
  it('passes entries ingest would leave alone, and reports tags edited by hand as out of date', () => {
    const root = tempProject({ seeds: { 'a.txt': SEED } });
    ingest({ root, today: '2026-11-26' });
    const tags = (r: string) => checkTags({ root: r, files: [], entries: [], ingest: () => dryIngest(r) });
    expect(tags(root).filter((f) => f.level === 'error')).toEqual([]);

    const file = join(root, 'content/papers/magnitude-pruning-revisited.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^tags: .*$/m, 'tags: [quantization]'));
    expect(tags(root).map((f) => [f.file, f.field, f.level, f.hint])).toEqual([
      ['content/papers/magnitude-pruning-revisited.mdx', 'tags', 'error', 'run `npm run ingest` and commit what it changes'],
    ]);
  });
});
