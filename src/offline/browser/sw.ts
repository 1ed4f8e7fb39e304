/**
 * The service worker, bundled by @vite-pwa/astro (see src/offline/build/service-worker.ts),
 * which puts the precache manifest in place of `self.__WB_MANIFEST`.
 *
 * - The precache (the app shell and the budget; the whole catalog when it fits) answers
 *   first, from Workbox, under each file's revision.
 * - Pages: network first; each page read is kept in CONTENT_CACHE, so it opens offline.
 *   Offline, a page that was neither precached, read nor saved gets the offline page
 *   (which offers to save the catalog), or the 404 page when the whole catalog is here.
 * - Pagefind's chunks and fragments: cache first (their names are content hashes).
 * - Everything else of the site: network first, kept in CONTENT_CACHE.
 * - Requests of the "Make available offline" page (SAVE_HEADER) pass through: the page
 *   stores them itself, so it sees quota errors.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CONTENT_CACHE, OFFLINE_PAGE, SAVE_HEADER, SAVED_RECORD, STATUS_FILE, type OfflineStatus, type SavedRecord } from '../files.ts';

interface WorkerScope {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  registration: ServiceWorkerRegistration;
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: Event & { waitUntil(p: Promise<unknown>): void }) => void): void;
}
declare const self: WorkerScope;

const SCOPE = new URL(self.registration.scope);

precacheAndRoute(self.__WB_MANIFEST, {
  // Keep file URLs (papers/x/index.html) in the precache; this serves them for papers/x/.
  directoryIndex: 'index.html',
  // /search/?q=…&author=… (and its other filters) and /papers/x/?highlight=… are the same
  // pages, and Pagefind asks for pagefind-entry.json?ts=<now> to dodge HTTP caches.
  ignoreURLParametersMatching: [/^q$/, /^topic$/, /^venue$/, /^author$/, /^from$/, /^to$/, /^highlight$/, /^ts$/, /^utm_/, /^fbclid$/],
});
cleanupOutdatedCaches();

// The reader chose to reload from the "new version" notice (src/offline/browser/register.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first visit's page is controlled at once, so it works offline without a reload.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const ours = (url: URL) => url.origin === SCOPE.origin && url.pathname.startsWith(SCOPE.pathname);
const saving = (request: Request) => request.headers.has(SAVE_HEADER);

/** The cache key of a request: its URL without the query, which pages and chunks ignore. */
function keyOf(request: Request): string {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function keep(request: Request, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic') return;
  const cache = await caches.open(CONTENT_CACHE);
  // A full disk only means this file is not kept: the reader still gets it.
  await cache.put(keyOf(request), response).catch(() => undefined);
}

async function cached(request: Request): Promise<Response | undefined> {
  const cache = await caches.open(CONTENT_CACHE);
  return cache.match(keyOf(request));
}

async function networkFirst(request: Request): Promise<Response | undefined> {
  try {
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  } catch {
    return cached(request);
  }
}

async function json<T>(response: Response | undefined): Promise<T | undefined> {
  try {
    return response ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** True when every file of this build is offline: precached whole, or saved whole. */
async function wholeCatalogHere(): Promise<boolean> {
  const status = await json<OfflineStatus>(await matchPrecache(STATUS_FILE));
  if (!status) return false;
  if (status.complete) return true;
  const cache = await caches.open(CONTENT_CACHE);
  const saved = await json<SavedRecord>(await cache.match(new URL(SAVED_RECORD, SCOPE).href));
  return saved?.complete === true && saved.version === status.version;
}

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && ours(url),
  async ({ request }) => {
    const response = await networkFirst(request);
    if (response) return response;
    const fallback = (await wholeCatalogHere()) ? '404.html' : `${OFFLINE_PAGE}index.html`;
    return (await matchPrecache(fallback)) ?? Response.error();
  },
);

registerRoute(
  ({ request, url }) => ours(url) && url.pathname.startsWith(`${SCOPE.pathname}pagefind/`) && !saving(request),
  async ({ request }) => {
    const hit = await cached(request);
    if (hit) return hit;
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  },
);

registerRoute(
  ({ request, url }) => ours(url) && !saving(request) && !url.pathname.endsWith('/sw.js'),
  async ({ request }) => (await networkFirst(request)) ?? Response.error(),
);
