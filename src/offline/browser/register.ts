/**
 * Registers the offline service worker (written by src/offline/build/service-worker.ts)
 * once the page has loaded, in production builds only, for the whole site under `base`.
 * The search bootstrap, which every page loads, is its only importer, so Vite bundles it
 * into that script: it costs no request of its own.
 */
export function registerServiceWorker(base: string): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    addEventListener('load', () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }));
  }
}
