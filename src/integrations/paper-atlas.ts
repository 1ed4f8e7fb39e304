import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../content/paths.ts';
import { startRelatedPapers } from '../content/similar-ahead.ts';
import offline from '../offline/build/service-worker.ts';
import pagefind, { keepSearchBundle } from '../search/build/pagefind.ts';
import clearOutput from './clear-output.ts';
import { dataStoreModulePlugin } from './data-store-module.ts';
import { serializeDataStoreWrites } from './data-store-writes.ts';
import { INDEX_APART_ENV } from './index-apart.ts';
import katexAssets from './katex-assets.ts';
import { guardPlugin } from './mdx-module-guard.ts';
import releaseHeap from './release-heap.ts';
import reusePages from './reuse-pages.ts';
import { timedBuildDone } from './stage-log.ts';

/**
 * The catalog's build steps, in the order they run. Astro runs the `astro:build:done`
 * hooks of its integrations one after another in this order, so the order is the
 * contract between the steps: each reads what the steps before it wrote into dist/.
 * The timed steps mark their stage for `npm run bench` (src/integrations/stage-log.ts).
 */
export function buildSteps(apart = process.env[INDEX_APART_ENV] === '1'): AstroIntegration[] {
  // the URLs of the paper pages kept from the last build, which Astro did not write this time
  const keptUrls: string[] = [];
  return [
    // first: the last search bundle set aside, for Pagefind to write only what changed (bundle-reuse.ts)
    keepSearchBundle(),
    // then the last output moved aside before clearOutput, unchanged paper pages moved back before any step reads dist/
    reusePages(keptUrls),
    // the previous build's output is deleted in the background, not file by file up front
    clearOutput(),
    // KaTeX's stylesheet and fonts, for the pages whose titles hold math
    katexAssets(),
    // sitemap-index.xml for search engines; the 404 page is no page of its own
    sitemap({ filter: (page) => !/\/404\/?$/.test(page), customPages: keptUrls }),
    // once every page is written: Astro's garbage collected before Pagefind's process starts beside it
    timedBuildDone('release heap', releaseHeap()),
    // the search index, over every page written so far (apart: after Astro exits, finish-site.ts)
    apart ? pagefind({ apart }) : timedBuildDone('pagefind', pagefind()),
    // last: the service worker precaches the search bundle Pagefind wrote and lists the rest
    timedBuildDone(apart ? 'service worker (bundle)' : 'service worker', offline({ apart })),
  ];
}

/**
 * Paper Atlas as one Astro integration, in the manner of Starlight's: its own
 * `astro:config:setup` adds the untrusted-MDX guard first (a Vite plugin ahead of any
 * integration listed after this one, such as `@astrojs/mdx`) and the data store as one
 * JSON string (src/integrations/data-store-module.ts), makes the store's saves wait for
 * each other (data-store-writes.ts), and then splices in the
 * build steps in order, so astro.config.mjs lists one integration and no comment has
 * to keep an order.
 */
export default function paperAtlas(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  return {
    name: 'paper-atlas',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        // before the content sync: its store's saves one after another, so none is lost (data-store-writes.ts)
        if (!(await serializeDataStoreWrites())) logger.warn("Astro's content store has no writeToDisk to serialize; a long sync may bundle an older store");
        updateConfig({
          vite: { plugins: [guardPlugin(fileURLToPath(config.root), contentDir), dataStoreModulePlugin(config.cacheDir)] },
          integrations: buildSteps(),
        });
      },
      // the content sync has saved its store: related papers start on a second thread while Vite bundles
      'astro:build:start': () => startRelatedPapers(),
    },
  };
}
