import type { APIRoute } from 'astro';
import { withBase } from '../shared/urls.ts';

/** /robots.txt: everything may be crawled; the sitemap says where every page is. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site ?? 'http://127.0.0.1/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
