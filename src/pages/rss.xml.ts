import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_NAMESPACES, feedItems, FEED_SIZE } from '../catalog/feed.ts';
import { feedPaper } from '../catalog/exports.ts';
import { loadCatalog } from '../catalog/load.ts';
import { feedUrl, paperUrl } from '../shared/urls.ts';

/** /rss.xml: the newest papers of the whole catalog. */
export const GET: APIRoute = async ({ site }) => {
  const { papers, describe } = await loadCatalog();
  const base = site ?? new URL('http://127.0.0.1/');
  return rss({
    title: 'Paper Atlas: new papers',
    description: `The ${FEED_SIZE} papers most recently added to the catalog, newest first.`,
    site: base,
    items: feedItems(papers.map((p) => feedPaper(p, (slug) => describe(slug).name)), paperUrl),
    xmlns: { ...FEED_NAMESPACES },
    customData: `<language>en</language><atom:link href="${new URL(feedUrl(), base).href}" rel="self" type="application/rss+xml"/>`,
  });
};
