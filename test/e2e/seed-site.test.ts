import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { readEntries } from '../../src/content/read-entries.ts';
import { checkInternalLinks } from '../support/internal-links.ts';

/**
 * The live catalog's own build (dist/, or SITE_DIR), which every other browser test
 * leaves to the fixture catalog: it serves, lists every entry of content/papers/ and
 * links nothing that is not there. abstract-fidelity.test.ts checks its every abstract.
 */
const DIST = process.env['SITE_DIR'] ?? 'dist';
const entries = readEntries('content/papers');

let site: Site;
beforeAll(async () => {
  site = await openSite(DIST);
});
afterAll(async () => {
  await site?.close();
});

describe("the live catalog's build", () => {
  it('serves a home page listing every entry of content/papers (page by page), each linking its page', async () => {
    const { page, errors } = await site.newPage();
    const listed: string[] = [];
    const next = page.locator('.pager a[rel="next"]').first();
    for (let path: string | null = '/'; path; path = (await next.count()) > 0 ? await next.getAttribute('href') : null) {
      await page.goto(site.url(path));
      listed.push(...(await page.locator('.paper-list a.title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))));
    }
    expect(listed.toSorted()).toEqual(entries.map((e) => `/papers/${e.slug}/`).toSorted());
    expect(errors).toEqual([]);
  });

  it('leaves no internal link or anchor broken', () => {
    const report = checkInternalLinks(DIST, process.env['BASE_PATH'] ?? '/');
    expect(report.pages).toBeGreaterThan(entries.length);
    expect(report.broken.map((b) => `${b.page}: ${b.link}: ${b.reason}`)).toEqual([]);
  }, 60_000);
});
