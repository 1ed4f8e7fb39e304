/**
 * The "new version" notice: shown when a new build's service worker is installed and
 * waiting. Reload hands over to it (it takes no page over by itself, so no page mixes two
 * builds). register.ts loads this module only on a page an older worker controls, so the
 * script every page loads stays small.
 */
export function watchForUpdate(registration: ServiceWorkerRegistration): void {
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') showUpdateNotice(worker);
    });
  };
  // The update may have been found, or even installed, before this page loaded.
  if (registration.waiting) showUpdateNotice(registration.waiting);
  else watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

function showUpdateNotice(worker: ServiceWorker): void {
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
