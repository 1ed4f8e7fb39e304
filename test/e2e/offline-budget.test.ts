import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { buildFixture, offlineFixture } from '../../scripts/lib/offline-fixture.ts';
import type { FilesListing, OfflineStatus } from '../../src/offline/files.ts';

/**
 * A catalog over its offline budget (300 synthetic papers, a 1 MB budget): a first visit
 * stores the shell and the budget only; pages read open offline, others give the offline
 * page; "Make available offline" saves the rest, and then every page and search work
 * offline; removing the copy takes it away again.
 */
const PAPERS = 300;
const BUDGET_MB = 1;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: Site;
let context: BrowserContext;
let page: Page;
let errors: string[];
/** Console errors of tabs opened later. */
const moreErrors: string[][] = [];
let status: OfflineStatus;
let listing: FilesListing;
let dist: string;
let fixtureDir: string;
/** Bytes the service worker fetched, as sent over HTTP (gzip), and how many files. */
const fetchedBySw = { bytes: 0, files: 0, counting: false };
/** The same for requests of pages (the offline page's saving), while counting. */
const fetchedByPages = { bytes: 0, files: 0, counting: false };

/** Paper pages the first visit did not store. */
const laterPapers = () => listing.entries.filter(([path, , , precached]) => precached === 0 && /^papers\/(?!page\/)[^/]+\/index\.html$/.test(path)).map(([path]) => path);
const urlOf = (path: string) => `/${path.replace(/index\.html$/, '')}`;
const h1Of = (path: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(dist, path), 'utf8'))![1]!.replace(/<[^>]+>/g, '').trim();

/** What the site's caches hold: files and decoded bytes, per cache. */
function stored(p: Page): Promise<{ files: number; bytes: number; urls: string[] }> {
  return p.evaluate(async () => {
    let files = 0;
    let bytes = 0;
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        files += 1;
        bytes += (await response!.blob()).size;
        urls.push(new URL(request.url).pathname);
      }
    }
    return { files, bytes, urls };
  });
}

beforeAll(async () => {
  const fixture = await offlineFixture(process.cwd(), { papers: PAPERS, budgetMb: BUDGET_MB });
  dist = fixture.site;
  fixtureDir = fixture.dir;
  status = JSON.parse(readFileSync(join(dist, 'offline/status.json'), 'utf8')) as OfflineStatus;
  listing = JSON.parse(readFileSync(join(dist, 'offline/files.json'), 'utf8')) as FilesListing;
  site = await openSite(dist);
  // axe's injected script needs the Content-Security-Policy bypassed; the site's own scripts run as always
  context = await site.browser.newContext({ bypassCSP: true });
  context.on('requestfinished', (request) => {
    const meter = request.serviceWorker() ? fetchedBySw : fetchedByPages;
    if (!meter.counting) return;
    meter.files += 1;
    void request.sizes().then(
      (sizes) => void (meter.bytes += sizes.responseBodySize),
      () => undefined,
    );
  });
  ({ page, errors } = await site.newPage(context));
}, 300_000);
afterAll(async () => {
  await context?.setOffline(false);
  await site?.close();
});

