import { describe, expect, it } from 'vitest';
import { authorIndexPage, letterId } from '../../src/catalog/author-index.ts';
import { indexAuthors } from '../../src/catalog/authors.ts';

const authors = indexAuthors([
  { slug: 'a', authors: ['Vaswani, Ashish', 'Shazeer, Noam', '{OpenAI}'], tags: [] },
  { slug: 'b', authors: ['Noam Shazeer', 'Åsa Berg', 'Bengio, Yoshua', '3M Research'], tags: [] },
]);

describe('authorIndexPage', () => {
  it('files every author under a letter, by family name, with their paper counts', () => {
    const index = authorIndexPage(authors.values(), 1, 250, '/authors/');
    expect(index.count).toBe(1);
    expect(index.groups.map((g) => [g.letter, g.authors.map((a) => `${a.sortName} (${a.papers})`)])).toEqual([
      ['B', ['Bengio, Yoshua (1)', 'Berg, Åsa (1)']],
      ['O', ['OpenAI (1)']],
      ['R', ['Research, 3M (1)']],
      ['S', ['Shazeer, Noam (2)']],
      ['V', ['Vaswani, Ashish (1)']],
    ]);
    expect(index.groups[0]!.authors[0]!.slug).toBe('yoshua-bengio');
  });

  it('splits a long index into pages and links each letter to the page and heading where it starts', () => {
    const page2 = authorIndexPage(authors.values(), 2, 2, '/authors/');
    expect(page2.count).toBe(3);
    expect(page2.groups.map((g) => g.letter)).toEqual(['O', 'R']);
    expect(page2.letters).toEqual([
      { letter: 'B', url: '/authors/#letter-b' },
      { letter: 'O', url: '/authors/page/2/#letter-o' },
      { letter: 'R', url: '/authors/page/2/#letter-r' },
      { letter: 'S', url: '/authors/page/3/#letter-s' },
      { letter: 'V', url: '/authors/page/3/#letter-v' },
    ]);
    const all = [1, 2, 3].flatMap((p) => authorIndexPage(authors.values(), p, 2, '/authors/').groups.flatMap((g) => g.authors.map((a) => a.slug)));
    expect(all.sort()).toEqual([...authors.keys()].sort());
  });

  it('is empty for a catalog without authors, one page long', () => {
    expect(authorIndexPage([], 1, 250, '/authors/')).toEqual({ groups: [], letters: [], count: 1 });
  });

  it('gives names filed under # a heading id of their own', () => {
    expect(letterId('#')).toBe('letter-other');
    expect(letterId('Q')).toBe('letter-q');
  });
});
