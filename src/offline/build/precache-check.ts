import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepLogger } from '../../shared/step-logger.ts';

/**
 * Checks the service worker the offline integration wrote: every page and every file of
 * the search bundle must be precached or listed for "Make available offline", or the
 * catalog breaks offline in ways no one notices online. The usual cause is integration
 * order: Pagefind writes its bundle in `astro:build:done`, so the offline step must run
 * after it.
 */

/** The URLs a Workbox service worker precaches, read from its source. */
export function precachedUrls(swSource: string): Set<string> {
  const urls = new Set<string>();
  for (const match of swSource.matchAll(/(?:\burl|"url"):\s*"([^"]+)"/g)) urls.add(match[1]!);
  return urls;
}

/** Site files (paths relative to the site, with /) that must work offline. */
export function mustBeOffline(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.html') || file.startsWith('pagefind/'));
}

/** The files of `must` that neither the service worker precaches nor the listing holds. */
export function missingOffline(swSource: string, listed: readonly string[], must: readonly string[]): string[] {
  const known = precachedUrls(swSource);
  for (const path of listed) known.add(path);
  return must.filter((file) => !known.has(file));
}

/**
 * Fails with a hint when a page or search file of `site` would not work offline. `all` is
 * every file the site holds (the listing's walk, src/offline/build/site-listing.ts, read
 * once for both); `listed`, those listed for "Make available offline".
 */
export async function checkOffline(site: string, listed: readonly string[], all: readonly string[], logger: StepLogger): Promise<void> {
  const sw = await readFile(join(site, 'sw.js'), 'utf8').catch(() => undefined);
  if (sw === undefined) throw new Error(`No service worker at ${join(site, 'sw.js')}. Hint: @vite-pwa/astro wrote it elsewhere; check the outDir passed in src/offline/build/service-worker.ts.`);
  const must = mustBeOffline(all);
  const missing = missingOffline(sw, listed, must);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of ${must.length} pages and search files are neither precached nor listed for offline use, e.g. ${missing.slice(0, 3).join(', ')}: ` +
        'they would fail offline. Hint: in src/integrations/paper-atlas.ts (buildSteps), keep offline() after pagefind(), which writes the search bundle when the build is done.',
    );
  }
  const precached = must.filter((file) => precachedUrls(sw).has(file)).length;
  logger.info(`all ${must.length} pages and search files work offline: ${precached} precached, the rest cached as read or saved from the offline page`);
}
