/**
 * Registers the offline service worker (src/offline/browser/sw.ts) once the page has
 * loaded, in production builds only, for the whole site under `base`, and shows a "new
 * version" notice when a new build's worker is installed and waiting: Reload hands over
 * to it (it takes no page over by itself, so no page mixes two builds). The search
 * bootstrap, which every page loads, is its only importer, so Vite bundles it into that
 * script: it costs no request of its own.
 */
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => void register(base));
}

async function register(base: string): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // A page that was controlled before has an old version; a first visit has nothing to update.
  if (!navigator.serviceWorker.controller) return;
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') notify(worker);
    });
  };
  // The update may have been found, or even installed, before this page loaded.
  if (registration.waiting) notify(registration.waiting);
  else watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

function notify(worker: ServiceWorker): void {
  if (document.querySelector('[data-update-notice]')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.dataset['updateNotice'] = '';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of the catalog is available.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => {
    reload.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.append(text, reload);
  document.body.append(notice);
}
