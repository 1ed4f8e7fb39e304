import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEnv, PROJECT, removeTempProjects, tempProject } from '../check/support/temp-project.ts';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { checkInternalLinks } from '../support/internal-links.ts';

/**
 * A maintainer imports exports from Zotero, Google Scholar, DBLP and JabRef into a fresh
 * catalog, builds it, and readers and machines see the authors, venues and years.
 */
const FIXTURES = join(PROJECT, 'test', 'fixtures', 'bibliography');
const FILES = ['zotero-better-bibtex.bib', 'google-scholar.bib', 'dblp.bib', 'jabref.bib'].map((f) => join(FIXTURES, f));

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 AA violations axe finds on `path` (the page's CSP would refuse axe's script, so the context bypasses it). */
async function axeViolations(path: string, ready?: (page: Page) => Promise<unknown>): Promise<string[]> {
  const context = await site.browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const { page } = await site.newPage(context);
  await page.goto(site.url(path));
  await ready?.(page);
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  await context.close();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The /search/ page at `address` (no service worker), once it shows the results for `shown`, the query in its box. */
async function openSearch(address: string, shown: string) {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const { page, errors } = await site.newPage(context);
  await page.goto(site.url(address));
  await page.locator(`main [data-search-panel][data-shown-query="${shown}"]`).waitFor({ state: 'attached' });
  return { context, page, errors };
}

/** The /search/ page's results for `query`, once they are on screen. */
async function searchResults(query: string): Promise<string[]> {
  const { context, page, errors } = await openSearch(`/search/?q=${encodeURIComponent(query)}`, query);
  const hrefs = await page.locator('main [data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(errors).toEqual([]);
  await context.close();
  return hrefs;
}

let root: string;
let site: Site;
const steps: Record<string, { status: number | null; output: string }> = {};

function npm(...args: string[]) {
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 240_000, env: commandEnv() });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  root = tempProject({ topics: readFileSync(join(PROJECT, 'content', 'topics.yaml'), 'utf8') });
  steps['import'] = npm('run', 'import', '--', ...FILES);
  steps['again'] = npm('run', 'import', '--', ...FILES);
  steps['check'] = npm('run', 'check');
  steps['build'] = npm('run', 'build');
  if (steps['build'].status === 0) site = await openSite(join(root, 'dist'));
});
afterAll(async () => {
  await site?.close();
  removeTempProjects();
});

