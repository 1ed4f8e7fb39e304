import { describe, expect, it } from 'vitest';
import { relatedTopics } from '../../src/catalog/related-topics.ts';

describe('relatedTopics', () => {
  const counts = new Map([
    ['b', 1],
    ['a', 1],
    ['c', 5],
    ['d', 3],
    ['no-page', 9],
  ]);
  const hasPage = (slug: string) => slug !== 'no-page';

  it('lists the topics with a page, most shared papers first, then by slug', () => {
    expect(relatedTopics(counts, hasPage)).toEqual({
      shown: [
        { slug: 'c', count: 5 },
        { slug: 'd', count: 3 },
        { slug: 'a', count: 1 },
        { slug: 'b', count: 1 },
      ],
      more: 0,
    });
  });

  it('names only the closest and counts the rest', () => {
    expect(relatedTopics(counts, hasPage, [], 2)).toEqual({ shown: [{ slug: 'c', count: 5 }, { slug: 'd', count: 3 }], more: 2 });
  });

  it('always lists what the local graph draws, in its place by shared papers', () => {
    expect(relatedTopics(counts, hasPage, ['b'], 1)).toEqual({ shown: [{ slug: 'c', count: 5 }, { slug: 'b', count: 1 }], more: 2 });
  });

  it('lists nothing for a topic that shares no paper', () => {
    expect(relatedTopics(undefined, hasPage)).toEqual({ shown: [], more: 0 });
  });
});
