import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planOffline } from '../../../src/offline/build/offline-plan.ts';
import type { FilesListing, OfflineStatus } from '../../../src/offline/files.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A built site of the given files (path → size in bytes, filled with one letter). */
function site(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-plan-'));
  dirs.push(dir);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), 'x'.repeat(bytes));
  }
  return dir;
}

const FILES = {
  '_astro/app.1a2b.css': 500,
  '404.html': 100,
  'offline/index.html': 100,
  'index.html': 200,
  'topics/x/index.html': 200,
  'pagefind/pagefind.js': 300,
  'pagefind/index/en_1.pf_index': 400,
  'papers/a/index.html': 600,
  'papers/b/index.html': 600,
  'rss.xml': 900,
  'sw.js': 50,
};

describe('planOffline', () => {
  it('lists every offline file with its size, splits at the budget and writes the listing and status', async () => {
    const dir = site(FILES);
    const plan = await planOffline(dir, 1000);
    const listing = JSON.parse(readFileSync(join(dir, 'offline/files.json'), 'utf8')) as FilesListing;
    const status = JSON.parse(readFileSync(join(dir, 'offline/status.json'), 'utf8')) as OfflineStatus;
    // feeds and the service worker are not offline files
    expect(listing.entries.map((e) => e[0])).toEqual(Object.keys(FILES).filter((p) => p !== 'rss.xml' && p !== 'sw.js').sort());
    expect(listing.bytes).toBe(3000);
    expect(listing.files).toBe(9);
    // shell 1000 (css, 404, offline page, pagefind.js), then home, topic and index chunk (800) of the 1000-byte budget
    expect(listing.entries.filter((e) => e[3] === 1).map((e) => e[0])).toEqual([
      '404.html',
      '_astro/app.1a2b.css',
      'index.html',
      'offline/index.html',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind.js',
      'topics/x/index.html',
    ]);
    expect(status).toEqual({ version: listing.version, files: 9, bytes: 3000, precachedFiles: 7, precachedBytes: 1800, complete: false });
    // revisions: a content hash, except where the name holds one
    const revision = Object.fromEntries(listing.entries.map((e) => [e[0], e[2]]));
    expect(revision['_astro/app.1a2b.css']).toBeNull();
    expect(revision['pagefind/index/en_1.pf_index']).toBeNull();
    expect(revision['papers/a/index.html']).toMatch(/^[0-9a-f]{32}$/);
    expect(revision['papers/a/index.html']).toBe(revision['papers/b/index.html']);
    // the service worker precaches the split and the status file
    expect(plan.manifest.map((m) => m.url)).toEqual([...plan.split.precache.map((f) => f.path), 'offline/status.json']);
  });

  it('gives a new version when one file changes, and the same one when nothing does', async () => {
    const dir = site(FILES);
    const first = (await planOffline(dir, 1000)).status.version;
    expect((await planOffline(dir, 1000)).status.version).toBe(first);
    writeFileSync(join(dir, 'papers/a/index.html'), 'y'.repeat(600));
    const changed = await planOffline(dir, 1000);
    expect(changed.status.version).not.toBe(first);
    expect(changed.status.bytes).toBe(3000);
  });

  it('precaches the whole site when it fits', async () => {
    const plan = await planOffline(site(FILES), 10_000);
    expect(plan.status.complete).toBe(true);
    expect(plan.status.precachedFiles).toBe(9);
  });
});
