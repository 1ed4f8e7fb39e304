import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { FIXTURE_PAPERS, fixtureSite } from './support/fixture-catalog.ts';

const fixture = fixtureSite();
const DIST = fixture.site;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Script types a browser runs; anything else (`application/json`, `application/ld+json`) is data. */
const RUNNABLE = /^(|module|(text|application)\/(java|ecma)script)$/i;

interface PageFacts {
  path: string;
  policies: string[];
  /** Whether the policy sits in <head>, so it governs all of <body>, where content goes. */
  policyInHead: boolean;
  /** Scripts and stylesheets before the policy, which it does not govern: they must be the site's own. */
  before: string[];
  inlineScripts: string[];
  inlineStyles: string[];
  styleAttributes: string[];
  handlers: string[];
}

function facts(path: string): PageFacts {
  const tree = fromHtml(readFileSync(join(DIST, path), 'utf8')) as Root;
  const out: PageFacts = { path, policies: [], policyInHead: false, before: [], inlineScripts: [], inlineStyles: [], styleAttributes: [], handlers: [] };
  visit(tree, 'element', (node: Element, _index, parent) => {
    const p = node.properties;
    if (node.tagName === 'meta' && String(p['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') {
      out.policies.push(String(p['content']));
      out.policyInHead = (parent as Element | undefined)?.tagName === 'head';
    }
    if (out.policies.length === 0 && node.tagName === 'script') out.before.push(p['src'] === undefined ? 'inline script' : String(p['src']));
    if (out.policies.length === 0 && node.tagName === 'link' && String(p['rel']).includes('stylesheet')) out.before.push(String(p['href']));
    if (node.tagName === 'script' && p['src'] === undefined && RUNNABLE.test(String(p['type'] ?? ''))) out.inlineScripts.push(toString(node));
    if (node.tagName === 'style') out.inlineStyles.push(toString(node));
    if (typeof p['style'] === 'string') out.styleAttributes.push(p['style']);
    out.handlers.push(...Object.keys(p).filter((k) => /^on[a-z]/.test(k)).map((k) => `${node.tagName}.${k}`));
  });
  return out;
}

function directive(policy: string, name: string): string[] {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1) ?? [];
}

describe('the built site’s Content-Security-Policy', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html')).sort().map(facts);

  it('is sent by every page, once, in <head>, so it governs all of <body>', () => {
    expect(pages.length).toBeGreaterThan(fixture.entries.length);
    expect(pages.filter((p) => p.policies.length !== 1).map((p) => p.path)).toEqual([]);
    expect(pages.filter((p) => !p.policyInHead).map((p) => p.path)).toEqual([]);
    // Astro writes the policy at the end of <head>; what Base.astro puts above it (the
    // theme script, KaTeX's stylesheet) is the site's own: inline and hashed, or same-origin
    expect(pages.flatMap((p) => p.before).filter((src) => src !== 'inline script' && !/^\/[^/]/.test(src))).toEqual([]);
  });

  it('allows no inline script except by hash, and no eval', () => {
    for (const page of pages) {
      const scripts = directive(page.policies[0]!, 'script-src');
      expect(scripts).toContain("'self'");
      expect(scripts.filter((s) => /^'unsafe-(inline|eval|hashes)'$/.test(s))).toEqual([]);
      expect(directive(page.policies[0]!, 'default-src')).toEqual(["'self'"]);
      expect(directive(page.policies[0]!, 'object-src')).toEqual(["'none'"]);
      for (const script of page.inlineScripts) expect(scripts, `inline script in ${page.path}`).toContain(hash(script));
      expect(page.handlers, `event handler attributes in ${page.path}`).toEqual([]);
    }
  });

  it('allows inline styles only by hash: every <style> and style attribute in the pages is listed', () => {
    for (const page of pages) {
      const styles = directive(page.policies[0]!, 'style-src');
      expect(styles).not.toContain("'unsafe-inline'");
      for (const style of [...page.inlineStyles, ...page.styleAttributes]) expect(styles, `style in ${page.path}`).toContain(hash(style));
    }
  });
});

describe('the policy in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite(DIST);
  });
  afterAll(async () => {
    await site?.close();
  });

  /** A page that records every CSP violation (the listener is added by the browser, not the page, so CSP does not block it). */
  async function open(path: string): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
    // a context of its own, where service workers may register (as in a reader's browser)
    const { page, errors } = await site.newPage(await site.browser.newContext());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} ${e.sample}`));
    });
    await page.goto(site.url(path), { waitUntil: 'networkidle' });
    return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
  }

  it.each([
    '/',
    '/topics/',
    '/topics/by-name/',
    '/topics/lora/',
    '/graph/',
    FIXTURE_PAPERS.marchnet,
    FIXTURE_PAPERS.gateconv,
    '/no-such-page/',
  ])(
    'blocks nothing the site itself needs on %s',
    async (path) => {
      const { page, errors, violations } = await open(path);
      expect(await violations()).toEqual([]);
      expect(errors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
      await page.context().close();
    },
  );

  it('lets Pagefind load its WebAssembly and answer a search', async () => {
    const { page, errors, violations } = await open('/search/?q=GateConv');
    await page.locator('#search-page-results a.search-result').first().waitFor();
    expect(await page.locator('#search-page-results a.search-result').first().textContent()).toContain('GateConv');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the search dialog open and answer, and the service worker register', async () => {
    const { page, errors, violations } = await open('/topics/');
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').pressSequentially('GateConv', { delay: 20 });
    await expect.poll(() => page.locator('#search-dialog-results [role="option"]').first().textContent()).toContain('GateConv');
    // registered under worker-src 'self' (installing it precaches the whole site: not waited for here)
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('applies KaTeX’s hashed style attributes, so math in titles is laid out', async () => {
    const { page, violations } = await open(FIXTURE_PAPERS.newton);
    const superscript = page.locator('h1 .katex [style*="top:-3.063em"]').first();
    expect(await superscript.evaluate((el) => getComputedStyle(el).top)).toMatch(/^-\d+(\.\d+)?px$/);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('refuses an inline script and a style attribute that slipped into a page', async () => {
    const { page, violations } = await open(FIXTURE_PAPERS.marchnet);
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const span = document.createElement('span');
      span.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(span);
      return { ran: (window as unknown as { __injected?: boolean }).__injected === true, color: getComputedStyle(span).color };
    });
    expect(outcome).toEqual({ ran: false, color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/) });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^style-src-attr blocked inline/)]);
    await page.context().close();
  });
});
