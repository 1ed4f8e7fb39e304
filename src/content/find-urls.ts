/**
 * Bare URLs in abstracts. Abstracts come from stripped LaTeX, so a URL may run into
 * `{`, `}` or a sentence's final period: `https://github.com/x/y{Code}.` links to
 * `https://github.com/x/y`. Stops at characters a URL cannot hold unescaped.
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>{}"'`\\|^]+/g;
/** Punctuation that ends a sentence rather than the URL. */
const TRAILING = /[.,;:!?*_~'"]+$/;

export interface UrlMatch {
  url: string;
  /** Offset of the URL's first character in the text. */
  start: number;
  /** Offset after its last character. */
  end: number;
}

function trimUrl(raw: string): string {
  let url = raw.replace(TRAILING, '');
  // keep a closing parenthesis only when the URL opened one: (see https://a.b/c)
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
    url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

export function findUrls(text: string): UrlMatch[] {
  const matches: UrlMatch[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (/^https?:\/\/[^/]*\.[^/]/.test(url) || /^https?:\/\/localhost/.test(url)) {
      matches.push({ url, start: match.index, end: match.index + url.length });
    }
  }
  return matches;
}
