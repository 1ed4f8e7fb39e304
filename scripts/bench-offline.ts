/**
 * `npm run bench:offline [-- --papers seed|N] [--budget MB] [--no-build] [--no-update]`:
 * what offline reading costs a reader. Builds the seed catalog or N synthetic papers in
 * a scratch project (see scripts/lib/offline-fixture.ts; default: the seed) with the
 * given offline budget (default: the build's, 10 MB), serves it like a static host (gzip),
 * and in Chromium measures:
 *   - a first visit: what the service worker fetches (over HTTP) and stores;
 *   - "Make available offline" on /offline/: what the save fetches and stores, and its time;
 *   - then, with the network off, a search by title for each of 20 random papers;
 *   - an update: one paper's abstract changed and the catalog rebuilt, what the new service
 *     worker fetches, and what updating the saved copy fetches.
 * Figures are printed, never asserted. The scratch project is kept for --no-build.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumProfile } from './lib/browser.ts';
import { parseFlags, readCommandLine, UsageError, wholeNumber } from './lib/command-line.ts';
import { buildFixture, fixtureDir, prepareFixture, type FixtureOptions } from './lib/offline-fixture.ts';
import { startStaticServer } from './lib/static-server.ts';
import { catalogPaths } from '../src/content/paths.ts';
import { mulberry32 } from '../src/shared/prng.ts';
import { FILES_LISTING, fileUrl, type FilesListing, type OfflineStatus } from '../src/offline/files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Issue 15's bars. */
const BAR = { firstVisitAt10k: 12 * 1024 * 1024, updateShare: 0.01 };

interface Options extends FixtureOptions {
  build: boolean;
  update: boolean;
}

