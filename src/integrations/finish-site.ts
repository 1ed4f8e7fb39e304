import { fileURLToPath } from 'node:url';
import { finishOffline, listTheRest } from '../offline/build/finish-offline.ts';
import { BUNDLE_FOLDER, indexSite } from '../search/build/pagefind.ts';
import type { StepLogger } from '../shared/step-logger.ts';
import { runOnThread } from '../content/on-thread.ts';
import { limitHeapGrowth } from './release-heap.ts';
import type { SiteSurvey } from './site-survey.ts';
import { markStage } from './stage-log.ts';

/**
 * The build's last two steps for a site `astro build` wrote with the search index left
 * apart (INDEX_APART_ENV, index-apart.ts): Pagefind indexes `site`, then the offline
 * step lists it, splits it at the budget and fills the service worker's precache. While
 * Pagefind runs, a thread lists and hashes all but the search bundle and counts the pages
 * that opt in to it (site-survey.ts): on a thread, so what that walk allocates is gone
 * again by Pagefind's peak at its end (+50 MB in this process when it ran here). Run
 * by `npm run build` (scripts/build-site.ts) after Astro's process has exited, so the
 * build's peak memory is the larger of Astro's and Pagefind's, not their sum. The
 * stages are marked for `npm run bench` as inside Astro.
 */
export async function finishSite(site: string, logger: (label: string) => StepLogger): Promise<void> {
  // this process stays small beside Pagefind's: it collects its garbage sooner (see release-heap.ts)
  limitHeapGrowth();
  let start = Date.now();
  // Pagefind's binary leaves part of a core free: a thread walks the rest of the site meanwhile (site-survey.ts)
  const survey = runOnThread<SiteSurvey>(fileURLToPath(new URL('site-survey.ts', import.meta.url)), 'surveySite', [site]);
  // a failure is thrown below, not as an unhandled rejection while Pagefind runs
  survey.catch(() => undefined);
  await indexSite(site, logger('paper-atlas:pagefind'), survey.then((s) => s.optedIn));
  markStage('pagefind', start);
  start = Date.now();
  await finishOffline(site, logger('paper-atlas:offline'), await listTheRest(site, (await survey).outside, BUNDLE_FOLDER));
  markStage('service worker', start);
}
