import { describe, expect, it } from 'vitest';
import { arxivInFields, checkedIds, dateOf } from '../../src/bibliography/normalize.ts';

describe('dateOf: year and month as biblatex reads them', () => {
  it.each([
    [{ date: '2019-06-01', year: '2018' }, { year: 2019, month: 6 }],
    [{ date: '2017' , month: 'mar' }, { year: 2017, month: 3 }],
    [{ date: '1988/2009' }, { year: 1988 }],
    [{ date: '2017-06-12/2017-06-16' }, { year: 2017, month: 6 }],
    [{ date: '1990~' }, { year: 1990 }],
    [{ date: '2021-21' }, { year: 2021 }],
    [{ year: '1975', date: '15/05/84', month: 'may' }, { year: 1975, month: 5 }],
    [{ year: '1991--1992' }, { year: 1991 }],
    [{ year: '2007/2008' }, { year: 2007 }],
    [{ year: '{\\noopsort{1992b}}1992' }, { year: 1992 }],
    [{ date: 'May 2017' }, { year: 2017 }],
    [{ year: 'in press' }, {}],
  ])('%j', (fields, expected) => expect(dateOf(fields)).toEqual(expected));
});

describe('arxivInFields: where exporters write the arXiv ID', () => {
  it.each([
    [{ eprint: '2106.09685', archiveprefix: 'arXiv' }, '2106.09685'],
    [{ eprint: '2106.09685v2', eprinttype: 'arxiv' }, '2106.09685v2'],
    [{ eprint: 'arXiv:2106.09685' }, 'arXiv:2106.09685'],
    [{ journal: 'arXiv preprint arXiv:2106.09685' }, '2106.09685'],
    [{ journal: 'arXiv preprint cs/0501001' }, 'cs/0501001'],
    [{ journal: 'ArXiv', volume: 'abs/2106.09685' }, '2106.09685'],
    [{ journal: 'CoRR', volume: 'abs/1706.03762' }, '1706.03762'],
    [{ howpublished: 'arXiv:2106.09685 [cs.CL]' }, '2106.09685'],
    [{ note: 'arXiv:2106.09685v1' }, '2106.09685'],
  ])('%j', (fields, id) => expect(arxivInFields(fields)).toBe(id));
  it.each([
    [{ eprint: '12345', eprinttype: 'pubmed' }],
    [{ eprint: '2106.09685' }],
    [{ journal: 'arXiv e-prints' }],
    [{ journal: 'Nature', volume: 'abs/2106.09685' }],
    [{ note: 'see also arXiv:2106.09685' }],
    [{ journal: 'arXiv preprint arXiv:2106.096' }],
  ])('none in %j', (fields) => expect(arxivInFields(fields)).toBeUndefined());
});

describe('checkedIds', () => {
  const at = { file: 'x.bib', line: 1 };
  it('reads the first of several URLs as the URL, and DOI and arXiv ID from any of them', () => {
    expect(checkedIds({ url: 'http://example.org/a; https://arxiv.org/abs/2008.06537v2 https://doi.org/10.1000/xyz' }, at, [])).toEqual({ url: 'http://example.org/a', arxiv: '2008.06537', doi: '10.1000/xyz' });
    expect(checkedIds({ url: '\\url{https://arxiv.org/abs/2008.06537}' }, at, [])).toEqual({ url: 'https://arxiv.org/abs/2008.06537', arxiv: '2008.06537' });
  });
  it('leaves a malformed arXiv eprint or DOI out with a warning, keeping the rest', () => {
    const warnings: unknown[] = [];
    expect(checkedIds({ arxiv: '2106.096', url: 'https://example.org/p' }, at, warnings as never)).toEqual({ url: 'https://example.org/p' });
    expect(checkedIds({ doi: 'doi.org/10.1000', arxiv: '2106.09685' }, at, warnings as never)).toEqual({ arxiv: '2106.09685' });
    expect(warnings).toMatchObject([{ field: 'eprint', found: '"2106.096"' }, { field: 'doi', found: '"doi.org/10.1000"' }]);
  });
});
