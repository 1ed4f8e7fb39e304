/**
 * Registers the offline service worker (src/offline/browser/sw.ts) once the page has
 * loaded, in production builds only, for the whole site under `base`. On a page an older
 * worker already controls, it loads update-notice.ts, which watches for a new build's
 * worker; a first visit has nothing to update and never fetches it. The search bootstrap,
 * which every page loads, is this module's only importer, so Vite bundles it into that
 * script: it costs no request of its own, and it stays this small because of that.
 */
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => void register(base));
}

async function register(base: string): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  if (!navigator.serviceWorker.controller) return;
  const { watchForUpdate } = await import('./update-notice.ts');
  watchForUpdate(registration);
}
