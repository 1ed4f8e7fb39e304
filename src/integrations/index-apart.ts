/**
 * When this variable is `1`, `astro build` leaves the search index and the service
 * worker's precache to finishSite (src/integrations/finish-site.ts), which
 * `npm run build` (scripts/build-site.ts) runs once Astro's process has exited: Pagefind
 * then no longer runs beside Astro's resident memory. Without it, `astro build` alone
 * makes the whole site in its own process, as before. A module of its own: the process
 * that runs beside Pagefind reads this name without loading the integrations (about 50 MB).
 */
export const INDEX_APART_ENV = 'PAPER_ATLAS_INDEX_APART';
