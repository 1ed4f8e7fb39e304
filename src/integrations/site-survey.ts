import { listOutside } from '../offline/build/finish-offline.ts';
import type { SiteListing } from '../offline/build/offline-plan.ts';
import { sitePaths } from '../offline/build/site-listing.ts';
import { BUNDLE_FOLDER, countOptedIn } from '../search/build/pagefind.ts';

/** What the finishing process needs to know of a site besides the search bundle. */
export interface SiteSurvey {
  /** The offline listing of every file but the bundle's, hashed. */
  outside: SiteListing;
  /** Pages that opt in to the search index. */
  optedIn: number;
}

/**
 * Walks `site` while Pagefind writes its bundle (src/integrations/finish-site.ts runs this
 * on a thread of its own): lists and hashes all but the bundle for the precache, and
 * counts the pages Pagefind must index.
 */
export async function surveySite(site: string): Promise<SiteSurvey> {
  // one walk for both
  const paths = await sitePaths(site, { skip: BUNDLE_FOLDER });
  const [outside, optedIn] = await Promise.all([listOutside(site, paths), countOptedIn(site, paths)]);
  return { outside, optedIn };
}
