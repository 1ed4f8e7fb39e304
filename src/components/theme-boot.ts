/**
 * The one script every page runs before a reader asks for search, inlined at the top of
 * <head> so the chosen theme applies before the first paint (no flash of the wrong theme).
 *
 * It is a fixed string, not bundled code: the Content-Security-Policy allows inline
 * script only by hash, and `src/integrations/content-security-policy.ts` hashes this very
 * text. Changing it changes the hash, which the CSP picks up at the next build.
 *
 * What it does, with one delegated listener each so it needs no DOM at start:
 * - theme: `localStorage` holds `light` or `dark` when the reader chose one; otherwise the
 *   page follows the system (`prefers-color-scheme`, live). Choosing what the system shows
 *   anyway forgets the choice, so two clicks go back to following the system;
 * - `[data-theme-toggle]` buttons switch it, and say so with `aria-pressed`;
 * - `[data-copy="id"]` buttons copy that element's text (the BibTeX box), announcing the
 *   result in `[data-copy-status]`, or select the text when the clipboard is refused;
 * - `html[data-js]` tells the stylesheet that these buttons work, so readers without
 *   JavaScript never see a button that does nothing.
 */
export const THEME_BOOT = `(() => {
  const root = document.documentElement;
  const KEY = 'paper-atlas-theme';
  const media = matchMedia('(prefers-color-scheme: dark)');
  const system = () => (media.matches ? 'dark' : 'light');
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  const sync = () => {
    const dark = (root.dataset.theme || system()) === 'dark';
    for (const button of document.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(dark));
  };
  try { apply(localStorage.getItem(KEY)); } catch {}
  root.dataset.js = '';
  media.addEventListener('change', sync);
  addEventListener('storage', (event) => { if (event.key === KEY) { apply(event.newValue); sync(); } });
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-theme-toggle], [data-copy]');
    if (!button) return;
    if (button.hasAttribute('data-theme-toggle')) {
      const next = (root.dataset.theme || system()) === 'dark' ? 'light' : 'dark';
      const choice = next === system() ? null : next;
      apply(choice);
      try { if (choice) localStorage.setItem(KEY, choice); else localStorage.removeItem(KEY); } catch {}
      sync();
      return;
    }
    const source = document.getElementById(button.dataset.copy);
    const status = button.parentElement && button.parentElement.querySelector('[data-copy-status]');
    if (!source) return;
    const say = (text) => { if (status) status.textContent = text; };
    const select = () => {
      const range = document.createRange();
      range.selectNodeContents(source);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      say('Selected: press Ctrl+C (or ⌘C) to copy.');
    };
    if (!navigator.clipboard) return select();
    navigator.clipboard.writeText(source.textContent.trim() + '\\n').then(() => say('Copied to the clipboard.'), select);
  });
})();`;
