import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/load.ts';
import { topicList } from '../../search/build/topic-list.ts';

/**
 * /search/topics.json: the search's alias table, also the topics a search with no results
 * can suggest (src/search/build/topic-list.ts). Small: names, aliases, keys and counts.
 */
export const GET: APIRoute = async () => {
  const { topics } = await loadCatalog();
  return new Response(JSON.stringify(topicList(topics)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
