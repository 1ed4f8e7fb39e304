import { describe, expect, it } from 'vitest';
import { authorSearchUrl, catalogBibUrl, feedUrl, paperUrl, searchUrl, topicBibUrl, topicFeedUrl, topicUrl, withBase } from '../../src/shared/urls.ts';

// Vitest runs with BASE_URL "/": the site at the root, as in the tests' builds.
describe('urls', () => {
  it.each([
    [withBase(), '/'],
    [withBase('topics/'), '/topics/'],
    [withBase('/favicon.svg'), '/favicon.svg'],
    [paperUrl('condconv'), '/papers/condconv/'],
    [topicUrl('lora'), '/topics/lora/'],
    [searchUrl(), '/search/'],
    [searchUrl('a b&c'), '/search/?q=a%20b%26c'],
    [authorSearchUrl('José García & Co'), '/search/?author=Jos%C3%A9%20Garc%C3%ADa%20%26%20Co'],
    [feedUrl(), '/rss.xml'],
    [topicFeedUrl('lora'), '/topics/lora/rss.xml'],
    [catalogBibUrl(), '/papers.bib'],
    [topicBibUrl('lora'), '/topics/lora/papers.bib'],
  ])('%s is %s', (made, expected) => {
    expect(made).toBe(expected);
  });
});
