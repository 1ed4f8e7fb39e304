import { describe, expect, it } from 'vitest';
import { indexAuthors } from '../../src/catalog/authors.ts';

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
      papers: ['attention', 'moe'],
      coauthors: [{ slug: 'noam-shazeer', name: 'Noam Shazeer', count: 2 }, { slug: 'google-brain', name: 'Google Brain', count: 1 }],
      topics: [{ slug: 'transformers', count: 2 }, { slug: 'mixture-of-experts', count: 1 }],
    });
  });
});
