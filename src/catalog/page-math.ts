import { hasMath } from './render-title.ts';

/**
 * Which pages show math, and so load the KaTeX stylesheet (only those do): KaTeX's
 * HTML needs it, or the math shows twice (once as MathML, once as unstyled spans).
 * Only titles on paper pages use KaTeX's HTML; body math is MathML alone
 * (src/render/mdx-options.ts), and so are titles in lists.
 */

/** Whether any of these titles, shown on one page (a list, related papers), holds math. */
export function titlesHaveMath(titles: Iterable<string>): boolean {
  for (const title of titles) if (hasMath(title)) return true;
  return false;
}
