import { createHash } from 'node:crypto';
import { renderTitleHtml } from '../catalog/render-title.ts';
import { loadFiles } from '../check/load-files.ts';
import { parseEntry } from '../content/entry-file.ts';
import { THEME_BOOT } from '../components/theme-boot.ts';

/**
 * The site's Content-Security-Policy, for Astro's `experimental.csp`: Astro writes it as
 * a <meta http-equiv> tag into every page and adds the SHA-256 of each script and
 * stylesheet it bundles. Nothing inline runs unless its hash is listed, so markup that
 * slipped into a page (the untrusted-MDX guard is the first line) still cannot run.
 *
 * - `'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search index; it allows
 *   WebAssembly only, not `eval`.
 * - `'unsafe-hashes'` + hashes for styles: KaTeX positions math with `style="…"`
 *   attributes; only the exact values our titles produce are allowed.
 * - No `frame-ancestors`, `report-uri` or `sandbox`: browsers ignore them in a meta tag
 *   (a host that sends headers should add `frame-ancestors 'none'`).
 * - No `upgrade-insecure-requests`: the tests serve the site over http on 127.0.0.1.
 */
export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export type CspHash = `sha256-${string}`;

export const cspHash = (text: string): CspHash => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The `style` attribute values KaTeX writes when it renders these titles. */
export function mathStyleAttributes(titles: readonly string[]): string[] {
  const values = new Set<string>();
  for (const title of titles.filter((t) => t.includes('$'))) {
    for (const match of renderTitleHtml(title).matchAll(/ style="([^"]*)"/g)) values.add(match[1]!);
  }
  return [...values].sort();
}

/** Titles of the entries in content/papers/; unreadable ones are `npm run check`'s to report. */
function titles(root: string): string[] {
  return loadFiles(root)
    .filter((file) => file.name.endsWith('.mdx'))
    .flatMap((file) => {
      try {
        const { title } = parseEntry(file.text, file.name).data;
        return typeof title === 'string' ? [title] : [];
      } catch {
        return [];
      }
    });
}

/** The value of `experimental.csp` in astro.config.mjs for the project at `root`. */
export function contentSecurityPolicy(root = process.cwd()) {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES],
    // the one inline script: theme before first paint, toggle and copy buttons
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_BOOT)] },
    styleDirective: { resources: ["'self'", "'unsafe-hashes'"], hashes: mathStyleAttributes(titles(root)).map(cspHash) },
  };
}
