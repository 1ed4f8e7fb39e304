/**
 * Which link targets an abstract may use. An allowlist rather than a denylist: a
 * scheme nobody thought of (`vbscript:`, `file:`, a browser's own) is refused too.
 */

/** Schemes a link may use; a URL without a scheme (relative, `#fragment`) is fine. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Why the well-known dangerous schemes are refused, for the error message. */
const DANGER: Record<string, string> = {
  javascript: 'it runs script in the reader’s browser',
  vbscript: 'it runs script in the reader’s browser',
  data: 'it embeds a whole document or script inside the link',
};

/**
 * Invisible characters a browser drops or ignores while reading a scheme (tab, CR, LF
 * anywhere, controls and spaces at the ends), plus format characters (zero-width
 * spaces, soft hyphens, direction marks) and every kind of space, which only serve to
 * hide a word. We drop them everywhere: stricter than a browser, never looser.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]|\u034f/gu;

/** The scheme a browser would read from `url`, lower-cased; undefined for relative URLs. */
export function schemeOf(url: string): string | undefined {
  const folded = url.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(folded)?.[1];
}

function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Why a link target is refused, or undefined when it is allowed. */
export function unsafeUrlReason(url: string): string | undefined {
  // `%6Aavascript:` is no scheme to a browser, but refusing it costs nothing
  for (const candidate of [url, percentDecoded(url)]) {
    const scheme = schemeOf(candidate);
    if (scheme === undefined || ALLOWED_SCHEMES.includes(scheme)) continue;
    return `the scheme "${scheme}:" is not allowed: ${DANGER[scheme] ?? `links may only use ${ALLOWED_SCHEMES.map((s) => `${s}:`).join(', ')}`}`;
  }
  return undefined;
}
