import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-error.ts';
import { readEntries } from '../../src/content/read-entries.ts';
import { importBibliographies, importSummary } from '../../src/ingest/run-import.ts';
import { ingest } from '../../src/ingest/run-ingest.ts';

const FIXTURES = new URL('../fixtures/bibliography/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);
const VOCABULARY = `topics:
  - slug: transformers
    name: Transformers
    description: Attention-based sequence models.
    aliases: [transformer, attention]
`;
const SEED_ENTRY = `---
title: Attention Is All You Need
tags: [transformers]
# written by hand, kept
venue: NeurIPS
added: 2026-11-26
---

The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.
`;

let root: string;
const papersDir = () => join(root, 'content', 'papers');
const files = () => Object.fromEntries(readdirSync(papersDir()).sort().map((n) => [n, readFileSync(join(papersDir(), n), 'utf8')]));
const run = (names: string[], extra: { skipBad?: boolean } = {}) =>
  importBibliographies({ root, files: names.map(fixture), today: '2026-12-02', ...extra });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  mkdirSync(join(root, 'seeds'));
  mkdirSync(join(root, 'content', 'papers'), { recursive: true });
  writeFileSync(join(root, 'content', 'topics.yaml'), VOCABULARY);
});

describe('npm run import', () => {
  it('creates one entry per paper with the bibliographic fields, in the entry writer\'s order and escaping', () => {
    const report = run(['jabref.bib']);
    expect(importSummary(report)).toBe('import: 3 entries read, 3 created, 0 already present, 0 skipped, 1 warnings');
    expect(files()['learning-transferable-visual-models-from-natural-language-supervision.mdx']).toBe(`---
title: Learning Transferable Visual Models From Natural Language Supervision
tags: []
authors:
  - Radford, Alec
  - Kim, Jong Wook
  - Hallacy, Chris
etAl: true
year: 2021
month: 7
venue: Proceedings of the 38th International Conference on Machine Learning
venueType: conference
keywords:
  - contrastive learning
  - vision-language
  - zero-shot
added: 2026-12-02
---

State-of-the-art computer vision systems are trained to predict a fixed set of predetermined object categories. We demonstrate that the simple pre-training task of predicting which caption goes with which image is an efficient and scalable way to learn SOTA image representations from scratch.
`);
    // every entry import writes passes the schema
    expect(readEntries(papersDir()).map((e) => e.data.authors)).toEqual([
      ['Knuth, Donald E.', '{Google DeepMind}'],
      ['OpenAI'],
      ['Radford, Alec', 'Kim, Jong Wook', 'Hallacy, Chris'],
    ]);
  });

  it('warns about an entry without an abstract, by file, line and key, and writes an empty body', () => {
    const report = run(['jabref.bib']);
    expect(report.warnings.map(formatProblem)).toEqual([
      `${fixture('jabref.bib').replace(`${process.cwd()}/`, '')}, line 38, entry "noabstract2020", field "abstract": expected an abstract, found none.\n` +
        '  Hint: imported without one and tagged from its title and keywords; add the abstract below the frontmatter of content/papers/a-note-without-an-abstract-on-o-n-log-n-sorting.mdx',
    ]);
    expect(files()['a-note-without-an-abstract-on-o-n-log-n-sorting.mdx']).toMatch(/\nadded: 2026-12-02\n---\n\n\n$/);
  });

  it('is idempotent: a second import changes no byte, and ingest afterwards changes nothing either', () => {
    run(['zotero-better-bibtex.bib', 'dblp.bib', 'google-scholar.bib']);
    ingest({ root, today: '2026-12-02' });
    const before = files();
    const again = run(['zotero-better-bibtex.bib', 'dblp.bib', 'google-scholar.bib']);
    expect(again.changes).toEqual([]);
    expect(importSummary(again)).toBe('import: 8 entries read, 0 created, 8 already present, 0 skipped, 0 warnings');
    expect(ingest({ root, today: '2026-12-02' }).changes).toEqual([]);
    expect(files()).toEqual(before);
  });

  it('tags what it writes as ingest would, so an ingest right after an import changes no file', () => {
    writeFileSync(join(root, 'seeds', '000.txt'), 'Sparse Attention for Long Documents\nWe study sparse attention patterns for long document transformers and find them fast.\n');
    const report = run(['zotero-better-bibtex.bib', 'dblp.bib', 'google-scholar.bib', 'jabref.bib']);
    expect(report.created).toBeGreaterThan(5);
    // the ingest pass of the import itself: it tagged the new entries and induced the catalog's first vocabulary
    expect(report.tagged?.induced).toMatchObject({ file: 'content/topics.induced.yaml' });
    expect(files()['attention-is-all-you-need.mdx']).toMatch(/\ntags: \[[^\]]*transformers[^\]]*\]\n/);
    // all but the cache of parsed frontmatter, which this first read of the tagged entries fills
    const everything = () => Object.fromEntries(readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name !== 'frontmatter.json').map((d) => {
      const path = join(d.parentPath, d.name);
      return [path, readFileSync(path, 'utf8')];
    }));
    const before = everything();
    const after = ingest({ root, today: '2026-12-02' });
    expect(after.changes).toEqual([]);
    expect(after.induced).toBeUndefined();
    expect(everything()).toEqual(before);
  });

  it('with --check writes nothing, not even a cache; without it, leaves the catalog\'s frontmatter parsed for the next run', () => {
    writeFileSync(join(papersDir(), 'attention-is-all-you-need.mdx'), SEED_ENTRY);
    const everything = () => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
    const before = everything();
    const checked = importBibliographies({ root, files: [fixture('jabref.bib')], today: '2026-12-02', check: true });
    expect(checked.created).toBe(3);
    expect(everything()).toEqual(before);
    run(['jabref.bib']);
    const cache = JSON.parse(readFileSync(join(root, '.cache', 'paper-atlas', 'frontmatter.json'), 'utf8')) as { entries: Record<string, string> };
    // every entry of the catalog as the last read left it: the hand-written one and the three imported
    expect(Object.values(cache.entries).map((json) => (JSON.parse(json) as { title: string }).title).sort()).toEqual(readEntries(papersDir()).map((e) => e.data.title).sort());
  });

  it('recognises a paper by DOI, arXiv ID or title key, in the catalog and across files', () => {
    const report = run(['arxiv.bib', 'dblp.bib', 'zotero-csl.json']);
    // LoRA is in arxiv.bib, DBLP's CoRR entry and the CSL file: one entry, by its arXiv ID
    expect(report.created).toBe(5);
    expect(report.present).toBe(2);
    expect(Object.keys(files()).filter((n) => n.startsWith('lora'))).toEqual(['lora-low-rank-adaptation-of-large-language-models.mdx']);
    // a paper found again fills what its first file lacked (DBLP gives a venue, arXiv none)
    expect(files()['lora-low-rank-adaptation-of-large-language-models.mdx']).toContain('venue: CoRR\nvenueType: journal\narxiv: "2106.09685"');
  });

  it('takes entries that share only a title for distinct papers, and lists each entry it recognises with what it matched', () => {
    const report = run(['same-titles.bib', 'same-titles-again.bib']);
    expect(importSummary(report)).toBe('import: 5 entries read, 4 created, 1 already present, 0 skipped, 5 warnings');
    expect(Object.keys(files()).filter((n) => n.startsWith('editorial'))).toHaveLength(4);
    expect(report.matches).toEqual([{ file: expect.stringContaining('same-titles-again.bib'), line: 2, entry: 'knuth1991editorial', path: expect.stringMatching(/^content\/papers\/editorial/), by: 'title' }]);
    // the same file's two items with nothing to tell them apart: both kept, and said
    expect(report.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/same-titles\.bib, line 24, entry "beebe1990editorial", field "title": expected a title, DOI, arXiv ID, author list or year that tells this entry from the others of its file, found the title of entry "Beebe:1990:E" \(line 2\) and nothing that tells them apart/));
    expect(importSummary(run(['same-titles.bib', 'same-titles-again.bib']))).toBe('import: 5 entries read, 0 created, 5 already present, 0 skipped, 0 warnings');
  });

  it('reads the @string macros of every BibTeX file named, as BibTeX does: an abbreviations file serves the others', () => {
    const report = run(['abbreviations.bib', 'uses-abbreviations.bib']);
    expect(importSummary(report)).toBe('import: 1 entries read, 1 created, 0 already present, 0 skipped, 1 warnings');
    expect(Object.values(files())[0]).toContain('venue: IEEE Transactions on Pattern Analysis and Machine Intelligence');
  });

  it('imports an entry whose journal macro is defined nowhere, without the venue and with a warning; importing again with the macros fills it', () => {
    const alone = run(['uses-abbreviations.bib']);
    expect(alone.refused).toEqual([]);
    expect(importSummary(alone)).toMatch(/^import: 1 entries read, 1 created, 0 already present, 0 skipped, \d+ warnings$/);
    expect(alone.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/field "journal": expected a value in braces or quotes, or a macro defined by @string, found the undefined @string macro "IEEE_J_PAMI"\.\n {2}Hint: import reads it as empty, as BibTeX does, and fills the field when you import again with the macro defined/));
    expect(Object.values(files())[0]).not.toContain('venue:');
    const again = run(['abbreviations.bib', 'uses-abbreviations.bib']);
    expect(again.present).toBe(1);
    expect(Object.values(files())[0]).toContain('venue: IEEE Transactions on Pattern Analysis and Machine Intelligence');
  });

  it('imports a paper whose DOI is malformed, without it and with a warning; the mended file imported again fills it', () => {
    const bib = join(root, 'lab.bib');
    const entry = (doi: string) => `@article{k1, title = {A Lab Paper}, author = {Doe, Jane}, doi = {${doi}}, year = {2021}, abstract = {We study things.}}\n`;
    writeFileSync(bib, entry('10.1145.62523'));
    const first = importBibliographies({ root, files: [bib], today: '2026-12-02' });
    expect(first.refused).toEqual([]);
    expect(importSummary(first)).toBe('import: 1 entries read, 1 created, 0 already present, 0 skipped, 1 warnings');
    expect(first.warnings.map(formatProblem)).toEqual([expect.stringMatching(/lab\.bib, line 1, entry "k1", field "doi": expected a DOI such as "10\.1000\/xyz123", found "10\.1145\.62523"\.\n {2}Hint: .*the paper was imported without it/)]);
    expect(Object.values(files())[0]).not.toContain('doi:');
    writeFileSync(bib, entry('10.1145/62523'));
    const again = importBibliographies({ root, files: [bib], today: '2026-12-02' });
    expect(again.present).toBe(1);
    expect(Object.values(files())[0]).toContain('doi: 10.1145/62523');
  });

  it('fills only the empty fields of an entry already in the catalog, keeping every other byte', () => {
    writeFileSync(join(papersDir(), 'attention-is-all-you-need.mdx'), SEED_ENTRY);
    const report = run(['zotero-better-bibtex.bib']);
    expect(report.present).toBe(1);
    const text = files()['attention-is-all-you-need.mdx']!;
    expect(text).toContain('# written by hand, kept\nvenue: NeurIPS\n');
    expect(text).not.toContain('Advances in Neural Information Processing Systems');
    expect(text).toContain('\nyear: 2017\n');
    expect(text).toContain('  - Vaswani, Ashish\n');
    expect(text.endsWith('The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.\n')).toBe(true);
    expect(report.changes.find((c) => c.kind === 'filled')!.reasons).toEqual(['filled authors, year, url, keywords']);
  });

  it('a file with a bad entry imports nothing and says so; --skip-bad imports the others and counts the skipped', () => {
    const refused = run(['bad/unclosed-brace.bib', 'arxiv.bib']);
    expect(refused.refused).toEqual([fixture('bad/unclosed-brace.bib').replace(`${process.cwd()}/`, '')]);
    expect(importSummary(refused)).toBe('import: 5 entries read, 2 created, 0 already present, 3 skipped, 2 warnings');
    expect(Object.keys(files())).toHaveLength(2);
    const skipped = run(['bad/unclosed-brace.bib'], { skipBad: true });
    expect(importSummary(skipped)).toBe('import: 3 entries read, 2 created, 0 already present, 1 skipped, 2 warnings');
    expect(skipped.problems.map((p) => p.entry)).toEqual(['broken2021']);
  });

  it('tells the format from the content, whatever the file is called', () => {
    copyFileSync(fixture('mendeley.ris'), join(root, 'export.txt'));
    const report = importBibliographies({ root, files: [join(root, 'export.txt')], today: '2026-12-02' });
    expect(report.created).toBe(2);
  });
});
