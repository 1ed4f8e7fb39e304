import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from './internal-links.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('checkInternalLinks', () => {
  it('passes a site whose links and anchors all resolve', () => {
    const root = site({
      'index.html': page('<a href="/a/">a</a> <a href="a/#part">part</a> <a href="#top" id="top">top</a> <a href="https://example.org/x">ext</a> <link rel="stylesheet" href="/s.css"><a href="/f.bib">bib</a>'),
      'a/index.html': page('<h2 id="part">Part</h2><a href="../">home</a><a href="/?q=1">q</a>'),
      's.css': 'body{}',
      'f.bib': '@misc{x}',
    });
    const report = checkInternalLinks(root);
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 2, links: 8 });
  });

  it('reports a missing page, file, anchor, a directory without its slash, and an empty URL', () => {
    const root = site({
      'index.html': page('<a href="/gone/">1</a><img src="/missing.png" alt=""><a href="/a/#nowhere">3</a><a href="/a">4</a><form action=""></form>'),
      'a/index.html': page('<p id="here">x</p>'),
    });
    expect(checkInternalLinks(root).broken).toEqual([
      { page: '/', link: '/gone/', reason: 'no page at /gone/ (no /gone/index.html)' },
      { page: '/', link: '/missing.png', reason: 'no file at /missing.png' },
      { page: '/', link: '/a/#nowhere', reason: 'no element with id "nowhere" on /a/' },
      { page: '/', link: '/a', reason: '/a is a directory: link /a/ (the site uses trailing slashes; a host would redirect or 404)' },
      { page: '/', link: '', reason: 'empty URL' },
    ]);
  });

  it('reads links under a base path, and flags links that leave it', () => {
    const root = site({
      'index.html': page('<a href="/repo/a/#here">ok</a><a href="/a/">outside</a>'),
      'a/index.html': page('<p id="here">x</p>'),
    });
    expect(checkInternalLinks(root, '/repo/').broken).toEqual([{ page: '/', link: '/a/', reason: "outside the site's base path /repo/" }]);
  });
});
