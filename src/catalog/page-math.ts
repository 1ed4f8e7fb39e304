import { hasMath } from './render-title.ts';

/**
 * Which pages show math, and so load the KaTeX stylesheet (only those do): KaTeX's
 * HTML needs it, or the math shows twice (once as MathML, once as unstyled spans).
 */

/**
 * Whether an MDX body holds math that remark-math will render: a `$…$` span not made
 * of escaped dollars. Ingest escapes every `$` of a seed abstract, so only hand-written
 * bodies can hold math.
 */
export function bodyHasMath(mdx: string): boolean {
  return hasMath(mdx.replace(/\\[\s\S]/g, ''));
}

/** Whether any of these titles, shown on one page (a list, related papers), holds math. */
export function titlesHaveMath(titles: Iterable<string>): boolean {
  for (const title of titles) if (hasMath(title)) return true;
  return false;
}
