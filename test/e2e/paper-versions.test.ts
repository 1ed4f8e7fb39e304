import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('declared versions of a work', () => {
  it('link MeshSDF and its journal version DeepMesh from both pages', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/papers/meshsdf-differentiable-iso-surface-extraction/'));
    const versions = page.getByRole('complementary', { name: 'Other versions of this work' });
    expect(await versions.getByRole('link').allTextContents()).toEqual(['DeepMesh: Differentiable Iso-Surface Extraction']);

    await versions.getByRole('link').click();
    await page.waitForURL(/\/papers\/deepmesh-differentiable-iso-surface-extraction\/$/);
    const back = page.getByRole('complementary', { name: 'Other versions of this work' });
    expect(await back.getByRole('link').allTextContents()).toEqual(['MeshSDF: Differentiable Iso-Surface Extraction']);
    expect(await back.getByRole('link').getAttribute('href')).toMatch(/\/papers\/meshsdf-differentiable-iso-surface-extraction\/$/);
    expect(errors).toEqual([]);
  });

  it('shows no versions box on a paper without declared versions', async () => {
    const { page } = await site.newPage();
    await page.goto(site.url('/papers/condconv-conditionally-parameterized-convolutions-for-efficient/'));
    expect(await page.locator('h1').textContent()).toContain('CondConv');
    expect(await page.getByRole('complementary', { name: 'Other versions of this work' }).count()).toBe(0);
  });
});
