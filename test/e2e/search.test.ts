import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import type { SuggestableTopic } from '../../src/search/close-topics.ts';
import { queryVariants } from '../../src/search/engine.ts';
import { decodeCbor, type CborValue } from '../../src/search/build/cbor.ts';
import { justBelow } from '../../src/search/build/chunk-ranges.ts';
import { readMetadata, type IndexChunk } from '../../src/search/build/pagefind-metadata.ts';
import { FIXTURE_PAPERS, fixtureSite } from './support/fixture-catalog.ts';

/**
 * Search as a reader meets it, in Chromium on the built fixture catalog: the dialog from the
 * keyboard and the header button, topic filters, opening a result, the shareable
 * /search/ page, and what happens when nothing matches. The service worker is kept out
 * (see offline.test.ts) so every run starts from the network.
 */
const fixture = fixtureSite();
let site: Site;
beforeAll(async () => {
  site = await openSite(fixture.site);
});
afterAll(async () => {
  await site?.close();
});

async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  return site.newPage(context);
}

/** Waits for a value the page reaches by itself, with room for a busy test machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const dialog = (page: Page) => page.locator('[data-search-dialog]');
const input = (page: Page) => page.locator('#search-dialog-input');
const options = (page: Page) => page.locator('#search-dialog-results [role="option"]');
const status = (page: Page) => page.locator('#search-dialog-status');

/** Types like a person and waits until the results on screen are those of the whole query. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await input(page).pressSequentially(text, { delay: 20 });
  await page.locator('[data-search-dialog] [data-search-panel]').and(page.locator(`[data-shown-query="${text}"]`)).waitFor({ state: 'attached' });
}

describe('search on a paper page', () => {
  it('loads only the small bootstrap script until search is opened', async () => {
    const { page, errors } = await freshPage();
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) requests.push(request);
    });
    await page.goto(site.url(FIXTURE_PAPERS.gateconv));
    await page.waitForLoadState('load');
    expect(requests.map((r) => r.url()).filter((url) => url.includes('/pagefind/'))).toEqual([]);
    // the bootstrap and Vite's import helper, nothing else, a couple of KB before compression
    expect(requests.length).toBeGreaterThanOrEqual(1);
    expect(requests.length).toBeLessThanOrEqual(2);
    const bodies = await Promise.all(requests.map(async (r) => (await (await r.response())?.body())?.length ?? 0));
    expect(bodies.reduce((a, b) => a + b, 0)).toBeLessThan(3000);
    expect(errors).toEqual([]);
  });

  it('opens with "/", finds a paper as you type, moves with the arrow keys and closes with Escape', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/topics/'));
    await page.keyboard.press('/');
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');

    await typeQuery(page, 'GateConv');
    await poll(() => options(page).first().locator('.search-result-title').textContent()).toContain('GateConv: Gated Kernel Mixing for Cheap Inference');
    // the first result is active; the search box points at it for screen readers
    expect(await input(page).getAttribute('aria-activedescendant')).toBe(await options(page).first().getAttribute('id'));
    expect(await input(page).getAttribute('aria-expanded')).toBe('true');
    // title words of the query are marked, and the excerpt comes from the abstract
    expect(await options(page).first().locator('.search-result-title mark').first().textContent()).toBe('GateConv');
    const excerpt = options(page).first().locator('.search-result-excerpt');
    expect(await excerpt.locator('mark').first().textContent()).toBe('GateConv');
    // abstract text, not the topic chips' labels
    expect(await excerpt.textContent()).not.toContain('CNN & ViT backbone design');
    // topic chips of the paper
    expect(await options(page).first().locator('.search-result-topics .chip').count()).toBeGreaterThan(0);

    // GateConv finds one paper; a broader query gives the arrow keys somewhere to go
    await input(page).fill('');
    await typeQuery(page, 'pruning');
    expect(await options(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await options(page).nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await input(page).getAttribute('aria-activedescendant')).toBe(await options(page).nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await options(page).first().getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Escape');
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens with Ctrl+K and with the header button, and gives focus back to the button', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('Control+k');
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');

    const button = page.getByRole('button', { name: 'Search' });
    await button.click();
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.getByRole('button', { name: 'Close' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('closes with Escape or its Close button before its code has loaded, and stays closed when the code arrives', async () => {
    const { page, errors } = await freshPage();
    // Hold the dialog's code back, as a slow network would, until the reader has closed it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/dialog\.[\w-]+\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto(site.url('/'));
    await page.keyboard.press('Control+k');
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await poll(() => requested).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    // the header button opens it, and its Close button closes it, with the code still on its way
    await page.getByRole('button', { name: 'Search' }).click({ timeout: 5_000 });
    expect(await dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click({ timeout: 5_000 });
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    release();
    // the code arrives and wires itself up, but does not open the dialog the reader closed
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/live-search\.[\w-]+\.js$/.test(e.name)));
    await page.waitForTimeout(200);
    expect(await dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.getByRole('button', { name: 'Search' }).click({ timeout: 5_000 });
    await poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('filters by a topic with counts, and opens the chosen result with its words highlighted', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('/');
    await typeQuery(page, 'pruning');
    const filters = page.locator('[data-search-dialog] .search-filter');
    await filters.first().waitFor();
    // the fixture, like the seed, has no years, venues or authors: those filters stay out of sight
    expect(await page.locator('[data-search-dialog] [data-search-years]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-dialog] [data-search-venues]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-dialog] [data-search-authors]').isVisible()).toBe(false);
    // the largest topic among the results comes first, with its count
    const first = filters.first();
    const name = await first.getAttribute('data-topic');
    const count = Number(await first.locator('.count').textContent());
    expect(name).toBeTruthy();
    expect(count).toBeGreaterThan(1);

    await first.click();
    await poll(() => status(page).textContent()).toBe(`${count} results in ${name}.`);
    expect(await page.locator('[data-search-dialog] .search-filter[aria-pressed="true"]').getAttribute('data-topic')).toBe(name);
    // every result carries the topic
    const shown = await options(page).count();
    for (let i = 0; i < shown; i++) expect(await options(page).nth(i).textContent()).toContain(name!);

    // open the second result from the keyboard
    await input(page).focus();
    await page.keyboard.press('ArrowDown');
    const target = await options(page).nth(1).getAttribute('href');
    const title = await options(page).nth(1).locator('.search-result-title').textContent();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => target !== null && url.href.endsWith(target));
    expect(page.url()).toContain('highlight=pruning');
    expect((await page.locator('h1').textContent())?.trim()).toBe(title?.replace(/^Topic/, '').trim());
    const marks = page.locator('article mark.search-hit');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).every((word) => /^prun/i.test(word))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says when nothing matches and suggests topics close to the query', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('/');
    await typeQuery(page, 'difusion modles');
    // Pagefind may fall back to words that share a first letter; either way it says so
    await poll(() => status(page).textContent()).toMatch(/^No (results|close matches) for “difusion modles”/);
    const suggested = page.locator('[data-search-dialog] .search-suggestions a.chip');
    await suggested.first().waitFor();
    expect(await suggested.first().textContent()).toMatch(/^Diffusion models/);
    expect(await suggested.first().getAttribute('href')).toBe('/topics/diffusion-models/');
    expect(errors).toEqual([]);
  });

  it('offers the topic first when the query names it', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('/');
    await typeQuery(page, 'diffusion');
    const first = options(page).first();
    expect(await first.locator('.search-result-kind').textContent()).toBe('Topic');
    expect(await first.locator('.search-result-title').textContent()).toBe('TopicDiffusion models');
    expect(await first.getAttribute('href')).toMatch(/^\/topics\/diffusion-models\/\?highlight=diffusion$/);
    expect(errors).toEqual([]);
  });

  it('finds a topic page and papers for an abbreviation their text never uses', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('/');
    await typeQuery(page, 'PEFT');
    const titles = await options(page).locator('.search-result-title').allTextContents();
    expect(titles.some((t) => t.startsWith('Topic') && t.includes('Parameter-efficient fine-tuning'))).toBe(true);
    // at least one paper whose text never writes "PEFT": Pagefind marks no word of its excerpt
    const papers = options(page).filter({ hasNot: page.locator('.search-result-kind') });
    const marksPerPaper = await papers.evaluateAll((links) => links.map((link) => link.querySelectorAll('.search-result-excerpt mark').length));
    expect(marksPerPaper).toContain(0);
    expect(errors).toEqual([]);
  });
});

describe('topic aliases, expanded in the browser', () => {
  /** The alias table the search loads, as the site serves it. */
  async function topicList(page: Page): Promise<SuggestableTopic[]> {
    return (await page.evaluate(`fetch('/search/topics.json').then((r) => r.json())`)) as SuggestableTopic[];
  }
  /** Pages Pagefind finds for the spellings of `query` by their words alone, as a search without the alias table would. */
  async function foundByWords(page: Page, query: string): Promise<Set<string>> {
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const urls = [];
      for (const q of ${JSON.stringify(queryVariants(query))}) {
        const found = await pagefind.search(q);
        for (const hit of found.results) urls.push((await hit.data()).url);
      }
      return urls;
    })()`)) as string[];
    return new Set(urls);
  }

  /** Every result the /search/ page shows for `query`, "more" pressed until there are none, and the topics whose alias it is. */
  async function allResults(page: Page, query: string) {
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.locator('main [data-search-panel]').and(page.locator(`[data-shown-query="${query}"]`)).waitFor({ state: 'attached' });
    const key = query.toLowerCase().replace('μ', 'mu');
    const topics = (await topicList(page)).filter((t) => t.aliases.some((a) => a.toLowerCase().replace('μ', 'mu') === key));
    expect(topics.length).toBeGreaterThan(0);
    const names = new Set(topics.map((t) => t.name));

    // every result on screen, "more" pressed until there are none
    const more = page.locator('main [data-search-more]');
    while (await more.isVisible()) {
      const count = await page.locator('#search-page-results a.search-result').count();
      await more.click();
      await poll(() => page.locator('#search-page-results a.search-result').count()).toBeGreaterThan(count);
    }
    const results = await page.locator('#search-page-results a.search-result').evaluateAll((links) =>
      links.map((link) => ({
        url: new URL((link as HTMLAnchorElement).href).pathname,
        topics: [...link.querySelectorAll('.search-result-topics .chip')].map((chip) => chip.textContent ?? ''),
      })),
    );
    expect(await page.locator('#search-page-status').textContent()).toBe(`${results.length} results.`);
    // the topic's own page, which carries the alias once
    expect(results.some((r) => topics.some((t) => r.url === `/topics/${t.slug}/`))).toBe(true);
    return { results, topics, names };
  }

  it.each(['PEFT', 'NeRF', 'SSM', 'MoE'])('finds papers of the topic "%s" names that only the topic page indexes it for', async (query) => {
    const { page, errors } = await freshPage();
    const { results, names } = await allResults(page, query);
    const byWords = await foundByWords(page, query);
    // papers of the topic that the alias's word reaches in no field of theirs: the topic key found them
    const byKey = results.filter((r) => r.url.startsWith('/papers/') && !byWords.has(r.url));
    expect(byKey.length).toBeGreaterThan(0);
    for (const result of byKey) expect(result.topics.some((t) => names.has(t))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds the same papers for "μP" as for "muP", the topic and its papers among them', async () => {
    const { page, errors } = await freshPage();
    const greek = await allResults(page, 'μP');
    const latin = await allResults(page, 'muP');
    expect(greek.results.map((r) => r.url).sort()).toEqual(latin.results.map((r) => r.url).sort());
    expect(greek.results.filter((r) => r.topics.some((t) => greek.names.has(t))).length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });
});

describe('the index', () => {
  it("holds a paper's abstract as text, its title and topics as metadata and filters, and none of the page around them", async () => {
    const { page, errors } = await freshPage();
    const path = FIXTURE_PAPERS.gateconv;
    await page.goto(site.url(path));
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const title = squash(await page.locator('h1').textContent());
    const abstract = squash(await page.locator('.abstract').textContent());
    const chips = (await page.locator('article ul.chips a').allTextContents()).map(squash);
    // other papers' titles (related, previous and next), the footer: furniture, not this paper
    const furniture = [
      ...(await page.locator('.paper-related a, .paper-pager a').allTextContents()),
      (await page.locator('.site-footer').textContent()) ?? '',
    ]
      .map(squash)
      .filter((text) => text.length > 12);
    expect(furniture.length).toBeGreaterThan(2);
    expect(chips.length).toBeGreaterThan(0);

    // Pagefind's own record of the page, as the search UI receives it. A string, so the
    // test runner leaves the browser's import() alone.
    const record = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('GateConv');
      const all = await Promise.all(found.results.map((hit) => hit.data()));
      return all.find((data) => data.url === ${JSON.stringify(path)});
    })()`)) as { content: string; meta: Record<string, string>; filters: Record<string, string[]> } | undefined;
    expect(record).toBeDefined();
    expect(record!.meta['title']).toBe(title);
    // a paper: no topic_title (that marks topic pages), and topics are its only filter
    expect(record!.meta['topic_title']).toBeUndefined();
    // its topics' keys, not their aliases: those are indexed once, on each topic's page
    const list = (await page.evaluate(`fetch('/search/topics.json').then((r) => r.json())`)) as SuggestableTopic[];
    const keys = [record!.meta['topic_keys'], record!.meta['more_topic_keys']].join(' ').split(' ').filter(Boolean);
    expect(keys.sort()).toEqual(list.filter((t) => chips.includes(t.name)).map((t) => t.key).sort());
    expect(record!.meta['aliases']).toBeUndefined();
    expect(Object.keys(record!.filters)).toEqual(['topic']);
    expect([...(record!.filters['topic'] ?? [])].sort()).toEqual([...chips].sort());
    const content = squash(record!.content);
    expect(content).toContain(abstract.slice(0, 80));
    for (const text of furniture) expect(content).not.toContain(text);
    expect(errors).toEqual([]);
  });
});