describe('npm run import, then the site', () => {
  it('imports every paper once, a second import adds nothing, and check and build pass', () => {
    expect(steps['import']!.output).toContain('import: 11 entries read, 8 created, 3 already present, 0 skipped');
    expect(steps['import']!.status).toBe(0);
    expect(steps['again']!.output).toContain('import: 11 entries read, 0 created, 11 already present, 0 skipped, 0 warnings');
    expect(steps['check']!.status, steps['check']!.output).toBe(0);
    expect(steps['build']!.status, steps['build']!.output.slice(-2000)).toBe(0);
  });

  it("a paper page carries citation_* tags, JSON-LD Persons and a byline linking each author", async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/papers/attention-is-all-you-need/'));
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect((await meta('citation_author')).slice(0, 2)).toEqual(['Ashish Vaswani', 'Noam Shazeer']);
    expect(await meta('citation_author')).toHaveLength(8);
    expect(await meta('citation_publication_date')).toEqual(['2017']);
    expect(await meta('citation_conference_title')).toEqual(['Advances in Neural Information Processing Systems']);
    expect(await meta('citation_journal_title')).toEqual([]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.author[0]).toEqual({ '@type': 'Person', name: 'Ashish Vaswani', familyName: 'Vaswani', givenName: 'Ashish' });
    expect(await page.locator('.byline a').first().getAttribute('href')).toMatch(/\/authors\/ashish-vaswani\/$/);
    expect(await page.locator('.venue').textContent()).toContain('2017');

    await page.goto(site.url('/papers/lora-low-rank-adaptation-of-large-language-models/'));
    expect(await meta('citation_arxiv_id')).toEqual(['2106.09685']);
    expect(await page.locator('.byline').textContent()).toMatch(/et al\.\s*$/);
    expect(errors).toEqual([]);
  });

  it('an author page lists their papers, co-authors and topics', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/authors/ashish-vaswani/'));
    expect(await page.locator('h1').textContent()).toBe('Ashish Vaswani');
    expect(await page.locator('.paper-list a.title').allTextContents()).toEqual(['Attention Is All You Need']);
    const coauthors = await page.getByRole('region', { name: 'Co-authors' }).getByRole('link').allTextContents();
    expect(coauthors.some((c) => c.startsWith('Noam Shazeer'))).toBe(true);
    await page.getByRole('region', { name: 'Co-authors' }).getByRole('link').first().click();
    await page.waitForURL(/\/authors\/[a-z-]+\/$/);
    expect(await page.locator('.paper-list a[href$="/papers/attention-is-all-you-need/"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a paper without an abstract says so', async () => {
    const { page } = await site.newPage();
    await page.goto(site.url('/papers/a-note-without-an-abstract-on-o-n-log-n-sorting/'));
    expect(await page.locator('.no-abstract').textContent()).toContain('No abstract');
  });
});

describe('authors across the site', () => {
  it('/authors/ lists every author by family name with paper counts, linked from the navigation', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authors' }).click();
    await page.waitForURL(/\/authors\/$/);
    expect(await page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]').textContent()).toBe('Authors');
    const rows = await page.locator('.author-index li').allTextContents();
    // Vaswani wrote one paper here, imported from three files; Edward J. Hu two (LoRA, Tensor Programs V)
    expect(rows).toContain('Vaswani, Ashish 1 paper');
    expect(rows.filter((r) => /^Hu, Edward J\.? 2 papers$/.test(r))).toHaveLength(1);
    expect(rows).toContain('OpenAI 2 papers');
    const names = rows.map((r) => r.replace(/ \d+ papers?$/, ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await page.locator('h1').textContent()).toBe('Authors');
    expect(await page.locator('.letters a').first().textContent()).toBe('A');
    await page.locator('.author-index a', { hasText: 'Vaswani, Ashish' }).click();
    await page.waitForURL(/\/authors\/ashish-vaswani\/$/);
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link').textContent()).toBe('Authors');
    expect(errors).toEqual([]);
  });

  it('the authors index is axe-clean', async () => {
    expect(await axeViolations('/authors/')).toEqual([]);
  });

  it('search finds a paper by an author’s name, as written and spelled in ASCII', async () => {
    expect(await searchResults('Shazeer')).toContain('/papers/attention-is-all-you-need/');
    expect(await searchResults('Lukasz Kaiser')).toContain('/papers/attention-is-all-you-need/');
    const muller = await searchResults('Muller');
    expect(muller.some((href) => href.startsWith('/papers/uber-die-'))).toBe(true);
    expect(await searchResults('Radford')).toEqual(['/papers/learning-transferable-visual-models-from-natural-language-supervision/']);
  });

  it('RSS items carry their authors as dc:creator', async () => {
    const xml = await (await fetch(site.url('/rss.xml'))).text();
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    const item = xml.split('<item>').find((i) => i.includes('/papers/attention-is-all-you-need/'))!;
    expect([...item.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => m[1]).slice(0, 3)).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar']);
    const seedless = xml.split('<item>').find((i) => i.includes('/papers/a-note-without-an-abstract-on-o-n-log-n-sorting/'))!;
    expect([...seedless.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => m[1])).toEqual(['Donald E. Knuth', 'Google DeepMind']);
  });
});

describe('a topic page’s papers per year', () => {
  // llm-pretraining holds BERT (2019), CLIP (2021) and GPT-4 (2023)
  const TOPIC = '/topics/llm-pretraining/';

  it('reads as text without JavaScript: each year and its count, empty years included, bars to scale', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const { page } = await site.newPage(context);
    await page.goto(site.url(TOPIC));
    const chart = page.getByRole('region', { name: 'Papers per year' });
    // the text as a screen reader reads it, word breaks included
    const bars = await chart.locator('li').evaluateAll((items) => items.map((li) => li.textContent));
    expect(bars).toEqual(['2019: 1 paper', '2020: 0 papers', '2021: 1 paper', '2022: 0 papers', '2023: 1 paper']);
    const heights = await chart.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('height')));
    expect(heights).toEqual(['100', '0', '100', '0', '100']);
    expect(await chart.locator('p').textContent()).toContain('From 2019 to 2023.');
    // drawn, not only in the markup: a year's bar is as tall as the chart's bars get
    const box = await chart.locator('svg').first().boundingBox();
    expect(box!.height).toBeGreaterThan(40);
    await context.close();
  });

  it('is axe-clean', async () => {
    expect(await axeViolations(TOPIC)).toEqual([]);
  });
});

