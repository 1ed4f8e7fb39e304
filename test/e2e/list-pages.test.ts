import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../support/internal-links.ts';
import { fixtureSite } from './support/fixture-catalog.ts';

/**
 * Long lists split into pages (src/catalog/pages.ts). The fixture catalog fits on one
 * page per list, so this builds it once more with PAGE_SIZE=4: its papers make a page
 * of four at home for every four papers, and the pruning topic several.
 */
const SIZE = 4;
const fixture = fixtureSite({ name: 'page-size-4', env: { PAGE_SIZE: String(SIZE) } });
const dist = fixture.site;
const slugs = fixture.entries.map((e) => e.slug);
/** Every list's pages as the pager should link them: the first page, then `<later>page/n/`. */
const expectedPages = (first: string, later: string, papers: number) => [first, ...Array.from({ length: Math.ceil(papers / SIZE) - 1 }, (_, i) => `${later}page/${i + 2}/`)];

const page = (path: string) => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
/** Paper slugs a page's list shows, in order. */
const listed = (path: string) => selectAll('.paper-list a.title', page(path)).map((a) => String(a.properties['href']).replace(/^\/papers\/|\/$/g, ''));
const next = (path: string) => select('.pager a[rel="next"]', page(path))?.properties['href'] as string | undefined;

/** Follows the "Next" links from `first`: every page's list, in order. */
function walk(first: string): { pages: string[]; papers: string[] } {
  const pages: string[] = [];
  const papers: string[] = [];
  for (let path: string | undefined = first; path; path = next(path)) {
    pages.push(path);
    papers.push(...listed(path));
    if (pages.length > 50) throw new Error('the pager never ends');
  }
  return { pages, papers };
}

describe('long lists, page by page', () => {
  it('build', () => {
    expect(fixture.log).not.toMatch(/error/i);
    expect(slugs.length).toBeGreaterThan(SIZE * 3);
  });

  it('show every paper exactly once across the home page and /papers/page/n/', () => {
    const { pages, papers } = walk('/');
    expect(pages).toEqual(expectedPages('/', '/papers/', slugs.length));
    expect(pages.slice(1).every((p) => existsSync(join(dist, p, 'index.html')))).toBe(true);
    expect(papers.toSorted()).toEqual(slugs.toSorted());
    for (const path of pages) expect(listed(path).length).toBeLessThanOrEqual(SIZE);
    // a page of its own: its own title, and the header does not claim it is the home page
    const second = readFileSync(join(dist, 'papers/page/2/index.html'), 'utf8');
    expect(second).toMatch(/<title>All papers, page 2 of \d+ · Paper Atlas<\/title>/);
    expect(second).not.toMatch(/aria-current="page"[^>]*>Home</);
  });

  it('show every paper of a topic exactly once across its pages, with the current page marked', () => {
    // the topic's papers as the build tagged them
    const members = fixture.entries.filter((e) => e.data.tags.includes('pruning-compression')).map((e) => e.slug);
    expect(members.length).toBeGreaterThan(SIZE);
    const { pages, papers } = walk('/topics/pruning-compression/');
    expect(pages).toEqual(expectedPages('/topics/pruning-compression/', '/topics/pruning-compression/', members.length));
    expect(papers.toSorted()).toEqual(members.toSorted());
    const current = select('.pager a[aria-current="page"]', page('/topics/pruning-compression/page/2/'));
    expect(current?.children).toEqual([{ type: 'text', value: '2', position: expect.anything() }]);
    // later pages belong to the topic but are not search results of their own
    expect(readFileSync(join(dist, 'topics/pruning-compression/page/2/index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('show no papers-per-year chart when no paper has a year (the fixture has none, like seed entries)', () => {
    const topic = page('/topics/pruning-compression/');
    expect(select('h2#papers-heading', topic)).toBeDefined();
    expect(select('.year-chart', topic)).toBeUndefined();
    expect(select('#years-heading', topic)).toBeUndefined();
  });

  it('offer no order by year when no paper has a year: no by-year pages, no link to them', () => {
    expect(existsSync(join(dist, 'by-year'))).toBe(false);
    expect(existsSync(join(dist, 'topics/pruning-compression/by-year'))).toBe(false);
    expect(select('.list-order', page('/'))).toBeUndefined();
    expect(select('.list-order', page('/topics/pruning-compression/'))).toBeUndefined();
    expect(select('.list-order', page('/papers/page/2/'))).toBeUndefined();
  });

  it('leave no link broken', () => {
    const report = checkInternalLinks(dist);
    expect(report.broken.map((b) => `${b.page}: ${b.link}: ${b.reason}`)).toEqual([]);
  });
});
