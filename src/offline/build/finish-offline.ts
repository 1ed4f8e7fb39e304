import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from '../../content/paths.ts';
import type { StepLogger } from '../../shared/step-logger.ts';
import { offlineBudget } from './budget.ts';
import { joinListings, listForOffline, planOffline, type ManifestEntry, type OfflinePlan, type SiteListing } from './offline-plan.ts';
import { readRevisions } from './revision-cache.ts';
import { sitePaths } from './site-listing.ts';
import { checkOffline } from './precache-check.ts';

/*
 * The offline step once Astro has exited (see offline({ apart: true }) in
 * service-worker.ts). Kept apart from that module so the process that runs it, beside
 * Pagefind, does not load @vite-pwa/astro and Workbox's build tools.
 */

/**
 * The one precache entry the service worker is bundled with when its precache is filled
 * in after Astro has exited (`apart`, see finishOffline): Workbox writes it into sw.js as
 * `{"revision":null,"url":"__paper-atlas-precache__"}`, which injectPrecache replaces.
 */
export const PRECACHE_PLACEHOLDER = '__paper-atlas-precache__';

/**
 * `swSource` (a bundled service worker) with the placeholder entry replaced by the
 * entries of `manifest`, written as Workbox writes them. Fails, naming what it found,
 * unless the placeholder is there exactly once.
 */
export function injectPrecache(swSource: string, manifest: readonly ManifestEntry[]): string {
  const marker = JSON.stringify({ revision: null, url: PRECACHE_PLACEHOLDER });
  const at = swSource.indexOf(marker);
  const count = at < 0 ? 0 : swSource.split(marker).length - 1;
  if (count !== 1 || manifest.length === 0) {
    throw new Error(
      `The service worker should hold the precache placeholder ${marker} once, and the plan at least one file; found the placeholder ${count} times and ${manifest.length} files. ` +
        'Hint: build with `npm run build` (it bundles the service worker with the placeholder, then fills it in), or run `astro build` alone, which precaches inside Astro.',
    );
  }
  const entries = manifest.map((e) => JSON.stringify({ revision: e.revision, url: e.url })).join(',');
  return swSource.slice(0, at) + entries + swSource.slice(at + marker.length);
}

/** A plan of the offline files, with the budget it was split at and how long listing and hashing took. */
export interface TimedPlan {
  plan: OfflinePlan;
  budget: number;
  ms: number;
  /** True when most of the site was listed beforehand (listOutside): `ms` is what was left. */
  early?: boolean;
}

/**
 * Where a site's revisions are kept between builds: the project's cache folder, beside
 * the site (Astro writes `dist/` at the project root).
 */
const revisionsFile = (site: string): string => join(dirname(site), CACHE_DIR, 'offline-revisions.json');

/** A listing made in parts (listOutside, then listTheRest), with the time its last part took. */
export interface EarlyListing {
  listing: SiteListing;
  ms: number;
}

/**
 * The offline listing of the files `paths` of `site` (all but a top folder still being
 * written: the search bundle, by Pagefind in a process of its own, see sitePaths' `skip`),
 * hashed meanwhile with the revisions the last build kept. listTheRest completes it.
 */
export function listOutside(site: string, paths: readonly string[]): Promise<SiteListing> {
  return listForOffline(site, readRevisions(revisionsFile(site)), paths);
}

/**
 * The whole listing: what listOutside found, and the folder `later` now that it is
 * written. Its few files that need a hash (Pagefind's script, WebAssembly and entry file;
 * the rest are named by their content) are hashed again rather than the revisions file
 * read a second time.
 */
export async function listTheRest(site: string, outside: SiteListing, later: string): Promise<EarlyListing> {
  const started = performance.now();
  const listing = joinListings(outside, await listForOffline(site, new Map(), await sitePaths(site, { only: later })));
  return { listing, ms: performance.now() - started };
}

/** Lists, hashes and splits what `site` holds now at the configured budget (see planOffline), or splits what `early` listed. */
export async function planSite(site: string, early?: EarlyListing): Promise<TimedPlan> {
  const budget = offlineBudget();
  const started = performance.now();
  const plan = await planOffline(site, budget, revisionsFile(site), early?.listing);
  return { plan, budget, ms: (early?.ms ?? 0) + performance.now() - started, early: early !== undefined };
}

/** Checks the written service worker against the plan, then logs what a first visit stores. */
export async function checkAndReport(site: string, { plan, budget, ms, early }: TimedPlan, logger: StepLogger): Promise<void> {
  await checkOffline(site, plan.listed, plan.all, logger);
  const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  const { split, status } = plan;
  logger.info(
    `a first visit stores ${status.precachedFiles} of ${status.files} files, ${mb(status.precachedBytes)} of ${mb(status.bytes)} ` +
      `(shell ${mb(split.shellBytes)}, ${mb(split.budgetBytes)} of the ${mb(budget)} budget)${status.complete ? ': the whole catalog' : ''}; ` +
      `listed and hashed in ${Math.round(ms)} ms${early ? ' after the search index (the rest while it was made)' : ''}`,
  );
}

/**
 * The offline step for a site whose service worker was bundled with the placeholder
 * (offline({ apart: true }) in service-worker.ts): lists and splits what `site` holds now, search bundle
 * included (or what `early` listed of it, see listOutside), writes the listing, fills the
 * precache into sw.js and checks it.
 */
export async function finishOffline(site: string, logger: StepLogger, early?: EarlyListing): Promise<void> {
  const timed = await planSite(site, early);
  const file = join(site, 'sw.js');
  const sw = await readFile(file, 'utf8').catch(() => undefined);
  if (sw === undefined) throw new Error(`No service worker at ${file}. Hint: run \`astro build\` first (\`npm run build\` does both).`);
  await writeFile(file, injectPrecache(sw, timed.plan.manifest));
  await checkAndReport(site, timed, logger);
}
