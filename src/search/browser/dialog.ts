/**
 * The search dialog: a modal <dialog> over the page, loaded by bootstrap.ts the
 * first time a reader asks for search. Focus moves into the search box, stays in the
 * dialog while it is open (showModal makes the page inert), and returns to where it was.
 */
import { createSearchUI, type SearchUI } from './live-search.ts';

let ui: SearchUI | undefined;
let returnTo: HTMLElement | null = null;

function dialogParts(): { dialog: HTMLDialogElement; input: HTMLInputElement; panel: HTMLElement } | undefined {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  return dialog && input && panel ? { dialog, input, panel } : undefined;
}

function setUp(dialog: HTMLDialogElement, input: HTMLInputElement, panel: HTMLElement): SearchUI {
  const created = createSearchUI({ input, panel, listbox: true });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Close at once, even from the search box (where Escape would first clear it).
      event.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop lands on the dialog element itself, outside its box.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const target = returnTo?.isConnected ? returnTo : document.querySelector<HTMLElement>('[data-search-open]');
    target?.focus();
    returnTo = null;
  });
  const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page-link]');
  input.addEventListener('input', () => {
    if (!pageLink) return;
    const url = new URL(pageLink.href);
    url.search = input.value.trim() ? `?q=${encodeURIComponent(input.value.trim())}` : '';
    pageLink.href = url.href;
  });
  return created;
}

/**
 * Takes over the dialog that bootstrap.ts has just opened: wires it up the first
 * time, remembers where focus came `from`, and searches for whatever the box holds.
 * It never opens the dialog itself: only the reader's key or click does (in the bootstrap).
 */
export function openSearchDialog(from: Element | null): void {
  const parts = dialogParts();
  if (!parts) return;
  const { dialog, input, panel } = parts;
  ui ??= setUp(dialog, input, panel);
  ui.warm();
  // The reader may have closed the dialog (Escape, the backdrop) while this code loaded:
  // it stays closed, or a late import would pop it back over the page.
  if (!dialog.open) return;
  if (from instanceof HTMLElement && from !== document.body && !dialog.contains(from)) returnTo = from;
  if (document.activeElement !== input) input.focus();
  if (input.value.trim() !== (panel.dataset['shownQuery'] ?? '')) void ui.run();
}
