import { describe, expect, it } from 'vitest';
import { feedItems, type FeedPaper } from '../../src/catalog/feed.ts';

const paper = (slug: string, added: string): FeedPaper => ({ slug, title: slug.toUpperCase(), abstract: ` An  abstract\nof ${slug}. `, topics: ['T'], added: new Date(added) });
const link = (slug: string) => `/papers/${slug}/`;

describe('feedItems', () => {
  it('lists the newest papers first, keeping catalog order within a day', () => {
    const items = feedItems([paper('a', '2026-01-01'), paper('b', '2026-03-01'), paper('c', '2026-01-01'), paper('d', '2026-03-01')], link);
    expect(items.map((i) => i.link)).toEqual(['/papers/b/', '/papers/d/', '/papers/a/', '/papers/c/']);
  });

  it('keeps only the newest `limit`', () => {
    const papers = Array.from({ length: 150 }, (_, i) => paper(`p${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const items = feedItems(papers, link);
    expect(items).toHaveLength(100);
    expect(feedItems(papers, link, 3).map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(['2026-01-28', '2026-01-28', '2026-01-28']);
  });

  it('writes the item: title, link, date added, abstract on one line, topics as categories', () => {
    expect(feedItems([paper('a', '2026-02-03')], link)).toEqual([
      { title: 'A', link: '/papers/a/', pubDate: new Date('2026-02-03'), description: 'An abstract of a.', categories: ['T'] },
    ]);
  });
});