function readOptions(args: readonly string[]): Options {
  const flags = parseFlags(
    { papers: { type: 'string' }, budget: { type: 'string' }, 'no-build': { type: 'boolean', default: false }, 'no-update': { type: 'boolean', default: false } },
    args,
  );
  const papers = flags.papers === undefined || flags.papers === 'seed' ? 'seed' : wholeNumber('--papers', flags.papers, 0, { min: 1 });
  const budgetMb = flags.budget === undefined ? undefined : Number(flags.budget);
  if (budgetMb !== undefined && !(budgetMb >= 0)) throw new UsageError(`--budget takes megabytes, a number of at least 0, got '${flags.budget}'`);
  return { papers, ...(budgetMb === undefined ? {} : { budgetMb }), build: !flags['no-build'], update: !flags['no-update'] };
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 2 : 1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (n: number) => n.toLocaleString('en-US');
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(part / whole < 0.01 ? 3 : 1)} %`;

/** Requests and their bytes over HTTP (encoded), from the service worker or from pages, while `on`. */
class Meter {
  on: 'worker' | 'page' | undefined;
  requests = 0;
  bytes = 0;
  private pending: Promise<unknown>[] = [];
  constructor(context: BrowserContext) {
    context.on('requestfinished', (request) => {
      const fromWorker = request.serviceWorker() !== null;
      if (this.on === undefined || (this.on === 'worker') !== fromWorker) return;
      this.requests += 1;
      this.pending.push(request.sizes().then((s) => void (this.bytes += s.responseBodySize), () => undefined));
    });
  }
  start(on: 'worker' | 'page'): void {
    this.on = on;
    this.requests = 0;
    this.bytes = 0;
    this.pending = [];
  }
  async stop(): Promise<{ requests: number; bytes: number }> {
    this.on = undefined;
    await Promise.all(this.pending);
    return { requests: this.requests, bytes: this.bytes };
  }
}

/**
 * What the site's caches hold: files and bytes. A cache too large to list (Chromium:
 * "Operation too large", at ~20,000 entries) is counted by looking up each of `paths`
 * (the site-relative URLs of the build's file listing, see `listedPaths`) in it.
 */
function stored(page: Page, paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  // No functions assigned to names inside: the page has no `__name`, which tsx's keepNames would call.
  return page.evaluate(async (listed) => {
    let files = 0;
    let bytes = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      let requests: readonly Request[] | undefined;
      try {
        requests = await cache.keys();
      } catch {
        requests = undefined;
      }
      if (requests === undefined) {
        for (const path of listed) {
          const response = await cache.match(new URL(path, location.origin).href);
          if (response === undefined) continue;
          files += 1;
          bytes += (await response.blob()).size;
        }
        continue;
      }
      for (const request of requests) {
        files += 1;
        bytes += (await (await cache.match(request))!.blob()).size;
      }
    }
    return { files, bytes };
  }, paths);
}

/** The URL path of every file in the build's listing (`offline/files.json`), as the site serves it. */
function listedPaths(site: string): string[] {
  const listing = JSON.parse(readFileSync(join(site, FILES_LISTING), 'utf8')) as FilesListing;
  return [...new Set(listing.entries.map(([path]) => `/${fileUrl(path)}`))];
}

/** A save that makes no progress for this long has stalled (the page itself gives up on a file after 60 s). */
const STALL_MS = 180_000;
/** How often the benchmark presses "Resume saving" after the page reports a stalled file. */
const MAX_RESUMES = 5;

/**
 * Waits until /offline/ says the whole catalog is saved, printing its progress line every
 * 30 s, and returns how often it had to resume: when the page reports a file that did not
 * finish, it presses "Resume saving", as a reader would (up to MAX_RESUMES times). Throws
 * with what the page says when the save stops otherwise (a quota error, a failure) or its
 * progress stands still for STALL_MS.
 */
async function waitForSave(page: Page): Promise<number> {
  const read = () =>
    page.evaluate(() => ({
      summary: document.querySelector('[data-offline-summary]')?.textContent ?? '',
      progress: document.querySelector('[data-offline-progress]')?.textContent ?? '',
      message: document.querySelector('[data-offline-message]')?.textContent ?? '',
    }));
  let last = '';
  let moved = Date.now();
  let told = Date.now();
  let resumes = 0;
  for (;;) {
    const state = await read();
    if (state.summary.includes('The whole catalog is saved')) return resumes;
    if (state.message.includes('did not finish') && resumes < MAX_RESUMES) {
      // What a reader does when the page says a file stalled: press "Resume saving".
      resumes += 1;
      console.log(`  saving stopped (${state.progress}): ${state.message} Resuming (${resumes}).`);
      await page.locator('[data-offline-save]', { hasText: 'Resume saving' }).click();
      [last, moved] = ['', Date.now()];
      continue;
    }
    if (state.message !== '') throw new Error(`the save stopped: ${state.message} (progress: ${state.progress})`);
    if (state.progress !== last) [last, moved] = [state.progress, Date.now()];
    else if (Date.now() - moved > STALL_MS) throw new Error(`the save made no progress for ${STALL_MS / 1000} s (progress: ${state.progress || 'none'})`);
    if (Date.now() - told >= 30_000) {
      console.log(`  saving: ${state.progress}`);
      told = Date.now();
    }
    await page.waitForTimeout(1_000);
  }
}

/** How many papers, picked at random (a fixed seed), the saved copy must find offline by title. */
const SEARCHED = 20;

/**
 * With the network off: opens SEARCHED random paper pages (their title is what the page
 * shows) and searches for each title on the search page, counting those whose page is
 * among the results. Prints each miss.
 */
async function searchOffline(page: Page, origin: string, site: string, context: BrowserContext): Promise<number> {
  const slugs = readdirSync(join(site, 'papers'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z0-9]/.test(d.name) && existsSync(join(site, 'papers', d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
  const random = mulberry32(20_261_204);
  const picked = new Set<string>();
  while (picked.size < Math.min(SEARCHED, slugs.length)) picked.add(slugs[Math.floor(random() * slugs.length)]!);
  await context.setOffline(true);
  let found = 0;
  const started = Date.now();
  try {
    for (const slug of picked) {
      const url = `/papers/${slug}/`;
      await page.goto(`${origin}${url}`);
      const title = ((await page.locator('h1').first().textContent()) ?? '').trim();
      await page.goto(`${origin}/search/?q=${encodeURIComponent(title)}`);
      const hit = page.locator(`#search-page-results a.search-result[href="${url}"], #search-page-results a.search-result[href^="${url}?"]`).first();
      const ok = await hit.waitFor({ timeout: 30_000 }).then(() => true, () => false);
      if (ok) found += 1;
      else console.log(`  offline search: "${title}" did not find ${url}`);
    }
  } finally {
    await context.setOffline(false);
  }
  console.log(`Offline search: ${found} of ${picked.size} random papers found by their title, network off, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return found;
}

/** Changes one paper's abstract in the scratch catalog: its entry's last line gets one more sentence. */
function changeOnePaper(dir: string): string {
  const papers = catalogPaths(dir).papers;
  const name = readdirSync(papers).filter((n) => n.endsWith('.mdx')).sort()[0]!;
  const text = readFileSync(join(papers, name), 'utf8').trimEnd();
  writeFileSync(join(papers, name), `${text} Further details follow in the appendix.\n`);
  return name;
}

async function main(): Promise<void> {
  const options = readCommandLine('npm run bench:offline', 'npm run bench:offline [-- --papers seed|N] [--budget MB] [--no-build] [--no-update]', readOptions);
  const dir = fixtureDir(options);
  const label = `${options.papers === 'seed' ? 'the seed catalog' : `${count(options.papers)} synthetic papers`}, budget ${options.budgetMb === undefined ? 'default (10 MB)' : `${options.budgetMb} MB`}`;
  console.log(`Offline benchmark: ${label}, in ${dir}`);
  if (options.build) {
    const started = Date.now();
    prepareFixture(ROOT, options);
    await buildFixture(dir, options.budgetMb);
    console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const site = join(dir, 'dist');
  const statusOf = () => JSON.parse(readFileSync(join(site, 'offline/status.json'), 'utf8')) as OfflineStatus;
  const status = statusOf();
  console.log(`  catalog: ${count(status.files)} files, ${mb(status.bytes)}; the build precaches ${count(status.precachedFiles)} files, ${mb(status.precachedBytes)}${status.complete ? ' (all of it)' : ''}`);

  const server = await startStaticServer(site);
  // A profile on disk, as a reader's browser has: a throwaway context keeps stored bodies in memory.
  const profile = mkdtempSync(join(tmpdir(), 'paper-atlas-bench-offline-profile-'));
  const context = await launchChromiumProfile(profile);
  try {
    const meter = new Meter(context);
    const page = await context.newPage();

    meter.start('worker');
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 600_000 }).catch(async (error: unknown) => {
      const state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { active: r?.active?.state, installing: r?.installing?.state, waiting: r?.waiting?.state, caches: await caches.keys() };
      });
      throw new Error(`the service worker never took control (${JSON.stringify(state)}, ${meter.requests} requests so far)`, { cause: error });
    });
    const first = await meter.stop();
    const afterFirst = await stored(page, listedPaths(site));
    console.log(`\nFirst visit: stores ${count(afterFirst.files)} files, ${mb(afterFirst.bytes)} (${pct(afterFirst.bytes, status.bytes)} of the catalog); over HTTP ${mb(first.bytes)} in ${count(first.requests)} requests`);

    let saved = afterFirst;
    if (!status.complete) {
      await page.goto(`${server.url}/offline/`);
      const save = page.locator('[data-offline-save]');
      await save.waitFor();
      const started = Date.now();
      meter.start('page');
      await save.click();
      const resumed = await waitForSave(page);
      const full = await meter.stop();
      saved = await stored(page, listedPaths(site));
      console.log(
        `Make available offline: ${count(full.requests)} requests, ${mb(full.bytes)} over HTTP, in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `now stored: ${count(saved.files)} files, ${mb(saved.bytes)}${resumed > 0 ? `; resumed ${resumed} time${resumed === 1 ? '' : 's'} after a stalled file` : ''}`,
      );
    } else console.log('Make available offline: nothing to do, the first visit stored the whole catalog');
    const found = await searchOffline(page, server.url, site, context);


    if (options.update) {
      const where = changeOnePaper(dir);
      const started = Date.now();
      await buildFixture(dir, options.budgetMb);
      console.log(`\nUpdate: one abstract changed (${where}), rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const next = statusOf();
      if (next.version === status.version) throw new Error('the rebuild changed no file: the benchmark changed the wrong place');
      meter.start('worker');
      await page.goto(`${server.url}/`);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await page.locator('[data-update-notice]').waitFor({ timeout: 600_000 });
      const worker = await meter.stop();
      console.log(`  new service worker: ${count(worker.requests)} requests, ${kb(worker.bytes)} over HTTP (sw.js included); the "new version" notice shows`);
      await Promise.all([page.waitForEvent('load'), page.locator('[data-update-notice] button').click()]);
      let copy = { requests: 0, bytes: 0 };
      if (!next.complete) {
        await page.goto(`${server.url}/offline/`);
        const save = page.locator('[data-offline-save]', { hasText: 'Update the offline copy' });
        await save.waitFor();
        meter.start('page');
        await save.click();
        await page.locator('[data-offline-summary]', { hasText: 'The whole catalog is saved' }).waitFor({ timeout: 600_000 });
        copy = await meter.stop();
        console.log(`  updating the saved copy: ${count(copy.requests)} requests, ${kb(copy.bytes)} over HTTP (the listing included)`);
      }
      const total = worker.bytes + copy.bytes;
      console.log(`  update in all: ${kb(total)} over HTTP = ${pct(total, saved.bytes)} of the ${mb(saved.bytes)} saved (bar: ≤ ${BAR.updateShare * 100} %)`);
    }
    if (options.papers === 10_000) {
      console.log(`\nBar (10,000 papers): first visit ≤ ${mb(BAR.firstVisitAt10k)} stored: ${afterFirst.bytes <= BAR.firstVisitAt10k ? 'met' : '**not met**'}`);
      console.log(`Bar (10,000 papers): after "Make available offline", search finds each of ${SEARCHED} random papers by title offline: ${found === SEARCHED ? 'met' : `**not met** (${found} of ${SEARCHED})`}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
