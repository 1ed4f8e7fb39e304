import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_NAMESPACES, feedItems } from '../../../catalog/feed.ts';
import { feedPaper } from '../../../catalog/exports.ts';
import { loadCatalog, topicPaths } from '../../../catalog/load.ts';
import type { TopicSummary } from '../../../catalog/topics.ts';
import { paperUrl, topicFeedUrl } from '../../../shared/urls.ts';

export const getStaticPaths = topicPaths satisfies GetStaticPaths;

/** /topics/<slug>/rss.xml: the newest papers of one topic. */
export const GET: APIRoute<{ topic: TopicSummary }> = async ({ props: { topic }, site }) => {
  const { bySlug, describe } = await loadCatalog();
  const base = site ?? new URL('http://127.0.0.1/');
  const papers = topic.papers.map((slug) => bySlug.get(slug)!);
  return rss({
    title: `Paper Atlas: ${topic.name}`,
    description: `New papers on ${topic.name}: ${topic.description}`,
    site: base,
    items: feedItems(papers.map((p) => feedPaper(p, (slug) => describe(slug).name)), paperUrl),
    xmlns: { ...FEED_NAMESPACES },
    customData: `<language>en</language><atom:link href="${new URL(topicFeedUrl(topic.slug), base).href}" rel="self" type="application/rss+xml"/>`,
  });
};
