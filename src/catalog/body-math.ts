import { hasMath } from './render-title.ts';

/**
 * Whether an MDX body holds math that remark-math will render: a `$…$` span not made
 * of escaped dollars. Ingest escapes every `$` of a seed abstract, so only hand-written
 * bodies can hold math, and only their pages load the KaTeX stylesheet.
 */
export function bodyHasMath(mdx: string): boolean {
  return hasMath(mdx.replace(/\\[\s\S]/g, ''));
}