/** Pagefind compares words byte by byte in UTF-8. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const holds = (chunk: IndexChunk, word: string) => byteOrder(chunk.from, word) <= 0 && byteOrder(word, chunk.to) <= 0;

/** The words of one index chunk, in order: the first item of each entry of Pagefind's chunk file. */
function chunkWords(bundle: string, hash: string): string[] {
  const data = gunzipSync(readFileSync(join(bundle, 'index', `${hash}.pf_index`))).subarray('pagefind_dcd'.length);
  const [words] = decodeCbor(data) as [[string, ...CborValue[]][]];
  return words.map(([word]) => word);
}

describe('the index chunks (src/search/build/chunk-ranges.ts)', () => {
  it('hold each of their words within their range, and the ranges meet end to end', async () => {
    const bundle = join(fixture.site, 'pagefind');
    const { chunks } = await readMetadata(bundle);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[0]!.from).toBe('');
    expect(chunks.at(-1)!.to).toBe('\u{10FFFF}');
    chunks.forEach((chunk, i) => {
      const words = chunkWords(bundle, chunk.hash);
      expect(words.every((word) => holds(chunk, word)), `${chunk.hash}: ${words[0]} … ${words.at(-1)} outside ${chunk.from} … ${chunk.to}`).toBe(true);
      if (i + 1 < chunks.length) expect(chunk.to).toBe(justBelow(chunks[i + 1]!.from));
    });
  });

  // "tuning" and "matching" have stems ("tune", "match") that end a chunk of the fixture's index, where Pagefind's own ranges stop short of them
  it.each(['tuning', 'matching', 'adaptation', 'pruning'])('load for a first search for %j the chunk that would hold the word, and at most one more (its stem\'s)', async (word) => {
    const { page, errors } = await freshPage();
    const loaded: string[] = [];
    page.on('request', (request) => {
      const chunk = /\/pagefind\/index\/(.+)\.pf_index$/.exec(request.url());
      if (chunk) loaded.push(chunk[1]!);
    });
    await page.goto(site.url('/'));
    await page.evaluate(`import('/pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(word)}))`);
    const { chunks } = await readMetadata(join(fixture.site, 'pagefind'));
    const own = chunks.filter((chunk) => holds(chunk, word)).map((chunk) => chunk.hash);
    expect(own).toHaveLength(1);
    expect(loaded).toContain(own[0]);
    expect(loaded.length).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});

describe('the dialog for assistive technology', () => {
  it.each(['light', 'dark'] as const)('has no WCAG 2.1 AA violation when open with results and filters (%s theme)', async (colorScheme) => {
    // axe is injected as a script; the page's Content-Security-Policy would refuse it
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true, serviceWorkers: 'block' });
    const { page, errors } = await site.newPage(context);
    await page.goto(site.url(FIXTURE_PAPERS.gateconv));
    await page.keyboard.press('/');
    await typeQuery(page, 'pruning');
    await page.locator('[data-search-dialog] .search-filter').first().waitFor();
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ include: [['[data-search-dialog]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the /search/ page', () => {
  it('runs the query in its address on load, with the same results and filters', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/search/?q=state%20space%20models'));
    expect(await page.locator('#search-page-input').inputValue()).toBe('state space models');
    const results = page.locator('#search-page-results a.search-result');
    await results.first().waitFor();
    const titles = await results.locator('.search-result-title').allTextContents();
    expect(titles.slice(0, 5).some((t) => /state space/i.test(t))).toBe(true);
    await page.locator('main .search-filter').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps the address in step with the query and the chosen topic, so it can be shared', async () => {
    const { page, errors } = await freshPage();
    await page.goto(site.url('/search/'));
    await page.locator('#search-page-input').fill('diffusion');
    await page.locator('#search-page-results a.search-result').first().waitFor();
    await poll(() => new URL(page.url()).searchParams.get('q')).toBe('diffusion');
    const filter = page.locator('main .search-filter').first();
    const name = await filter.getAttribute('data-topic');
    await filter.click();
    await poll(() => new URL(page.url()).searchParams.getAll('topic')).toEqual([name]);

    // the shared address opens the same filtered search
    const { page: other } = await freshPage();
    await other.goto(page.url());
    await other.locator('#search-page-results a.search-result').first().waitFor();
    expect(await other.locator(`main .search-filter[aria-pressed="true"]`).getAttribute('data-topic')).toBe(name);
    expect(await other.locator('#search-page-status').textContent()).toBe(await page.locator('#search-page-status').textContent());
    expect(errors).toEqual([]);
  });
});
