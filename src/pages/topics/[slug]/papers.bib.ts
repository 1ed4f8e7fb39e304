import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtexFileOf } from '../../../catalog/bibtex.ts';
import { paperBibtex } from '../../../catalog/exports.ts';
import { loadCatalog, topicPaths } from '../../../catalog/load.ts';
import type { TopicSummary } from '../../../catalog/topics.ts';
import { topicUrl } from '../../../shared/urls.ts';

export const getStaticPaths = topicPaths satisfies GetStaticPaths;

/** /topics/<slug>/papers.bib: BibTeX for every paper of one topic, in the topic page's order. */
export const GET: APIRoute<{ topic: TopicSummary }> = async ({ props: { topic }, site }) => {
  const { bySlug, describe } = await loadCatalog();
  const entries = topic.papers.map((slug) => paperBibtex(bySlug.get(slug)!, describe));
  const about = `Paper Atlas: the papers on ${topic.name} (${new URL(topicUrl(topic.slug), site ?? 'http://127.0.0.1/').href}).`;
  return new Response(bibtexFileOf(entries, about), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
