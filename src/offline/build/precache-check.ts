import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Checks the service worker the offline integration wrote: every page and every file of
 * the search bundle must be precached, or the catalog breaks offline in ways no one
 * notices online. The usual cause is integration order: Pagefind writes its bundle in
 * `astro:build:done`, so the service worker must be generated after it.
 */

/** The URLs a Workbox service worker precaches, read from its source. */
export function precachedUrls(swSource: string): Set<string> {
  const urls = new Set<string>();
  for (const match of swSource.matchAll(/(?:\burl|"url"):\s*"([^"]+)"/g)) urls.add(match[1]!);
  return urls;
}

/** Site files (paths relative to the site, with /) that must work offline. */
export function mustPrecache(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.html') || file.startsWith('pagefind/'));
}

/** The files of `must` the service worker does not precache. */
export function missingFromPrecache(swSource: string, must: readonly string[]): string[] {
  const urls = precachedUrls(swSource);
  return must.filter((file) => !urls.has(file));
}

async function siteFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(site, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Fails with a hint when the service worker in `site` leaves a page or search file out. */
export async function checkPrecache(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const sw = await readFile(join(site, 'sw.js'), 'utf8').catch(() => undefined);
  if (sw === undefined) throw new Error(`No service worker at ${join(site, 'sw.js')}. Hint: @vite-pwa/astro wrote it elsewhere; check the outDir passed in src/offline/build/service-worker.ts.`);
  const must = mustPrecache(await siteFiles(site));
  const missing = missingFromPrecache(sw, must);
  if (missing.length > 0) {
    throw new Error(
      `The service worker does not precache ${missing.length} of ${must.length} pages and search files, e.g. ${missing.slice(0, 3).join(', ')}: ` +
        'they would fail offline. Hint: in astro.config.mjs, list offline() after pagefind(), which writes the search bundle when the build is done.',
    );
  }
  logger.info(`the service worker precaches all ${must.length} pages and search files (${precachedUrls(sw).size} files in all)`);
}
