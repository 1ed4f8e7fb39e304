import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { FEED_NAMESPACES, feedItems, type FeedPaper } from '../../src/catalog/feed.ts';

const paper = (slug: string, added: string, authors: string[] = []): FeedPaper => ({ slug, title: slug.toUpperCase(), abstract: ` An  abstract\nof ${slug}. `, topics: ['T'], authors, added: new Date(added) });
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

  it('names each author of a paper in a dc:creator, and none for a paper without authors', () => {
    const [withAuthors, seed] = feedItems([paper('a', '2026-02-03', ['Ashish Vaswani', 'OpenAI']), paper('b', '2026-02-02')], link);
    expect(withAuthors!.customData).toBe('<dc:creator>Ashish Vaswani</dc:creator><dc:creator>OpenAI</dc:creator>');
    expect(seed).not.toHaveProperty('customData');
  });

  it('gives a feed whose items carry their authors, escaped, in the Dublin Core namespace', async () => {
    const xml = await getRssString({
      title: 'Feed',
      description: 'Test',
      site: 'https://example.org/',
      xmlns: { ...FEED_NAMESPACES },
      items: feedItems([paper('a', '2026-02-03', ['Jörg Müller', 'Brien & <Co>'])], link),
    });
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(xml).toMatch(/<item>.*<dc:creator>Jörg Müller<\/dc:creator><dc:creator>Brien &amp; &lt;Co&gt;<\/dc:creator>.*<\/item>/s);
  });
});
