import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * A link checker for a built static site, reading the files the way a static host serves
 * them: every internal `href`/`src` of every page must name a file in the build (a page
 * as `dir/` → `dir/index.html`), and every `#fragment` an element id on the target page.
 * Pages are parsed once each; the whole seed site takes about a second.
 */

export interface BrokenLink {
  /** The page holding the link, as a site path (`/papers/x/`). */
  page: string;
  /** The attribute value as written. */
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

/** Attributes that point at something the browser fetches or navigates to. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
};

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/** `/papers/x/index.html` → `/papers/x/` (how the page is linked), other files unchanged. */
function sitePath(root: string, file: string): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id) ids.add(id);
    if (node.tagName === 'a' && typeof node.properties['name'] === 'string') ids.add(node.properties['name']);
  });
  return ids;
}

/**
 * Checks every internal link of the site in `root`, deployed under `base` (`/` or
 * `/repo/`). `origin` is where the site pretends to live, to tell internal absolute
 * URLs from external ones.
 */
export function checkInternalLinks(root: string, base = '/', origin = 'http://site.invalid'): LinkReport {
  const files = htmlFiles(root);
  const pages = new Map<string, { tree: Root; ids?: Set<string> }>();
  for (const file of files) pages.set(sitePath(root, file), { tree: fromHtml(readFileSync(file, 'utf8')) });
  const idsAt = (path: string) => {
    const page = pages.get(path)!;
    page.ids ??= idsOf(page.tree);
    return page.ids;
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [page, { tree }] of pages) {
    const pageUrl = new URL(`${origin}${base.replace(/\/$/, '')}${page}`);
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute];
        if (typeof value !== 'string') continue;
        if (node.tagName === 'link' && /\b(preconnect|dns-prefetch)\b/.test(String(node.properties['rel']))) continue;
        links += 1;
        const report = (reason: string) => broken.push({ page, link: value, reason });
        if (value.trim() === '') {
          report('empty URL');
          continue;
        }
        let url: URL;
        try {
          url = new URL(value, pageUrl);
        } catch {
          report('not a valid URL');
          continue;
        }
        if (url.origin !== origin) continue; // external: not ours to check
        if (!url.pathname.startsWith(base)) {
          report(`outside the site's base path ${base}`);
          continue;
        }
        const path = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
        let target: string | undefined;
        if (path.endsWith('/')) {
          if (pages.has(path)) target = path;
          else report(`no page at ${path} (no ${path}index.html)`);
        } else if (existsSync(join(root, path)) && statSync(join(root, path)).isFile()) {
          if (path.endsWith('.html')) target = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
        } else if (pages.has(`${path}/`)) {
          report(`${path} is a directory: link ${path}/ (the site uses trailing slashes; a host would redirect or 404)`);
        } else {
          report(`no file at ${path}`);
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target !== undefined && pages.has(target) && !idsAt(target).has(fragment)) {
          report(`no element with id "${fragment}" on ${target}`);
        }
      }
    });
  }
  return { pages: pages.size, links, broken };
}
