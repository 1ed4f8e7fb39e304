import AstroPWA, { type PwaOptions } from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { PRECACHE_PLACEHOLDER, checkAndReport, planSite } from './finish-offline.ts';
import type { ManifestEntry } from './offline-plan.ts';

/**
 * The catalog offline and installable. The service worker (src/offline/browser/sw.ts,
 * bundled by @vite-pwa/astro) precaches the app shell and as much of the catalog as
 * fits the offline budget (src/offline/build/budget.ts); a catalog that fits is
 * precached whole. Pages and search chunks beyond it are kept as they are read, and the
 * whole catalog is saved on request from /offline/, from the listing this step writes.
 * A web app manifest makes the site an app. It runs after pagefind() (buildSteps in
 * src/integrations/paper-atlas.ts): the listing is made when the build is done, from what dist/ holds
 * by then, and the build fails if a page or search file is neither precached nor listed.
 *
 * Updates: every file is precached under a revision (its content hash, or its name when
 * that holds one). A new build's service worker downloads only the changed revisions and
 * takes over when the reader reloads from the "new version" notice or closes the old
 * tabs; then the old revisions are deleted. A page never mixes files of two builds.
 */
const OPTIONS: PwaOptions = {
  // The service worker is registered by src/offline/browser/register.ts, part of an
  // external module: a Content-Security-Policy without inline scripts stays possible.
  injectRegister: false,
  registerType: 'prompt',
  strategies: 'injectManifest',
  srcDir: 'src/offline/browser',
  filename: 'sw.ts',
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
};

/**
 * Wraps @vite-pwa/astro so the service worker lands in the build's real outDir (left to
 * itself, it reads Vite's, which Astro points elsewhere), precaches the planned files
 * instead of a glob of dist/, and is checked once written. With `apart`, the service
 * worker is bundled with a placeholder for its precache, which finishOffline (finish-offline.ts) fills in
 * after Astro has exited and the search index is written.
 */
export default function offline(options: { apart?: boolean } = {}): AstroIntegration {
  let pwa: AstroIntegration | undefined;
  let manifest: ManifestEntry[] = [];
  return {
    name: 'paper-atlas:offline',
    hooks: {
      'astro:config:setup': (params) => {
        pwa = AstroPWA({
          ...OPTIONS,
          outDir: fileURLToPath(params.config.outDir),
          injectManifest: {
            // The plan lists and hashes the files; Workbox's own glob is left one file to read.
            globPatterns: ['manifest.webmanifest'],
            // (apart, the plan made later lists the globbed file too: the placeholder alone, then the same precache as inside Astro)
            manifestTransforms: [
              async (entries) => ({ manifest: options.apart ? manifest : [...manifest, ...entries.filter((e) => !manifest.some((m) => m.url === e.url))], warnings: [] }),
            ],
            // a classic script: registered without { type: 'module' }, as every browser with a service worker runs it
            rollupFormat: 'iife',
            maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
          },
        });
        return pwa.hooks['astro:config:setup']?.(params);
      },
      'astro:build:done': async (params) => {
        if (options.apart) {
          manifest = [{ url: PRECACHE_PLACEHOLDER, revision: null, size: 0 }];
          await pwa?.hooks['astro:build:done']?.(params);
          params.logger.info('the service worker is bundled; its precache is filled in once the search index is made (src/integrations/finish-site.ts)');
          return;
        }
        const site = fileURLToPath(params.dir);
        const timed = await planSite(site);
        manifest = timed.plan.manifest;
        await pwa?.hooks['astro:build:done']?.(params);
        await checkAndReport(site, timed, params.logger);
      },
    },
  };
}
