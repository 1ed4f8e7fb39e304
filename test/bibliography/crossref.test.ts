import { describe, expect, it } from 'vitest';
import { inheritFields } from '../../src/bibliography/crossref.ts';

describe('inheritFields: crossref as biber resolves it', () => {
  const proceedings = { type: 'proceedings', fields: { title: 'Proc', subtitle: 'Sub', year: '2018', month: 'jan', publisher: 'P', doi: '10.1/v', url: 'https://x', abstract: 'A', keywords: 'k', eventtitle: 'Conf' } };
  it('gives a paper in proceedings the title as booktitle, and every field it lacks but identifiers, abstract and keywords', () => {
    expect(inheritFields({ type: 'inproceedings', fields: { title: 'Paper' } }, proceedings)).toEqual({
      title: 'Paper', booktitle: 'Proc', booksubtitle: 'Sub', year: '2018', month: 'jan', publisher: 'P', eventtitle: 'Conf',
    });
  });
  it('keeps the child\'s own date: the parent\'s year, date and month come only to a child with none', () => {
    expect(inheritFields({ type: 'inproceedings', fields: { title: 'Paper', date: '2019' } }, proceedings)).toMatchObject({ date: '2019' });
    expect(inheritFields({ type: 'inproceedings', fields: { title: 'Paper', date: '2019' } }, proceedings)).not.toHaveProperty('year');
    expect(inheritFields({ type: 'inproceedings', fields: { title: 'Paper', year: '2019' } }, proceedings)).not.toHaveProperty('month');
  });
  it('takes a parent\'s own booktitle before its title (BibTeX files write both)', () => {
    expect(inheritFields({ type: 'incollection', fields: {} }, { type: 'book', fields: { title: 'Book', booktitle: 'Book (1990)' } })).toMatchObject({ booktitle: 'Book (1990)' });
  });
  it('maps a multi-volume work\'s title to maintitle, a periodical\'s to journaltitle', () => {
    expect(inheritFields({ type: 'book', fields: { title: 'Vol' } }, { type: 'mvbook', fields: { title: 'Works', subtitle: 'All' } })).toEqual({ title: 'Vol', maintitle: 'Works', mainsubtitle: 'All' });
    expect(inheritFields({ type: 'article', fields: {} }, { type: 'periodical', fields: { title: 'J' } })).toEqual({ journaltitle: 'J' });
    expect(inheritFields({ type: 'article', fields: { journal: 'Own' } }, { type: 'periodical', fields: { title: 'J' } })).toEqual({ journal: 'Own' });
  });
  it('gives an entry that is part of nothing no title of its parent', () => {
    expect(inheritFields({ type: 'misc', fields: { title: 'M' } }, { type: 'book', fields: { title: 'B', author: 'A' } })).toEqual({ title: 'M', author: 'A' });
  });
});
