/**
 * Offline, search says which results are not stored on this device: opening one would
 * only show the "Not available offline" page. A page counts as stored when either cache
 * holds it: the precache (its file, `papers/x/index.html`, under a revision) or the pages
 * read and saved (`papers/x/`), see src/offline/browser/sw.ts.
 */

/** Whether the page at `path` (a directory URL such as `/papers/x/`) is in any cache of this origin. */
async function stored(path: string): Promise<boolean> {
  const options = { ignoreSearch: true };
  if (await caches.match(path, options)) return true;
  return path.endsWith('/') && (await caches.match(`${path}index.html`, options)) !== undefined;
}

/** Marks each result link whose page is not stored, when the reader is offline; online it does nothing. */
export async function markUnsaved(links: readonly HTMLAnchorElement[]): Promise<void> {
  if (navigator.onLine || typeof caches === 'undefined') return;
  await Promise.all(
    links.map(async (link) => {
      if (await stored(new URL(link.href).pathname)) return;
      const note = document.createElement('span');
      note.className = 'search-result-unsaved';
      note.textContent = 'Not saved for offline reading';
      link.querySelector('.search-result-title')?.after(note);
      link.dataset['unsaved'] = '';
    }),
  );
}
