/**
 * Every internal URL is made here, so a deployment under a base path (GitHub Pages
 * project sites) only has to set `base` in astro.config.mjs. Isomorphic: pages, the
 * browser's search script and the commands all use it (outside Vite, the base is `/`).
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `path` (without a leading slash) under the site's base. */
export function withBase(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

export const paperUrl = (slug: string): string => withBase(`papers/${slug}/`);
export const topicUrl = (slug: string): string => withBase(`topics/${slug}/`);
export const authorUrl = (slug: string): string => withBase(`authors/${slug}/`);
export const searchUrl = (query?: string): string => withBase(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
/** The search listing an author's papers: the author filter alone, by the name their page shows. */
export const authorSearchUrl = (name: string): string => withBase(`search/?author=${encodeURIComponent(name)}`);

/** Feeds and bibliographies: files, so no trailing slash. */
export const feedUrl = (): string => withBase('rss.xml');
export const topicFeedUrl = (slug: string): string => withBase(`topics/${slug}/rss.xml`);
export const catalogBibUrl = (): string => withBase('papers.bib');
export const topicBibUrl = (slug: string): string => withBase(`topics/${slug}/papers.bib`);
