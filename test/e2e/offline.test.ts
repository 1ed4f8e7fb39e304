import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { FIXTURE_PAPERS, fixtureSite } from './support/fixture-catalog.ts';

/**
 * The fixture catalog after one online visit, with the network off: pages never visited and
 * search still work, served by the service worker from its precache.
 */
const fixture = fixtureSite();
let site: Site;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  site = await openSite(fixture.site);
  context = await site.browser.newContext();
  ({ page, errors } = await site.newPage(context));
  await page.goto(site.url('/'));
  // The first visit installs the service worker; it is active once every file of the
  // precache is stored, and then takes control of this page (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 120_000 });
  await context.setOffline(true);
});
afterAll(async () => {
  await context?.setOffline(false);
  await site?.close();
});

describe('offline, after one visit', () => {
  it('really is offline: the network refuses a file the site does not have', async () => {
    const reached = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`).then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);
  });

  it('reloads the page, searches, and opens a paper that was never visited', async () => {
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Paper Atlas');
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').pressSequentially('hypercomplex', { delay: 20 });
    const result = page.locator('#search-dialog-results [role="option"]', { hasText: 'HyperKron' });
    await result.waitFor();
    const href = await result.getAttribute('href');
    await result.click();
    await page.waitForURL((url) => href !== null && url.href.endsWith(href));
    expect(new URL(page.url()).pathname).toBe(FIXTURE_PAPERS.hyperkron);
    expect(await page.locator('h1').textContent()).toContain('HyperKron: Lightweight Networks via Hypercomplex Kronecker Convolutions');
    await page.locator('article mark.search-hit').first().waitFor();
    expect(await page.locator('.abstract').textContent()).toMatch(/hypercomplex/i);
  });

  it('runs a shared /search/ address and shows topic pages', async () => {
    await page.goto(site.url('/search/?q=muP'));
    const results = page.locator('#search-page-results a.search-result');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(3);
    await page.goto(site.url('/topics/mup-hyperparameter-transfer/'));
    expect(await page.locator('h1').textContent()).toBe('muP & hyperparameter transfer');
  });

  it('runs a /search/ address with any of its filters (venue, author, years): the same precached page', async () => {
    await page.goto(site.url('/search/?q=muP&venue=CoRR&author=Ada+Lovelace&from=2019&to=2021'));
    await expect.poll(() => page.locator('#search-page-status').textContent(), { timeout: 10_000 }).toBe('No results for “muP” in CoRR, by Ada Lovelace, from 2019 to 2021.');
    await page.goto(site.url('/search/?topic=muP+%26+hyperparameter+transfer'));
    await page.locator('#search-page-results a.search-result').first().waitFor();
  });

  it('is installable as an app: Chromium finds a valid manifest, icons and a service worker', async () => {
    await page.goto(site.url('/'));
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Every Playwright context is incognito, where Chromium never offers to install; that says nothing of the site.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();
  });

  it('answers an address it does not know with the 404 page', async () => {
    await page.goto(site.url('/papers/no-such-paper/'));
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });

  it('logged no errors on the way', () => {
    // Chromium reports the refused fetch of the first test; nothing else may fail.
    expect(errors.filter((e) => !/Failed to load resource|not-precached/.test(e))).toEqual([]);
  });
});
