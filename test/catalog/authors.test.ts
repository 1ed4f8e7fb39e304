import { describe, expect, it } from 'vitest';
import { authorPageNames, byFamilyName, indexAuthors, indexLetter } from '../../src/catalog/authors.ts';

describe('author pages', () => {
  const authors = indexAuthors([
    { slug: 'attention', authors: ['Vaswani, Ashish', 'Shazeer, Noam', '{Google Brain}'], tags: ['transformers'] },
    { slug: 'moe', authors: ['Noam Shazeer', 'Ashish Vaswani'], tags: ['mixture-of-experts', 'transformers'] },
    { slug: 'seed', authors: [], tags: ['transformers'] },
  ]);
  it('one page per distinct name, whichever form a paper writes it in', () => {
    expect([...authors.keys()]).toEqual(['ashish-vaswani', 'google-brain', 'noam-shazeer']);
    expect(authors.get('ashish-vaswani')).toEqual({
      slug: 'ashish-vaswani',
      name: 'Ashish Vaswani',
      sortName: 'Vaswani, Ashish',
      papers: ['attention', 'moe'],
      coauthors: [{ slug: 'noam-shazeer', name: 'Noam Shazeer', count: 2 }, { slug: 'google-brain', name: 'Google Brain', count: 1 }],
      topics: [{ slug: 'transformers', count: 2 }, { slug: 'mixture-of-experts', count: 1 }],
    });
  });
});

describe('authorPageNames', () => {
  const authors = indexAuthors([
    { slug: 'a', authors: ['García, José', 'Noam Shazeer'], tags: [] },
    { slug: 'b', authors: ['José García'], tags: [] },
    { slug: 'c', authors: ['Jose Garcia', 'Shazeer, Noam'], tags: [] },
  ]);
  it("names each author as their page does, whichever form the paper writes, once each, in byline order", () => {
    expect(authors.get('jose-garcia')?.name).toBe('José García');
    expect(authorPageNames(['Jose Garcia', 'Shazeer, Noam'], authors)).toEqual(['José García', 'Noam Shazeer']);
    expect(authorPageNames(['Vaswani, Ashish', 'Ashish Vaswani'], authors)).toEqual(['Ashish Vaswani']);
  });
  it('gives a paper without authors no name', () => {
    expect(authorPageNames([], authors)).toEqual([]);
  });
});

describe('the order of an index of authors', () => {
  it('files a person by family name and a corporate author as written', () => {
    const authors = indexAuthors([{ slug: 'p', authors: ['Ludwig van Beethoven', '{Google Brain}', 'Émile Borel', 'Zhang, Wei', 'ada lovelace'], tags: [] }]);
    expect([...authors.values()].map((a) => a.sortName)).toEqual(['lovelace, ada', 'Borel, Émile', 'Google Brain', 'van Beethoven, Ludwig', 'Zhang, Wei']);
    expect([...authors.values()].sort(byFamilyName).map((a) => a.sortName)).toEqual(['Borel, Émile', 'Google Brain', 'lovelace, ada', 'van Beethoven, Ludwig', 'Zhang, Wei']);
  });
  it('gives each name the letter it is filed under, accents and case aside', () => {
    expect(['Émile', 'łukasz', 'Østergaard', 'ada', '3M', '_x', 'Ζeta'].map(indexLetter)).toEqual(['E', 'L', 'O', 'A', '#', '#', 'Z']);
  });
});
