import { describe, expect, it } from 'vitest';
import { BibLatexParser } from 'biblatex-csl-converter';
import { bclReading, bibtexPieces, compareReadings, cslReading, ourReading, outvoted, type BclEntry } from '../../../scripts/lib/bibliography-agreement.ts';

describe('bibliography agreement', () => {
  const ours = ourReading({
    key: 'k', line: 1, title: 'T', etAl: false, keywords: [],
    authors: [{ family: 'van Vliet', given: 'J.' }, { family: 'Müller', given: 'Hans' }, { literal: 'OpenAI' }],
    year: 2020, venue: 'J. of ML', doi: '10.1/ABC', arxiv: '2106.09685',
  });

  it('normalises both readings alike: particles, accents, DOI links, arXiv versions', () => {
    const theirs = cslReading(
      {
        id: 'k',
        author: [{ family: 'Vliet', 'non-dropping-particle': 'van', given: 'J.' }, { family: 'Muller', given: 'Hans' }, { literal: 'OpenAI' }, { family: 'others' }],
        issued: { 'date-parts': [[2020, 5]] },
        'container-title': 'J. of {ML}',
        DOI: 'https://doi.org/10.1/abc',
      },
      { eprint: '2106.09685v2', archiveprefix: 'arXiv' },
    );
    expect(theirs).toEqual(ours);
  });

  it('takes an arXiv ID from a Google Scholar journal, which stays the venue it is, or from an arxiv.org URL', () => {
    expect(cslReading({ 'container-title': 'arXiv preprint arXiv:1706.03762' }, { journal: 'arXiv preprint arXiv:1706.03762' })).toMatchObject({ arxiv: '1706.03762', venue: 'arxivpreprintarxiv170603762' });
    expect(cslReading({ URL: 'https://arxiv.org/abs/2203.03466v1' }, {})).toMatchObject({ arxiv: '2203.03466' });
    expect(cslReading({}, { url: 'https://example.org/a; https://arxiv.org/abs/2008.06537' })).toMatchObject({ arxiv: '2008.06537' });
    expect(cslReading({ 'container-title': 'ArXiv' }, { journal: 'ArXiv', volume: 'abs/2106.09685' })).toMatchObject({ arxiv: '2106.09685', venue: 'arxiv' });
    expect(cslReading({}, { eprint: '12345', eprinttype: 'pubmed' })).toMatchObject({ arxiv: '' });
  });

  it('gives a CSL suffix back to the family name, as the catalog keeps it, and reads a DOI link\'s percent-encoding', () => {
    const theirs = cslReading({ author: [{ family: 'Smith', suffix: 'Jr.', given: 'John' }], DOI: 'https://doi.org/10.1002/x%3B2-5' }, {});
    expect(theirs).toMatchObject({ authors: 'smithjr', doi: '10.1002/x;2-5' });
    expect(cslReading({ DOI: 'doi:10.1145/1234\\_5678' }, {})).toMatchObject({ doi: '10.1145/1234_5678' });
    expect(ourReading({ key: 'k', line: 1, title: 'T', etAl: false, keywords: [], authors: [{ family: 'Smith Jr.', given: 'John' }], doi: '10.1002/x;2-5' })).toMatchObject({ authors: 'smithjr', doi: '10.1002/x;2-5' });
  });

  it('counts agreement per field and in all five; an entry the other parser did not read differs', () => {
    const other = { ...ours, year: '2021' };
    const result = compareReadings(new Map([['a', ours], ['b', ours], ['c', ours]]), new Map([['a', ours], ['b', other]]));
    expect(result).toMatchObject({ entries: 3, allAgree: 1, agree: { authors: 2, year: 1, venue: 2, doi: 2, arxiv: 2 } });
    expect(result.differences).toEqual([
      { key: 'b', field: 'year', ours: '2020', theirs: '2021' },
      { key: 'c', field: 'entry', ours: 'read', theirs: 'not read' },
    ]);
  });

  it('cuts a file into pieces: @strings and crossref parents in every piece, preambles out, entries grouped', () => {
    const text = [
      '@Preamble{"\\input tugboat.def"}',
      '@String{j-T = "TUGboat"}',
      '@Article{a, title = "A {x}", journal = j-T}',
      '@InProceedings{b, title = "B", crossref = "proc"}',
      '@Proceedings{proc, title = "Proc (1990)"}',
      '@Comment{ignored}',
    ].join('\n');
    const { shared, entries } = bibtexPieces(text, 2);
    expect(shared).toBe('@String{j-T = "TUGboat"}\n@Proceedings{proc, title = "Proc (1990)"}');
    expect(entries).toEqual([['@Article{a, title = "A {x}", journal = j-T}', '@InProceedings{b, title = "B", crossref = "proc"}'], ['@Proceedings{proc, title = "Proc (1990)"}']]);
  });

  it('reads biblatex-csl-converter\'s entries the same way: prefixes, corporate names, dates, eprints', () => {
    const text = String.raw`@article{k, author = {van Vliet, J. and M{\"u}ller, Hans and {OpenAI} and others}, title = {T},
      journal = {J. of {ML}}, date = {2020-05}, doi = {https://doi.org/10.1/abc}, eprint = {2106.09685v2}, archivePrefix = {arXiv}}`;
    const bib = new BibLatexParser(text, { processUnexpected: true, processUnknown: true, processComments: false }).parse() as { entries: Record<string, BclEntry> };
    const [entry] = Object.values(bib.entries);
    expect(bclReading(entry!)).toEqual(ours);
    expect(bclReading({ entry_key: 'b', fields: { booktitle: [{ type: 'text', text: 'Proc. X' }], eprint: '12345', eprinttype: [{ type: 'text', text: 'pubmed' }] } })).toMatchObject({ venue: 'procx', arxiv: '', authors: '', year: '' });
  });

  it('finds the fields both other parsers read alike and import reads otherwise', () => {
    const other = { ...ours, doi: '10.1/volume' };
    const found = outvoted(new Map([['k', ours], ['j', ours]]), new Map([['k', other], ['j', other]]), new Map([['k', other], ['j', { ...other, doi: '10.1/else' }]]));
    expect(found).toEqual([{ key: 'k', field: 'doi', ours: '10.1/abc', theirs: '10.1/volume' }]);
  });
});
