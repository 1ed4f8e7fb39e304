import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { FIXTURE_PAPERS, fixtureSite } from './support/fixture-catalog.ts';

const fixture = fixtureSite();

let site: Site;
beforeAll(async () => {
  site = await openSite(fixture.site);
});
afterAll(async () => {
  await site?.close();
});

describe('a reader browses the built fixture catalog', () => {
  it('goes from the home page to a topic, to a paper', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/'));
    expect(await page.locator('.paper-list > li').count()).toBe(fixture.entries.length);

    const topicLink = page.locator('#topics-heading + ul a').first();
    const topicName = (await topicLink.evaluate((a) => a.firstChild?.textContent ?? '')).trim();
    await topicLink.click();
    await page.waitForURL(/\/topics\/[a-z0-9-]+\/$/);
    expect((await page.locator('h1').textContent())?.trim()).toBe(topicName);
    const papers = page.locator('.paper-list > li');
    expect(await papers.count()).toBeGreaterThanOrEqual(3);

    const paperLink = papers.first().locator('a.title');
    const paperTitle = (await paperLink.textContent())?.trim();
    await paperLink.click();
    await page.waitForURL(/\/papers\/[a-z0-9-]+\/$/);
    expect((await page.locator('h1').textContent())?.trim()).toBe(paperTitle);
    // the paper lists the topic we came from among its chips
    expect(await page.locator('article .chips a').allTextContents()).toContain(topicName);
    expect(errors).toEqual([]);
  });

  it('searches for "GateConv" and reaches its paper', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/topics/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('combobox', { name: 'Search papers and topics' }).fill('GateConv');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('GateConv');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === FIXTURE_PAPERS.gateconv);
    expect(await page.locator('h1').textContent()).toContain('GateConv: Gated Kernel Mixing for Cheap Inference');
    expect(errors).toEqual([]);
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await site.newPage();
    const response = await page.goto(site.url('/papers/no-such-paper/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });
});
