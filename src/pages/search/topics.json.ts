import type { APIRoute } from 'astro';
import { loadCatalog } from '../../catalog/load.ts';
import type { SuggestableTopic } from '../../search/close-topics.ts';

/**
 * /search/topics.json: the topics a search with no results can suggest, fetched only
 * then (src/search/close-topics.ts). Small: names, aliases and counts.
 */
export const GET: APIRoute = async () => {
  const { topics } = await loadCatalog();
  const list: SuggestableTopic[] = topics.map((t) => ({ slug: t.slug, name: t.name, aliases: t.aliases, papers: t.papers.length }));
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
