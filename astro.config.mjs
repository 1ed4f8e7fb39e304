// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/search/build/pagefind.ts';
import offline from './src/offline/build/service-worker.ts';
import katexAssets from './src/integrations/katex-assets.ts';
import mdxModuleGuard from './src/integrations/mdx-module-guard.ts';
import clearOutput from './src/integrations/clear-output.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { timedBuildDone } from './src/integrations/stage-log.ts';
import releaseHeap from './src/integrations/release-heap.ts';

// Deployments set these; locally the site lives at the root of 127.0.0.1.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // a CSP <meta> on every page: scripts and styles only by hash (see the module for each directive)
  experimental: { csp: contentSecurityPolicy() },
  vite: {
    // Scripts stay files rather than inline tags: the Content-Security-Policy allows
    // no inline script, and inlining leaves Vite's preload helper half-replaced.
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    // Abstracts must reach the page character for character: no curly quotes, no
    // GFM strikethrough/tables/autolinks reading meaning into stripped LaTeX.
    smartypants: false,
    gfm: false,
  },
  integrations: [
    // first: should anything import a content file as a module, refuses code in it first
    mdxModuleGuard(),
    // the previous build's output is deleted in the background, not file by file up front
    clearOutput(),
    katexAssets(),
    // sitemap-index.xml for search engines; the 404 page is no page of its own
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    // once the pages are written, before Pagefind's process starts beside Astro's
    timedBuildDone('release heap', releaseHeap()),
    // must stay after every integration that writes pages into dist/
    timedBuildDone('pagefind', pagefind()),
    // after pagefind(): the service worker precaches the search bundle it writes
    timedBuildDone('service worker', offline()),
  ],
});
