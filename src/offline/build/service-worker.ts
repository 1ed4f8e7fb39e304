import AstroPWA, { type PwaOptions } from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkPrecache } from './precache-check.ts';

/**
 * The catalog offline and installable: a Workbox service worker (built by
 * @vite-pwa/astro) precaches every page, the assets and the Pagefind bundle, and a web
 * app manifest makes the site an app. List it after pagefind() in astro.config.mjs: the
 * service worker is generated when the build is done, from what dist/ holds by then,
 * and the build fails if the search bundle or a page is missing from it.
 *
 * Updates: every file is precached under a revision (content hash). A new build's
 * service worker downloads the new revisions beside the old ones and takes over only
 * when no tab of the old version is open; then the old revisions are deleted. A page
 * never mixes files of two builds.
 */
const OPTIONS: PwaOptions = {
  // The service worker is registered by src/offline/browser/register.ts, part of an
  // external module: a Content-Security-Policy without inline scripts stays possible.
  injectRegister: false,
  registerType: 'prompt',
  manifestFilename: 'manifest.webmanifest',
  manifest: {
    id: './',
    name: 'Paper Atlas',
    short_name: 'Paper Atlas',
    description: 'A catalog of research papers to browse by topic and search, online or off.',
    lang: 'en',
    // Relative to the manifest, which sits at the site's base: works under any base path.
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // Everything a reader can reach: pages, styles, scripts, fonts, icons, the search
    // bundle. KaTeX ships only woff2 fonts, which every browser with a service worker
    // reads. Feeds and sitemaps (XML) are for machines that never go offline. BibTeX
    // downloads grow with the catalog (megabytes at tens of thousands of papers): they
    // are kept once fetched (see runtimeCaching), not fetched in advance.
    globPatterns: ['**/*.{html,css,js,json,svg,png,ico,webmanifest,woff2,pagefind,pf_meta,pf_index,pf_fragment,pf_filter,txt}'],
    // Astro leaves its content-layer data here when building to an outDir outside the project.
    globIgnores: ['collections/**'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // Keep file URLs (papers/x/index.html); `directoryIndex` serves them for papers/x/.
    manifestTransforms: [],
    directoryIndex: 'index.html',
    // /search/?q=… and /papers/x/?highlight=… are the same precached pages, and
    // Pagefind asks for pagefind-entry.json?ts=<now> to dodge HTTP caches.
    ignoreURLParametersMatching: [/^q$/, /^topic$/, /^highlight$/, /^ts$/, /^utm_/, /^fbclid$/],
    // Pages not in this build go to the network; offline, they get the site's 404 page.
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.endsWith('.bib'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'bibtex' },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled at once, so it works offline without a reload.
    clientsClaim: true,
    skipWaiting: false,
  },
};

/**
 * Wraps @vite-pwa/astro so the service worker lands in the build's real outDir (left to
 * itself, it reads Vite's, which Astro points elsewhere) and is checked once written.
 */
export default function offline(): AstroIntegration {
  let pwa: AstroIntegration | undefined;
  return {
    name: 'paper-atlas:offline',
    hooks: {
      'astro:config:setup': (params) => {
        pwa = AstroPWA({ ...OPTIONS, outDir: fileURLToPath(params.config.outDir) });
        return pwa.hooks['astro:config:setup']?.(params);
      },
      'astro:build:done': async (params) => {
        await pwa?.hooks['astro:build:done']?.(params);
        await checkPrecache(fileURLToPath(params.dir), params.logger);
      },
    },
  };
}
