import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a first visit to one page of the built site transfers, counted from the files
 * (no browser): the HTML, the stylesheets it links and the fonts those stylesheets
 * name, and separately the scripts it loads before any interaction (module scripts and
 * their static imports). Text is gzipped at level 6, as scripts/lib/static-server.ts
 * and common static hosts serve it; fonts (WOFF2) are already compressed.
 *
 * Fonts count only when the page can use them: KaTeX's fonts are listed in its CSS but
 * a browser fetches a face only for glyphs on the page, so for pages with math this is
 * an upper bound, and pages without math load no font at all (system fonts).
 */

export interface Resource {
  /** Site path, e.g. `/_astro/index.css`. */
  path: string;
  /** Bytes on the wire. */
  bytes: number;
}

export interface PageWeight {
  html: Resource;
  css: Resource[];
  fonts: Resource[];
  /** Scripts fetched on load (before a reader opens search). */
  scripts: Resource[];
  /** HTML + CSS + fonts: what the 30 KB budget of a paper page counts. */
  total: number;
}

const gzipped = (data: Buffer) => gzipSync(data, { level: 6 }).length;

/** A site path such as `/papers/x/` to the file a static host would serve. */
function fileOf(root: string, base: string, path: string): string {
  const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(root, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
}

function read(root: string, base: string, path: string, compress: boolean): Resource {
  const file = fileOf(root, base, path);
  if (!existsSync(file)) throw new Error(`${path} is linked but ${file} does not exist`);
  const data = readFileSync(file);
  return { path, bytes: compress ? gzipped(data) : data.length };
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Static imports of an ES module (`import "./a.js"`, `import {x} from "./b.js"`), as site paths. */
function staticImports(source: string, from: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{},\s$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (spec.startsWith('.') || spec.startsWith('/')) found.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));
  }
  return found;
}

/** The weight of the page at site path `page` (e.g. `/papers/x/`) in the site built in `root`. */
export function pageWeight(root: string, page: string, base = '/'): PageWeight {
  const html = read(root, base, page, true);
  const text = readFileSync(fileOf(root, base, page), 'utf8');

  const cssPaths = [...text.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => attribute(tag, 'href')!)
    .filter(Boolean);
  const css = cssPaths.map((path) => read(root, base, path, true));
  const fonts = new Map<string, Resource>();
  for (const path of cssPaths) {
    const source = readFileSync(fileOf(root, base, path), 'utf8');
    for (const match of source.matchAll(/url\(([^)]+\.woff2)\)/g)) {
      const font = posix.join(posix.dirname(path), match[1]!.replace(/["']/g, ''));
      if (!fonts.has(font)) fonts.set(font, read(root, base, font, false));
    }
  }

  const scripts = new Map<string, Resource>();
  const queue = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (scripts.has(path)) continue;
    scripts.set(path, read(root, base, path, true));
    queue.push(...staticImports(readFileSync(fileOf(root, base, path), 'utf8'), path));
  }
  const total = html.bytes + css.reduce((a, r) => a + r.bytes, 0) + [...fonts.values()].reduce((a, r) => a + r.bytes, 0);
  return { html, css, fonts: [...fonts.values()], scripts: [...scripts.values()], total };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
