import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { FIXTURE_PAPERS, fixtureSite } from './support/fixture-catalog.ts';

/**
 * A paper page as a researcher uses it, in Chromium on the built fixture catalog: the buttons and
 * lookups, related papers, citing, moving on, the theme, print and phone layouts, and
 * the promise that the page runs no script but the tiny ones until search is opened.
 */
const fixture = fixtureSite();
const GATECONV = FIXTURE_PAPERS.gateconv;
const MARCHNET = FIXTURE_PAPERS.marchnet;
const MATH = FIXTURE_PAPERS.quaternion;
const CODE = 'https://github.com/atlas-fixture/gateconv';

let site: Site;
beforeAll(async () => {
  site = await openSite(fixture.site);
});
afterAll(async () => {
  await site?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ serviceWorkers: 'block', ...options });
  const opened = await site.newPage(context);
  await opened.page.goto(site.url(path));
  return opened;
}

describe('a paper page', () => {
  it('offers the code link as a button, without the sentence’s final period', async () => {
    const { page } = await open(GATECONV);
    const button = page.getByRole('region', { name: 'Paper, code and links' }).getByRole('link');
    expect(await button.allTextContents()).toEqual(['GitHub · atlas-fixture/gateconv']);
    expect(await button.getAttribute('href')).toBe(CODE);
  });

  it('looks the title up on Hugging Face, Semantic Scholar, Google Scholar and arXiv', async () => {
    const { page } = await open(GATECONV);
    const find = page.getByRole('region', { name: 'Find this paper' }).getByRole('link');
    expect(await find.allTextContents()).toEqual(['Hugging Face', 'Semantic Scholar', 'Google Scholar', 'arXiv']);
    expect(await find.nth(3).getAttribute('href')).toBe(
      'https://arxiv.org/search/?query=GateConv%3A%20Gated%20Kernel%20Mixing%20for%20Cheap%20Inference&searchtype=title',
    );
  });

  it('lists five related papers, each with the topics it shares', async () => {
    const { page } = await open(GATECONV);
    const items = page.getByRole('region', { name: 'Related papers' }).getByRole('listitem');
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toMatch(/FlexMix.*Shared topics: CNN & ViT backbone design/);
    await items.first().getByRole('link').click();
    await page.waitForURL(/\/papers\/flexmix-/);
  });

  it('marks a declared other version of the work first in its related papers', async () => {
    const { page } = await open(MARCHNET);
    const first = page.getByRole('region', { name: 'Related papers' }).getByRole('listitem').first();
    expect(await first.textContent()).toContain('MarchNet++: Differentiable Iso-Surface Extraction with Changing Topology');
    expect(await first.textContent()).toContain('Another version of this work');
  });

  it('shows a BibTeX entry that the copy button puts on the clipboard', async () => {
    const { page, errors } = await open(GATECONV, { permissions: ['clipboard-read', 'clipboard-write'] });
    const entry = (await page.locator('#bibtex').textContent())!;
    expect(entry).toBe(
      [
        '@misc{gateconv-gated-kernel-mixing-for-cheap-inference,',
        '  title    = {{GateConv}: Gated Kernel Mixing for Cheap Inference},',
        '  keywords = {CNN \\& ViT backbone design, Mixture of experts \\& conditional computation}',
        '}',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${entry}\n`);
    const topicBib = page.getByRole('region', { name: 'Cite' }).getByRole('link', { name: 'CNN & ViT backbone design' });
    expect(await topicBib.getAttribute('href')).toBe('/topics/cnn-vit-backbones/papers.bib');
    expect(errors).toEqual([]);
  });

  it('says what citation managers and link previews read', async () => {
    const { page } = await open(GATECONV);
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).first().getAttribute('content');
    expect(await meta('citation_title')).toBe('GateConv: Gated Kernel Mixing for Cheap Inference');
    expect(await meta('citation_abstract')).toMatch(/^Convolutional kernels are usually shared by every image/);
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:title')).toBe('GateConv: Gated Kernel Mixing for Cheap Inference · Paper Atlas');
    expect(await meta('twitter:card')).toBe('summary');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/papers\/gateconv-gated-kernel-mixing-for-cheap-inference\/$/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'GateConv: Gated Kernel Mixing for Cheap Inference',
      keywords: ['CNN & ViT backbone design', 'Mixture of experts & conditional computation'],
    });
    expect(jsonLd.abstract).toContain('81.2% accuracy');
  });

  it('leads back to its topic and on to the previous and next papers', async () => {
    const { page } = await open(GATECONV);
    const pager = page.getByRole('navigation', { name: 'More papers' });
    const next = pager.locator('a[rel="next"]');
    const nextTitle = (await next.locator('span').nth(1).textContent())!.trim();
    await next.click();
    await page.waitForURL((url) => url.pathname !== GATECONV);
    expect((await page.locator('h1').textContent())!.trim()).toBe(nextTitle);
    await page.locator('.paper-pager a[rel="prev"]').click();
    await page.waitForURL((url) => url.pathname === GATECONV);
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'CNN & ViT backbone design' }).click();
    await page.waitForURL(/\/topics\/cnn-vit-backbones\/$/);
  });

  it('loads the KaTeX stylesheet only when it shows math', async () => {
    const { page } = await open(MATH);
    expect(await page.locator('link[href$="katex.min.css"]').count()).toBe(1);
    expect(await page.locator('h1 .katex').count()).toBeGreaterThan(0);
    await page.goto(site.url(GATECONV));
    expect(await page.locator('link[href$="katex.min.css"]').count()).toBe(0);
  });

  it('shows math in lists of titles as MathML the browser typesets, once, without KaTeX’s stylesheet', async () => {
    const { page } = await open('/');
    expect(await page.locator('link[href$="katex.min.css"]').count()).toBe(0);
    const title = page.locator(`.paper-list a.title[href="${MATH}"]`);
    expect(await title.locator('math').count()).toBe(1);
    expect(await title.locator('.katex-html').count()).toBe(0);
    // "1/n" once (n in math italic), not once per rendering
    expect(await title.innerText()).toMatch(/^Quaternion Layers with\s*1\s*\/\s*(n|𝑛)\s*of the Parameters$/u);
    // MathML is laid out as math: the formula has a box of its own
    expect(await title.locator('math').evaluate((m) => m.getBoundingClientRect().width)).toBeGreaterThan(5);
  });
});

describe('scripts on paper and topic pages', () => {
  /** The search shortcut's bootstrap may load before search opens; nothing else. */
  const BOOTSTRAP_BUDGET = 4 * 1024;

  it.each([GATECONV, '/topics/peft/'])('%s runs only the inline theme script and the tiny search bootstrap until search opens', async (path) => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const { page, errors } = await site.newPage(context);
    const scripts: { path: string; bytes: Promise<number> }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' || /pagefind/.test(response.url())) {
        scripts.push({ path: new URL(response.url()).pathname, bytes: response.body().then((b) => b.length, () => 0) });
      }
    });
    await page.goto(site.url(path), { waitUntil: 'networkidle' });
    const before = scripts.map((s) => s.path);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((p) => p.startsWith('/_astro/')), before.join(', ')).toBe(true);
    const bytes = (await Promise.all(scripts.map((s) => s.bytes))).reduce((a, b) => a + b, 0);
    expect(bytes, `scripts before search: ${before.join(', ')}`).toBeLessThanOrEqual(BOOTSTRAP_BUDGET);
    // the only inline script is the theme script (JSON-LD is data, not code)
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(1);
    expect(scripts.some((s) => s.path.includes('pagefind'))).toBe(false);

    await page.keyboard.press('/');
    await expect.poll(() => scripts.some((s) => s.path.includes('pagefind'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the theme', () => {
  const THEMED_BODY = () => {
    // Records the theme when <body> starts: anything painted later already has it.
    (window as unknown as { themeAtBody: string | undefined }).themeAtBody = 'no body yet';
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  };

  it('follows the system until the reader picks one, then remembers it with no flash on the next page', async () => {
    const { page, errors } = await open(GATECONV, { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(17, 20, 24)');
    expect(await page.evaluate(() => localStorage.getItem('paper-atlas-theme'))).toBe('dark');

    await page.addInitScript(THEMED_BODY);
    await page.goto(site.url('/topics/'));
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe('rgb(255, 255, 255)');

    // choosing what the system shows anyway goes back to following the system
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => localStorage.getItem('paper-atlas-theme'))).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('starts dark on a dark system, with the toggle pressed', async () => {
    const { page } = await open(GATECONV, { colorScheme: 'dark' });
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(17, 20, 24)');
  });

  it('hides the buttons that need JavaScript from readers without it, and keeps the BibTeX', async () => {
    const { page } = await open(GATECONV, { javaScriptEnabled: false });
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    expect(await page.locator('[data-copy]').isVisible()).toBe(false);
    expect(await page.locator('#bibtex').isVisible()).toBe(true);
  });
});

describe('print and phone layouts', () => {
  it('prints the paper in black on white without the site around it, even in the dark theme', async () => {
    const { page } = await open(GATECONV, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.paper-pager', '.paper-find', '[data-copy]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('[data-abstract]').isVisible()).toBe(true);
    expect(await page.locator('#bibtex').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    // the code button prints its address
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('.paper-links a')!, '::after').content);
    expect(after).toContain(CODE);
  });

  it.each(['/', GATECONV, MATH, '/topics/', '/topics/peft/'])('%s fits a phone screen without sideways scrolling', async (path) => {
    const { page } = await open(path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
