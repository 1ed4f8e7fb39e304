import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEnv, PROJECT, removeTempProjects, tempProject } from '../check/support/temp-project.ts';
import { checkInternalLinks } from '../support/internal-links.ts';

/**
 * Long lists split into pages (src/catalog/pages.ts). The seed catalog fits on one page
 * per list, so this builds a copy of the catalog's pruning corner with PAGE_SIZE=4: its
 * 15 papers make four pages at home, and the pruning topic several.
 */
const SIZE = 4;
let root: string;
let dist: string;
let slugs: string[];
let build: { status: number | null; output: string };

beforeAll(() => {
  root = tempProject({ topics: readFileSync(join(PROJECT, 'content', 'topics.yaml'), 'utf8') });
  const dir = join(PROJECT, 'content', 'papers');
  slugs = readdirSync(dir).filter((n) => /^tags: \[.*\bpruning-compression\b/m.test(readFileSync(join(dir, n), 'utf8'))).map((n) => n.replace(/\.mdx$/, ''));
  for (const slug of slugs) copyFileSync(join(dir, `${slug}.mdx`), join(root, 'content', 'papers', `${slug}.mdx`));
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', timeout: 240_000, env: commandEnv({ PAGE_SIZE: String(SIZE) }) });
  build = { status: result.status, output: `${result.stdout}${result.stderr}` };
  dist = join(root, 'dist');
}, 300_000);
afterAll(removeTempProjects);

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
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    expect(slugs.length).toBeGreaterThan(SIZE * 3);
  });

  it('show every paper exactly once across the home page and /papers/page/n/', () => {
    const { pages, papers } = walk('/');
    expect(pages).toEqual(['/', '/papers/page/2/', '/papers/page/3/', '/papers/page/4/'].slice(0, Math.ceil(slugs.length / SIZE)));
    expect(pages.slice(1).every((p) => existsSync(join(dist, p, 'index.html')))).toBe(true);
    expect(papers.toSorted()).toEqual(slugs.toSorted());
    for (const path of pages) expect(listed(path).length).toBeLessThanOrEqual(SIZE);
    // a page of its own: its own title, and the header does not claim it is the home page
    const second = readFileSync(join(dist, 'papers/page/2/index.html'), 'utf8');
    expect(second).toMatch(/<title>All papers, page 2 of \d+ · Paper Atlas<\/title>/);
    expect(second).not.toMatch(/aria-current="page"[^>]*>Home</);
  });

  it('show every paper of a topic exactly once across its pages, with the current page marked', () => {
    // ingest re-tags the copy as a catalog of its own: read the topic's papers from its entries
    const dir = join(root, 'content', 'papers');
    const members = readdirSync(dir).filter((n) => /^tags: \[.*\bpruning-compression\b/m.test(readFileSync(join(dir, n), 'utf8'))).map((n) => n.replace(/\.mdx$/, ''));
    expect(members.length).toBeGreaterThan(SIZE);
    const { pages, papers } = walk('/topics/pruning-compression/');
    expect(pages[1]).toBe('/topics/pruning-compression/page/2/');
    expect(pages).toHaveLength(Math.ceil(members.length / SIZE));
    expect(papers.toSorted()).toEqual(members.toSorted());
    const current = select('.pager a[aria-current="page"]', page('/topics/pruning-compression/page/2/'));
    expect(current?.children).toEqual([{ type: 'text', value: '2', position: expect.anything() }]);
    // later pages belong to the topic but are not search results of their own
    expect(readFileSync(join(dist, 'topics/pruning-compression/page/2/index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('show no papers-per-year chart when no paper has a year (seed entries have none)', () => {
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
