/**
 * Every internal URL is made here, so a deployment under a base path (GitHub Pages
 * project sites) only has to set `base` in astro.config.mjs.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `path` (without a leading slash) under the site's base. */
export function withBase(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

export const paperUrl = (slug: string): string => withBase(`papers/${slug}/`);
export const topicUrl = (slug: string): string => withBase(`topics/${slug}/`);
export const searchUrl = (query?: string): string => withBase(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