describe(`a catalog over its offline budget (${PAPERS} papers, ${BUDGET_MB} MB)`, () => {
  it('is over the budget: the build left most of it out of the precache', () => {
    expect(status.complete).toBe(false);
    expect(status.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(status.precachedBytes).toBeLessThan(status.bytes / 3);
    expect(laterPapers().length).toBeGreaterThan(PAPERS / 2);
  });

  it('stores only the shell and the budget on a first visit', { timeout: 120_000 }, async () => {
    fetchedBySw.counting = true;
    await page.goto(site.url('/'));
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 120_000 });
    fetchedBySw.counting = false;
    const here = await stored(page);
    // what the build planned, the status file with it
    expect(here.files).toBe(status.precachedFiles + 1);
    expect(here.bytes).toBeGreaterThanOrEqual(status.precachedBytes);
    expect(here.bytes).toBeLessThan(status.precachedBytes + 1024);
    expect(here.bytes).toBeLessThan(status.bytes / 3);
    expect(here.urls).not.toContain(urlOf(laterPapers()[0]!));
    // over the network, compressed: no more than that
    expect(fetchedBySw.files).toBeGreaterThanOrEqual(status.precachedFiles);
    expect(fetchedBySw.bytes).toBeLessThanOrEqual(status.precachedBytes);
    console.info(`first visit: ${here.files} files, ${here.bytes} bytes stored; ${fetchedBySw.files} requests, ${fetchedBySw.bytes} bytes over HTTP; catalog ${status.files} files, ${status.bytes} bytes`);
  });

  it('opens a page read online when offline, and gives the offline page for one never read', async () => {
    const [read, unread] = laterPapers();
    await page.goto(site.url(urlOf(read!)));
    expect(await page.locator('h1').textContent()).toBe(h1Of(read!));
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(h1Of(read!));
    await page.goto(site.url(urlOf(unread!)));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Not available offline');
    expect(page.url()).toBe(site.url(urlOf(unread!)));
    const save = page.locator('[data-offline-save]');
    await save.waitFor();
    expect(await save.textContent()).toMatch(/^Save [\d.]+ MB for offline reading$/);
    // the shell still works: search and the home page
    await page.goto(site.url('/'));
    expect(await page.locator('h1').textContent()).toBe('Paper Atlas');
    await context.setOffline(false);
  });

  it('offline, search marks the results whose page is not saved on this device, and only those', async () => {
    const searchable = (path: string) => /^[A-Za-z][A-Za-z ,:-]{20,}$/.test(h1Of(path));
    const [unread, read] = laterPapers().slice(3).filter(searchable);
    const hitOf = (path: string) => page.locator(`#search-page-results a.search-result[href^="${urlOf(path)}?"], #search-page-results a.search-result[href="${urlOf(path)}"]`).first();
    const search = async (path: string) => {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(h1Of(path))}`));
      await hitOf(path).waitFor({ timeout: 30_000 });
      // the marks are set after the results are drawn: wait for the page to be quiet
      await page.waitForTimeout(500);
      return hitOf(path);
    };
    // online: one paper read, and both searched (the service worker keeps the index chunks it fetched)
    await page.goto(site.url(urlOf(read!)));
    expect(await page.locator('h1').textContent()).toBe(h1Of(read!));
    for (const path of [read!, unread!]) await search(path);
    await context.setOffline(true);
    try {
      const unsaved = await search(unread!);
      expect(await unsaved.getAttribute('data-unsaved')).toBe('');
      expect(await unsaved.locator('.search-result-unsaved').textContent()).toBe('Not saved for offline reading');
      // read online: stored, so no mark
      expect(await (await search(read!)).getAttribute('data-unsaved')).toBeNull();
    } finally {
      await context.setOffline(false);
    }
  });

  it('saves the whole catalog with "Make available offline", to 100 %', { timeout: 120_000 }, async () => {
    await page.goto(site.url('/offline/'));
    const save = page.locator('[data-offline-save]');
    await save.waitFor();
    await save.click();
    await page.locator('[data-offline-summary]', { hasText: 'The whole catalog is saved' }).waitFor({ timeout: 120_000 });
    const progress = await page.locator('[data-offline-progress]').textContent();
    expect(progress).toContain(`${status.files.toLocaleString('en-US')} of ${status.files.toLocaleString('en-US')} files (100 %)`);
    const bar = await page.locator('[data-offline-bar]').evaluate((el: HTMLProgressElement) => ({ value: el.value, max: el.max }));
    expect(bar.value).toBe(bar.max);
    expect(await page.locator('[data-offline-message]').textContent()).toBe('');
    const here = await stored(page);
    expect(here.bytes).toBeGreaterThanOrEqual(status.bytes);
  });

  it('keeps the offline page axe-clean with its controls shown, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(site.url('/offline/'));
      await page.locator('[data-offline-remove]').waitFor();
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`);
      });
      expect(violations, colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
  });

  it('then opens any page and finds any paper offline', async () => {
    await context.setOffline(true);
    const papers = laterPapers();
    for (const path of [papers[1]!, papers.at(-1)!, papers[Math.floor(papers.length / 2)]!]) {
      await page.goto(site.url(urlOf(path)));
      expect(await page.locator('h1').textContent()).toBe(h1Of(path));
    }
    const target = papers.find((path) => /^[A-Za-z][A-Za-z ,:-]{20,}$/.test(h1Of(path)))!;
    await page.goto(site.url(`/search/?q=${encodeURIComponent(h1Of(target))}`));
    const hit = page.locator(`#search-page-results a.search-result[href="${urlOf(target)}"], #search-page-results a.search-result[href^="${urlOf(target)}?"]`);
    await hit.first().waitFor({ timeout: 30_000 });
    // an address that is no page of this build, with the whole catalog here, is the 404 page
    await page.goto(site.url('/papers/no-such-paper/'));
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await context.setOffline(false);
  });

  it('removes the offline copy: pages never read are unavailable offline again', async () => {
    await page.goto(site.url('/offline/'));
    const remove = page.locator('[data-offline-remove]');
    await remove.click();
    await page.locator('[data-offline-progress]', { hasText: 'The offline copy was removed' }).waitFor();
    const here = await stored(page);
    expect(here.files).toBe(status.precachedFiles + 1);
    await context.setOffline(true);
    await page.goto(site.url(urlOf(laterPapers()[2]!)));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Not available offline');
    await context.setOffline(false);
  });

  it('stops cleanly when the browser runs out of storage, and resumes when there is room', { timeout: 120_000 }, async () => {
    await page.goto(site.url('/offline/'));
    const cdp = await context.newCDPSession(page);
    const origin = new URL(site.url('/')).origin;
    const { usage } = await page.evaluate(() => navigator.storage.estimate());
    // room for the shell and about 2 MB more: far less than the catalog
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage! + 2 * 1024 * 1024 });
    const save = page.locator('[data-offline-save]');
    await save.click();
    const message = page.locator('[data-offline-message]');
    await message.filter({ hasText: 'no more storage' }).waitFor({ timeout: 60_000 });
    expect(await message.textContent()).toMatch(/^Saving stopped: the browser has no more storage for this site \(at .+\)\. What was saved stays and works offline\./);
    expect(await save.textContent()).toBe('Resume saving');
    const bar = await page.locator('[data-offline-bar]').evaluate((el: HTMLProgressElement) => ({ value: el.value, max: el.max }));
    expect(bar.value).toBeGreaterThan(0);
    expect(bar.value).toBeLessThan(bar.max);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
    await save.click();
    await page.locator('[data-offline-summary]', { hasText: 'The whole catalog is saved' }).waitFor({ timeout: 60_000 });
    expect(await message.textContent()).toBe('');
  });

  it('pauses, and resumes from what is stored after the tab was closed', { timeout: 120_000 }, async () => {
    await page.goto(site.url('/offline/'));
    await page.locator('[data-offline-remove]').click();
    await page.locator('[data-offline-progress]', { hasText: 'The offline copy was removed' }).waitFor();
    const save = page.locator('[data-offline-save]');
    await save.click();
    // some files in, then pause
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-offline-bar]')!;
      return !bar.hidden && bar.value > 0 && bar.value < bar.max * 0.9;
    });
    expect(await save.textContent()).toBe('Pause');
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Resume saving');
    const paused = await stored(page);
    expect(paused.bytes).toBeLessThan(status.bytes);
    // a new tab: the page reads what is stored and offers to resume
    const { page: tab, errors: tabErrors } = await site.newPage(context);
    moreErrors.push(tabErrors);
    await page.close();
    page = tab;
    await page.goto(site.url('/offline/'));
    await expect.poll(() => page.locator('[data-offline-save]').textContent()).toBe('Resume saving');
    const progressText = page.locator('[data-offline-progress]');
    await progressText.filter({ hasText: / files \(\d+ %\)$/ }).waitFor();
    const [done, total] = /([\d,]+) of ([\d,]+) files/.exec((await progressText.textContent()) ?? '')!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    expect(total).toBe(status.files);
    expect(done).toBeGreaterThan(status.precachedFiles);
    expect(done).toBeLessThan(status.files);
    await page.locator('[data-offline-save]').click();
    await page.locator('[data-offline-summary]', { hasText: 'The whole catalog is saved' }).waitFor({ timeout: 60_000 });
    expect((await stored(page)).bytes).toBeGreaterThanOrEqual(status.bytes);
  });

  it('after a rebuild that changes one paper, fetches only the changed files, shows the notice and updates the saved copy', { timeout: 240_000 }, async () => {
    const papersDir = join(fixtureDir, 'content/papers');
    const entry = readdirSync(papersDir).filter((n) => n.endsWith('.mdx')).sort()[0]!;
    const slug = entry.replace(/\.mdx$/, '');
    writeFileSync(join(papersDir, entry), `${readFileSync(join(papersDir, entry), 'utf8').trimEnd()} Further details follow in the appendix.\n`);
    const before = listing;
    await buildFixture(fixtureDir, BUDGET_MB);
    const after = JSON.parse(readFileSync(join(dist, 'offline/files.json'), 'utf8')) as FilesListing;
    expect(after.version).not.toBe(before.version);
    const old = new Set(before.entries.map(([path, , revision]) => `${path} ${revision}`));
    const changed = after.entries.filter(([path, , revision]) => !old.has(`${path} ${revision}`));
    expect(changed.map(([path]) => path)).toContain(`papers/${slug}/index.html`);
    const changedPrecached = changed.filter((e) => e[3] === 1).length;
    const changedLater = changed.length - changedPrecached;
    // what the new precache holds that the old one did not: changed files, and unchanged ones
    // the budget now takes in (a file a few bytes larger moves the budget's edge)
    const wasPrecached = new Set(before.entries.filter((e) => e[3] === 1).map(([path, , revision]) => `${path} ${revision}`));
    const newlyPrecached = after.entries.filter((e) => e[3] === 1 && !wasPrecached.has(`${e[0]} ${e[2]}`)).length;
    // and unchanged files it lets go, which the saved copy then holds outside the precache
    const leftPrecache = after.entries.filter((e) => e[3] !== 1 && wasPrecached.has(`${e[0]} ${e[2]}`)).length;

    // the new service worker: only changed precache entries, the status file and the worker itself
    fetchedBySw.files = 0;
    fetchedBySw.bytes = 0;
    fetchedBySw.counting = true;
    await page.goto(site.url('/'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.locator('[data-update-notice]');
    await notice.waitFor({ timeout: 60_000 });
    fetchedBySw.counting = false;
    expect(fetchedBySw.files).toBeLessThanOrEqual(newlyPrecached + 2);
    expect(await notice.textContent()).toContain('A new version of the catalog is available.');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);

    // the saved copy: the listing and the changed files it holds, nothing else
    await page.goto(site.url('/offline/'));
    const update = page.locator('[data-offline-save]', { hasText: 'Update the offline copy' });
    await update.waitFor();
    fetchedByPages.counting = true;
    await update.click();
    await page.locator('[data-offline-summary]', { hasText: 'The whole catalog is saved' }).waitFor({ timeout: 60_000 });
    fetchedByPages.counting = false;
    expect(fetchedByPages.files).toBeLessThanOrEqual(changedLater + leftPrecache + 1);
    const saved = (await stored(page)).bytes;
    console.info(`update: ${changed.length} of ${after.files} files changed (${newlyPrecached} newly precached, ${leftPrecache} let go); service worker ${fetchedBySw.files} requests, ${fetchedBySw.bytes} bytes; saved copy ${fetchedByPages.files} requests, ${fetchedByPages.bytes} bytes; ${saved} bytes saved`);
    expect(fetchedBySw.bytes + fetchedByPages.bytes).toBeLessThan(saved * 0.05);

    // offline, the changed paper is the new one
    await context.setOffline(true);
    await page.goto(site.url(`/papers/${slug}/`));
    expect(await page.locator('.abstract').textContent()).toContain('Further details follow in the appendix.');
    await context.setOffline(false);
  });

  it('logged no errors on the way', () => {
    // Offline, Chromium reports the requests the network refused; nothing else may fail.
    expect([errors, ...moreErrors].flat().filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});
