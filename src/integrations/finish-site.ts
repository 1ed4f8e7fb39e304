import { beginListing, finishOffline } from '../offline/build/finish-offline.ts';
import { BUNDLE_FOLDER, indexSite } from '../search/build/pagefind.ts';
import type { StepLogger } from '../shared/step-logger.ts';
import { limitHeapGrowth } from './release-heap.ts';
import { markStage } from './stage-log.ts';

/**
 * The build's last two steps for a site `astro build` wrote with the search index left
 * apart (INDEX_APART_ENV, index-apart.ts): Pagefind indexes `site`, then the offline
 * step lists it, splits it at the budget and fills the service worker's precache. While
 * Pagefind runs, the offline step lists and hashes all but the search bundle. Run
 * by `npm run build` (scripts/build-site.ts) after Astro's process has exited, so the
 * build's peak memory is the larger of Astro's and Pagefind's, not their sum. The
 * stages are marked for `npm run bench` as inside Astro.
 */
export async function finishSite(site: string, logger: (label: string) => StepLogger): Promise<void> {
  // this process stays small beside Pagefind's: it collects its garbage sooner (see release-heap.ts)
  limitHeapGrowth();
  let start = Date.now();
  // Pagefind's binary leaves most of a core free: the offline step lists and hashes the rest of the site meanwhile
  const listing = beginListing(site, BUNDLE_FOLDER);
  await indexSite(site, logger('paper-atlas:pagefind'));
  markStage('pagefind', start);
  start = Date.now();
  await finishOffline(site, logger('paper-atlas:offline'), await listing.finish());
  markStage('service worker', start);
}