describe('search filters by a range of years and by venue', () => {
  const BERT = '/papers/bert-pre-training-of-deep-bidirectional-transformers-for-language/';
  const CLIP = '/papers/learning-transferable-visual-models-from-natural-language-supervision/';
  const LORA = '/papers/lora-low-rank-adaptation-of-large-language-models/';
  const shown = (page: Page) => page.locator('main [data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
  const status = (page: Page) => page.locator('main [data-search-status]').textContent();

  it('narrows to the years chosen and to a venue, and the address keeps both', async () => {
    const { context, page, errors } = await openSearch('/search/?q=language', 'language');
    expect(await shown(page)).toEqual(expect.arrayContaining([BERT, CLIP, LORA]));
    // the lists offer the catalog's years once the filter index is in
    const from = page.getByRole('group', { name: 'Filter by year' }).getByLabel('From');
    const to = page.getByRole('group', { name: 'Filter by year' }).getByLabel('to');
    await expect.poll(() => from.locator('option').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining(['any year', '2017', '2019', '2021', '2023']));

    await from.selectOption('2021');
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain('from 2021 on');
    await to.selectOption('2021');
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('2 results from 2021.');
    expect(await shown(page)).toEqual([CLIP, LORA].sort());
    expect(new URL(page.url()).search).toBe('?q=language&from=2021&to=2021');

    // Google Scholar's "arXiv preprint arXiv:2106.09685" is filed under arXiv (venueFilter)
    await page.getByRole('group', { name: 'Filter by venue' }).getByRole('button', { name: /^arXiv/ }).click();
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('1 result in arXiv, from 2021.');
    expect(await shown(page)).toEqual([LORA]);
    expect(new URL(page.url()).search).toBe('?q=language&venue=arXiv&from=2021&to=2021');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a shared address with its filters already applied', async () => {
    const { context, page, errors } = await openSearch('/search/?q=language&from=2019&to=2020', 'language');
    expect(await shown(page)).toEqual([BERT]);
    expect(await status(page)).toBe('1 result from 2019 to 2020.');
    await expect.poll(() => page.getByRole('group', { name: 'Filter by year' }).getByLabel('From').inputValue(), { timeout: 10_000 }).toBe('2019');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the search page axe-clean with year and venue filters shown', async () => {
    expect(await axeViolations('/search/?q=language', (page) => page.getByRole('group', { name: 'Filter by venue' }).getByRole('button').first().waitFor())).toEqual([]);
  });
});

describe('search filters by author', () => {
  const BERT = '/papers/bert-pre-training-of-deep-bidirectional-transformers-for-language/';
  const CLIP = '/papers/learning-transferable-visual-models-from-natural-language-supervision/';
  const LORA = '/papers/lora-low-rank-adaptation-of-large-language-models/';
  // Edward J. Hu wrote LoRA ("Hu, Edward J", Google Scholar) and Tensor Programs V ("Hu, Edward J.", Zotero): one page, one filter value
  const HU = '/authors/edward-j-hu/';
  const shown = (page: Page) => page.locator('main [data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
  const status = (page: Page) => page.locator('main [data-search-status]').textContent();
  const authors = (page: Page) => page.getByRole('group', { name: 'Filter by author' });
  /** The author page's name and papers. */
  async function authorPage(page: Page): Promise<{ name: string; papers: string[] }> {
    await page.goto(site.url(HU));
    const name = (await page.locator('h1').textContent())!;
    const papers = await page.locator('.as-added .paper-list a.title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    return { name, papers };
  }

  it("lists only an author's papers for ?author=, however each paper writes the name, and ANDs it with the years", async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const { page, errors } = await site.newPage(context);
    const { name, papers } = await authorPage(page);
    expect(papers).toHaveLength(2);
    expect(papers).toContain(LORA);

    await page.goto(site.url(`/search/?author=${encodeURIComponent(name)}`));
    await page.locator('main [data-search-panel][data-shown-query=""]').waitFor({ state: 'attached' });
    expect(await shown(page)).toEqual(papers);
    expect(await status(page)).toBe(`2 results by ${name}.`);
    await expect.poll(() => authors(page).locator('[aria-pressed="true"]').getAttribute('data-author'), { timeout: 10_000 }).toBe(name);

    // LoRA is from 2021, Tensor Programs V from 2022
    await page.goto(site.url(`/search/?author=${encodeURIComponent(name)}&from=2022&to=2022`));
    await page.locator('main [data-search-panel][data-shown-query=""]').waitFor({ state: 'attached' });
    expect(await status(page)).toBe(`1 result by ${name}, from 2022.`);
    expect(await shown(page)).toEqual(papers.filter((p) => p !== LORA));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrows the results to the author whose chip is clicked, and the address keeps the author', async () => {
    const { context, page, errors } = await openSearch('/search/?q=language', 'language');
    expect(await shown(page)).toEqual(expect.arrayContaining([BERT, CLIP, LORA]));
    // more authors than chips: the first eight by count, and the rest behind "All N authors"
    const all = authors(page).getByRole('button', { name: /^All \d+ authors$/ });
    await all.waitFor({ timeout: 10_000 });
    expect(await authors(page).locator('[data-author]').count()).toBe(8);
    await all.click();
    await authors(page).getByRole('button', { name: /^Jacob Devlin\b/ }).click();
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('1 result by Jacob Devlin.');
    expect(await shown(page)).toEqual([BERT]);
    expect(new URL(page.url()).searchParams.getAll('author')).toEqual(['Jacob Devlin']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('language');
    expect(await authors(page).locator('[aria-pressed="true"]').getAttribute('data-author')).toBe('Jacob Devlin');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an author page's search link opens the search listing their papers", async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const { page, errors } = await site.newPage(context);
    const { name, papers } = await authorPage(page);
    await page.getByRole('link', { name: 'search their papers' }).click();
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('author') === name);
    await page.locator('main [data-search-panel][data-shown-query=""]').waitFor({ state: 'attached' });
    expect(await shown(page)).toEqual(papers);
    expect(await status(page)).toBe(`2 results by ${name}.`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('lists by year as well as as added', () => {
  const titles = (page: Page, scope = 'main') => page.locator(`${scope} .paper-list a.title`).allTextContents();

  it('the home page links its list by year: years as headings, newest first, every paper once', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/'));
    const asAdded = await titles(page);
    await page.getByRole('navigation', { name: 'Order of the list' }).getByRole('link', { name: 'by year, newest first' }).click();
    await page.waitForURL(/\/by-year\/$/);
    expect(await page.getByRole('navigation', { name: 'Order of the list' }).locator('[aria-current="page"]').textContent()).toBe('by year, newest first');
    expect(await page.locator('main h2').allTextContents()).toEqual(['2023', '2022', '2021', '2020', '2019', '2017']);
    const byYear = await titles(page);
    expect(byYear.toSorted()).toEqual(asAdded.toSorted());
    expect(byYear[byYear.length - 1]).toBe('Attention Is All You Need');
    await page.getByRole('navigation', { name: 'Order of the list' }).getByRole('link', { name: 'as added' }).click();
    await page.waitForURL(site.url('/'));
    expect(errors).toEqual([]);
  });

  it('a topic’s list by year', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/topics/llm-pretraining/'));
    await page.getByRole('navigation', { name: 'Order of the list' }).getByRole('link', { name: 'by year, newest first' }).click();
    await page.waitForURL(/\/topics\/llm-pretraining\/by-year\/$/);
    expect(await titles(page)).toEqual(['GPT-4 Technical Report', 'Learning Transferable Visual Models From Natural Language Supervision', 'BERT: Pre-training of deep bidirectional transformers for language understanding']);
    expect(await page.locator('h1').textContent()).toContain('by year');
    expect(errors).toEqual([]);
  });

  it('an author’s papers by year on the same page, without script', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const { page } = await site.newPage(context);
    await page.goto(site.url('/authors/edward-j-hu/'));
    expect(await page.locator('#by-year').isVisible()).toBe(false);
    const asAdded = await page.locator('.as-added .paper-list a.title').allTextContents();
    await page.getByRole('link', { name: 'by year, newest first' }).click();
    expect(await page.locator('#by-year').isVisible()).toBe(true);
    expect(await page.locator('.as-added').isVisible()).toBe(false);
    expect(await page.locator('#by-year h3').allTextContents()).toEqual(['2022', '2021']);
    const byYear = await page.locator('#by-year .paper-list a.title').allTextContents();
    expect(byYear).toHaveLength(2);
    expect(byYear[0]).toMatch(/^Tensor Programs V/);
    expect(byYear.toSorted()).toEqual(asAdded.toSorted());
    await page.getByRole('link', { name: 'as added' }).click();
    expect(await page.locator('.as-added').isVisible()).toBe(true);
    await context.close();
  });

  it('the by-year pages are axe-clean', async () => {
    expect(await axeViolations('/by-year/')).toEqual([]);
    expect(await axeViolations('/authors/edward-j-hu/#by-year')).toEqual([]);
  });
});

describe('the imported catalog meets the standards checks', () => {
  // the seed catalog has no authors, years or venues: the pages they add are checked here
  it('has no HTML error on any page (Nu HTML Checker)', () => {
    const dist = join(root, 'dist');
    const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    expect(messages.filter((m) => m.type !== 'info').map((m) => `${m.url ? relative(dist, new URL(m.url).pathname) : '?'}:${m.lastLine}: ${m.message}`)).toEqual([]);
  }, 120_000);

  it('leaves no internal link or anchor broken', () => {
    const report = checkInternalLinks(join(root, 'dist'));
    expect(report.broken).toEqual([]);
    expect(report.links).toBeGreaterThan(100);
  });
});

