import { cspHash } from '../catalog/title-style-hashes.ts';
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
 *   attributes; only the exact values a page's titles produce are allowed, and the page
 *   that renders them adds them (`titleStyleHashes` in src/catalog/title-style-hashes.ts,
 *   through `Astro.csp.insertStyleHash`), so the policy is fixed and reads no catalog.
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

/** The value of `experimental.csp` in astro.config.mjs. */
export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES],
    // the one inline script: theme before first paint, toggle and copy buttons
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_BOOT)] },
    styleDirective: { resources: ["'self'", "'unsafe-hashes'"], hashes: [] },
  };
}
