/**
 * The only script every page loads before a reader asks for search. It listens for "/",
 * Ctrl+K or ⌘K and the header's search button, and only then imports the dialog and
 * Pagefind. It also registers the service worker that keeps the catalog readable
 * offline, and loads the highlighter when a search result was opened.
 */
// No imports of shared modules: they would become a chunk every page has to fetch. The
// offline registration is imported by this file alone, so it is bundled into it.
import { registerServiceWorker } from '../../offline/browser/register.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let code: Promise<typeof import('./dialog.ts')> | undefined;
const loadDialog = () => (code ??= import('./dialog.ts'));

/**
 * Opens the dialog at once, from its markup in the page, so nothing typed while its code
 * loads is lost; the code then takes over the search box as it stands.
 */
function open(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!dialog || !input) return;
  const from = document.activeElement;
  if (!dialog.open) {
    dialog.showModal();
    input.select(); // typing replaces the last search, arrows keep it
  }
  input.focus();
  void loadDialog().then((m) => m.openSearchDialog(from));
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  // On the /search/ page, "/" goes to the page's own search box.
  const own = document.querySelector<HTMLInputElement>('[data-search-focus]');
  if (slash && own) own.focus();
  else open();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
  button.addEventListener('click', open);
  button.addEventListener('pointerenter', () => void loadDialog(), { once: true });
  button.hidden = false;
}
for (const link of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) link.hidden = true;

// 'highlight' is HIGHLIGHT_PARAM of src/search/options.ts, spelled out to keep this file alone.
if (new URLSearchParams(location.search).has('highlight')) void import('./highlight-page.ts');

registerServiceWorker(BASE);
