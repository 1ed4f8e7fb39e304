import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/bibliography/detect-format.ts';
import { readBibliography } from '../../src/bibliography/read-bibliography.ts';
import { formatProblem } from '../../src/content/content-error.ts';

const FIXTURES = new URL('../fixtures/bibliography/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const read = (name: string) => readBibliography(text(name), `test/fixtures/bibliography/${name}`);

describe('format detection reads the content, not the extension', () => {
  it.each([
    ['zotero-better-bibtex.bib', 'bibtex'],
    ['jabref.bib', 'bibtex'],
    ['zotero-csl.json', 'csl-json'],
    ['mendeley.ris', 'ris'],
    ['endnote.ris', 'ris'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(text(name))).toBe(format);
  });
  it('names what it found when it is none of them', () => {
    const result = readBibliography('Title: a paper\nAbstract: text\n', 'notes.txt');
    expect(result.problems.map(formatProblem)).toEqual([
      'notes.txt, line 1: expected a bibliography: BibTeX (@article{…}), CSL-JSON ([{"title": …}]) or RIS (TY  - …), found "Title: a paper Abstract: text".\n' +
        '  Hint: export the collection from your reference manager as BibTeX, CSL JSON or RIS',
    ]);
  });
});

describe('CSL-JSON (Zotero)', () => {
  const records = new Map(read('zotero-csl.json').records.map((r) => [r.key, r]));
  it('reads ORCIDs, bare DOIs from doi.org URLs, dates, keywords, and drops <i> markup', () => {
    expect(records.get('http://zotero.org/users/123/items/ABCD1234')).toEqual({
      key: 'http://zotero.org/users/123/items/ABCD1234',
      line: 3,
      title: 'Adam: A Method for Stochastic Optimization',
      abstract: 'We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic objective functions.',
      authors: [{ family: 'Kingma', given: 'Diederik P.', orcid: '0000-0002-1825-0097' }, { family: 'Ba', given: 'Jimmy' }],
      etAl: false,
      year: 2015,
      month: 5,
      venue: 'Journal of Optimization Studies',
      venueType: 'journal',
      doi: '10.1000/jos.2015.7',
      url: 'https://example.org/adam',
      keywords: ['optimization', 'stochastic gradient'],
    });
  });
  it('takes a Zotero preprint\'s arXiv ID from its number, keeps literal names', () => {
    expect(records.get('lora')).toMatchObject({ arxiv: '2106.09685', authors: [{ family: 'Hu', given: 'Edward J.' }, { literal: 'Microsoft Research' }] });
    expect(records.get('dropout')).toMatchObject({ venueType: 'conference', year: 2016 });
  });
  it('a malformed DOI leaves the item without it, with a warning', () => {
    const csl = readBibliography('[{"id": "x1", "type": "article-journal", "title": "A paper", "DOI": "10.1000", "issued": {"date-parts": [[2021]]}}]', 'items.json');
    expect(csl.problems).toEqual([]);
    expect(csl.records.map((r) => [r.key, r.title, r.doi, r.year])).toEqual([['x1', 'A paper', undefined, 2021]]);
    expect(csl.warnings.map((w) => [w.file, w.line, w.entry, w.field, w.found])).toEqual([['items.json', 1, 'x1', 'doi', '"10.1000"']]);
  });

  it('invalid JSON names its line', () => {
    const result = readBibliography('[\n  {"id": "a",\n   "title": "x" oops}\n]', 'broken.json');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'broken.json', line: 3 });
    expect(result.problems[0]!.found).toMatch(/^invalid JSON/);
  });
});

describe('RIS', () => {
  it('Mendeley: journal and conference records with IDs, DOIs, keywords and an arXiv URL', () => {
    const records = new Map(read('mendeley.ris').records.map((r) => [r.key, r]));
    expect(records.get('He2016')).toMatchObject({
      line: 1, title: 'Deep Residual Learning for Image Recognition', doi: '10.1109/CVPR.2016.90', year: 2016, month: 6,
      venueType: 'journal', keywords: ['residual networks', 'image recognition'],
    });
    expect(records.get('He2016')!.authors).toHaveLength(4);
    expect(records.get('Kingma2014')).toMatchObject({ arxiv: '1312.6114', venue: '2nd International Conference on Learning Representations', venueType: 'conference' });
  });
  it('EndNote / Web of Science: CRLF lines, a header before the first record, T1/BT/Y1/N2 tags', () => {
    const [gan, batchnorm] = read('endnote.ris').records;
    expect(gan).toMatchObject({ line: 4, title: 'Generative adversarial networks', venue: 'Communications of the ACM', doi: '10.1145/3422622', year: 2020, month: 10 });
    expect(batchnorm).toMatchObject({ line: 21, venue: 'Proceedings of the 32nd International Conference on Machine Learning', venueType: 'conference', year: 2015 });
    expect(batchnorm!.abstract).toMatch(/^Training deep neural networks/);
    expect(batchnorm!.authors).toEqual([{ family: 'Ioffe', given: 'Sergey' }, { family: 'Szegedy', given: 'Christian' }]);
  });
  it('a record without ER is named by its line, and the next record still reads', () => {
    const result = read('bad/no-er.ris');
    expect(result.records.map((r) => r.title)).toEqual(['Second record']);
    expect(result.problems.map(formatProblem)).toEqual([
      'test/fixtures/bibliography/bad/no-er.ris, line 1: expected an "ER  -" line closing the record "First record, never closed", found the next record\'s "TY" on line 6.\n' +
        '  Hint: end every record with a line "ER  - "; the export may have been cut short',
    ]);
  });
});
