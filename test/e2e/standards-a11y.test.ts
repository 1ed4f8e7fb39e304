import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { FIXTURE_PAPERS, fixtureSite } from './support/fixture-catalog.ts';

/**
 * axe-core, WCAG 2.1 A and AA rules, on one page of each kind of the fixture catalog, in Chromium, in the light
 * and the dark theme. The pages' Content-Security-Policy would refuse axe's injected
 * script, so the test context bypasses it (the site's own scripts run as always).
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES: [name: string, path: string, ready?: (page: Page) => Promise<unknown>][] = [
  ['home', '/'],
  ['paper', FIXTURE_PAPERS.gateconv],
  ['paper with math', FIXTURE_PAPERS.quaternion],
  ['topics', '/topics/'],
  ['topic', '/topics/peft/'],
  ['graph', '/graph/', (page) => page.waitForLoadState('networkidle')],
  ['search', '/search/?q=GateConv', (page) => page.locator(`main a[href^="${FIXTURE_PAPERS.gateconv}"]`).first().waitFor()],
  ['offline', '/offline/', (page) => page.locator('[data-offline-summary]', { hasText: 'whole catalog' }).waitFor()],
];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
  passes: unknown[];
}

const fixture = fixtureSite();
let site: Site;
beforeAll(async () => {
  site = await openSite(fixture.site);
});
afterAll(async () => {
  await site?.close();
});

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  it.each(PAGES)('finds no WCAG 2.1 AA violation on the %s page', async (_name, path, ready) => {
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true, serviceWorkers: 'block' });
    const { page, errors } = await site.newPage(context);
    await page.goto(site.url(path));
    await ready?.(page);
    // the theme really is the one under test (the page follows the system)
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
    expect(background).toBe(colorScheme === 'dark' ? '#111418' : '#ffffff');
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(
      (tags) => (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResult> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
