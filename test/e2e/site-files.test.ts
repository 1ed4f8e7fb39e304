import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { fixtureSite } from './support/fixture-catalog.ts';

/**
 * The files around the pages: RSS feeds, `.bib` downloads, the sitemap and robots.txt,
 * fetched from the built site as a reader's tools fetch them, and the weight of every
 * paper page against its budget, on the fixture catalog.
 */
const SITE = fixtureSite().site;
const PAPER_BUDGET = 30 * 1024;

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite(SITE);
  ({ page } = await site.newPage());
  await page.goto(site.url('/'));
});
afterAll(async () => {
  await site?.close();
});

async function get(path: string): Promise<{ type: string; text: string }> {
  const response = await fetch(site.url(path));
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** Parses XML in Chromium, as feed readers do: a syntax error fails the test. */
function parseXml(text: string): Promise<{ error: string | null; items: { title: string; link: string; pubDate: string; categories: string[] }[]; locs: string[]; self: string | null }> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const items = [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      pubDate: item.querySelector('pubDate')?.textContent ?? '',
      categories: [...item.querySelectorAll('category')].map((c) => c.textContent ?? ''),
    }));
    const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? '');
    const self = doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href') ?? null;
    return { error, items, locs, self };
  }, text);
}

const paperSlugs = () => readdirSync(join(SITE, 'papers')).filter((slug) => existsSync(join(SITE, 'papers', slug, 'index.html')));
const topicSlugs = () => readdirSync(join(SITE, 'topics')).filter((slug) => existsSync(join(SITE, 'topics', slug, 'rss.xml')));

describe('RSS feeds', () => {
  it('list the newest 100 papers of the catalog, newest first, linking their pages', async () => {
    const { text } = await get('/rss.xml');
    const feed = await parseXml(text);
    expect(feed.error).toBeNull();
    expect(feed.items).toHaveLength(Math.min(100, paperSlugs().length));
    const dates = feed.items.map((i) => Date.parse(i.pubDate));
    expect(dates.every((d, k) => k === 0 || d <= dates[k - 1]!)).toBe(true);
    for (const item of feed.items) expect(paperSlugs()).toContain(new URL(item.link).pathname.split('/')[2]);
    expect(feed.self).toMatch(/\/rss\.xml$/);
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/rss.xml');
  });

  it('exist for every topic and hold only its papers', async () => {
    const topics = topicSlugs();
    expect(topics.length).toBeGreaterThan(10);
    const topicPage = readFileSync(join(SITE, 'topics', topics[0]!, 'index.html'), 'utf8');
    const name = /<h1[^>]*>([^<]+)<\/h1>/.exec(topicPage)![1]!.replace(/&amp;/g, '&');
    const feed = await parseXml((await get(`/topics/${topics[0]}/rss.xml`)).text);
    expect(feed.error).toBeNull();
    expect(feed.items.length).toBeGreaterThanOrEqual(3);
    for (const item of feed.items) expect(item.categories).toContain(name);
    expect(topicPage).toContain(`href="/topics/${topics[0]}/rss.xml"`);
  });
});

describe('BibTeX downloads', () => {
  it('give a topic’s papers, one entry per paper on its page, keyed by slug', async () => {
    const slug = topicSlugs()[0]!;
    const { type, text } = await get(`/topics/${slug}/papers.bib`);
    expect(type).toContain('application/x-bibtex');
    const keys = [...text.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
    const topicPage = readFileSync(join(SITE, 'topics', slug, 'index.html'), 'utf8');
    const listed = [...topicPage.matchAll(/class="title" href="\/papers\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(keys).toEqual(listed);
  });

  it('give the whole catalog, each key once', async () => {
    const { text } = await get('/papers.bib');
    const keys = [...text.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(paperSlugs().sort());
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every page but the 404 page, at the configured site URL', async () => {
    const index = await parseXml((await get('/sitemap-index.xml')).text);
    expect(index.error).toBeNull();
    const locs: string[] = [];
    for (const loc of index.locs) {
      const sitemap = await parseXml((await get(new URL(loc).pathname)).text);
      expect(sitemap.error).toBeNull();
      locs.push(...sitemap.locs);
    }
    const paths = locs.map((l) => new URL(l).pathname);
    for (const slug of paperSlugs()) expect(paths).toContain(`/papers/${slug}/`);
    expect(paths).toContain('/');
    expect(paths).toContain('/topics/');
    expect(paths.some((p) => p.includes('404'))).toBe(false);
  });

  it('robots.txt allows crawling and names the sitemap', async () => {
    const { text } = await get('/robots.txt');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('page weight', () => {
  it('no paper page without math transfers more than 30 KB (HTML, CSS, fonts; gzip)', () => {
    const weights = paperSlugs()
      .filter((slug) => !readFileSync(join(SITE, 'papers', slug, 'index.html'), 'utf8').includes('katex.min.css'))
      .map((slug) => ({ slug, total: pageWeight(SITE, `/papers/${slug}/`).total }));
    // most papers have no math: the budget is checked on nearly every paper page
    expect(weights.length).toBeGreaterThan(paperSlugs().length / 2);
    const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
    expect(heaviest.total, heaviest.slug).toBeLessThanOrEqual(PAPER_BUDGET);
  });
});
