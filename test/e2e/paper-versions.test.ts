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

describe('declared versions of a work', () => {
  it('link MarchNet and its journal version MarchNet++ from both pages', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url(FIXTURE_PAPERS.marchnet));
    const versions = page.getByRole('complementary', { name: 'Other versions of this work' });
    expect(await versions.getByRole('link').allTextContents()).toEqual(['MarchNet++: Differentiable Iso-Surface Extraction with Changing Topology']);

    await versions.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === FIXTURE_PAPERS.marchnetJournal);
    const back = page.getByRole('complementary', { name: 'Other versions of this work' });
    expect(await back.getByRole('link').allTextContents()).toEqual(['MarchNet: Differentiable Iso-Surface Extraction from Signed Distance Fields']);
    expect(await back.getByRole('link').getAttribute('href')).toBe(FIXTURE_PAPERS.marchnet);
    expect(errors).toEqual([]);
  });

  it('shows no versions box on a paper without declared versions', async () => {
    const { page } = await site.newPage();
    await page.goto(site.url(FIXTURE_PAPERS.gateconv));
    expect(await page.locator('h1').textContent()).toContain('GateConv');
    expect(await page.getByRole('complementary', { name: 'Other versions of this work' }).count()).toBe(0);
  });
});
