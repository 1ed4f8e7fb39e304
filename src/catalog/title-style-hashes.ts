import { createHash } from 'node:crypto';
import { renderTitleHtml } from './render-title.ts';

/** A Content-Security-Policy source for `text`: SHA-256 of the exact text, base64, as browsers compute it. */
export type CspHash = `sha256-${string}`;

export const cspHash = (text: string): CspHash => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The `style` attribute values KaTeX writes when it renders these titles as HTML. */
export function mathStyleAttributes(titles: readonly string[]): string[] {
  const values = new Set<string>();
  for (const title of titles.filter((t) => t.includes('$'))) {
    for (const match of renderTitleHtml(title).matchAll(/ style="([^"]*)"/g)) values.add(match[1]!);
  }
  return [...values].sort();
}

/**
 * The hashes a page must allow (`Astro.csp.insertStyleHash`) for the titles it renders
 * with KaTeX's HTML: each page lists only its own, so the policy needs no pass over the
 * catalog and stays short however many titles hold math.
 */
export function titleStyleHashes(titles: readonly string[]): CspHash[] {
  return mathStyleAttributes(titles).map(cspHash);
}
