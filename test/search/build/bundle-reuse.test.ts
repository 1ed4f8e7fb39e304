import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterHashes, pruneBundle, restoreBundle, setAsideBundle, type BundleKeep } from '../../../src/search/build/bundle-reuse.ts';
import type { PagefindMetadata } from '../../../src/search/build/pagefind-metadata.ts';

/** A project folder with a bundle of `files` (path → text) in dist/pagefind, and where it is kept. */
function project(files: Record<string, string>): { bundle: string; keep: BundleKeep } {
  const root = mkdtempSync(join(tmpdir(), 'bundle-reuse-'));
  const bundle = join(root, 'dist', 'pagefind');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(bundle, path)), { recursive: true });
    writeFileSync(join(bundle, path), text);
  }
  const cache = join(root, '.cache');
  return { bundle, keep: { aside: join(cache, 'search-bundle'), record: join(cache, 'search-bundle.json'), pagefind: 'pagefind 1' } };
}

const metadata = (pages: string[], chunks: string[], filters: [string, string][]): PagefindMetadata => ({
  version: '1.6.0',
  pages: pages.map((hash) => ({ hash, words: 10 })),
  chunks: chunks.map((hash, i) => ({ from: String(i), to: String(i), hash })),
  rest: [filters, [], ['title']],
});

const BUNDLE = {
  'pagefind.js': 'script',
  'pagefind-entry.json': '{}',
  'pagefind.en_1.pf_meta': 'meta',
  'fragment/en_a.pf_fragment': 'page a',
  'fragment/en_b.pf_fragment': 'page b',
  'index/en_x.pf_index': 'chunk x',
  'filter/en_f.pf_filter': 'filter f',
};

describe('the search bundle kept between builds', () => {
  it('is set aside whole before the site is cleared, and nothing happens without one', () => {
    const { bundle, keep } = project(BUNDLE);
    setAsideBundle(bundle, keep);
    expect(existsSync(bundle)).toBe(false);
    expect(readFileSync(join(keep.aside, 'fragment', 'en_a.pf_fragment'), 'utf8')).toBe('page a');
    setAsideBundle(bundle, keep);
    expect(readFileSync(join(keep.aside, 'pagefind.js'), 'utf8')).toBe('script');
  });

  it('after pruning, holds only what the index names, and records it with each size', async () => {
    const { bundle, keep } = project({ ...BUNDLE, 'fragment/en_old.pf_fragment': 'gone', 'index/en_old.pf_index': 'gone', 'filter/en_old.pf_filter': 'gone', 'pagefind.en_0.pf_meta': 'old meta' });
    const deleted = await pruneBundle(bundle, metadata(['en_a', 'en_b'], ['en_x'], [['topic', 'en_f']]), 'pagefind.en_1.pf_meta', keep);
    expect(deleted).toBe(4);
    const record = JSON.parse(readFileSync(keep.record, 'utf8')) as { pagefind: string; files: Record<string, number> };
    expect(record.pagefind).toBe('pagefind 1');
    expect(record.files).toEqual(Object.fromEntries(Object.entries(BUNDLE).map(([path, text]) => [path, text.length]).sort(([a], [b]) => (a! < b! ? -1 : 1))));
    expect(existsSync(join(bundle, 'fragment', 'en_old.pf_fragment'))).toBe(false);
    expect(existsSync(join(bundle, 'pagefind.en_0.pf_meta'))).toBe(false);
  });

  it('is put back for the next run with only the files a finished run recorded, at their sizes', async () => {
    const { bundle, keep } = project(BUNDLE);
    await pruneBundle(bundle, metadata(['en_a', 'en_b'], ['en_x'], [['topic', 'en_f']]), 'pagefind.en_1.pf_meta', keep);
    setAsideBundle(bundle, keep);
    // a run cut short after it: a file it began, and one it left half written
    writeFileSync(join(keep.aside, 'fragment', 'en_c.pf_fragment'), 'page c, half');
    writeFileSync(join(keep.aside, 'fragment', 'en_b.pf_fragment'), 'page');
    expect(await restoreBundle(bundle, keep)).toBe(6);
    expect(existsSync(keep.aside)).toBe(false);
    expect(existsSync(keep.record)).toBe(false);
    expect(readFileSync(join(bundle, 'fragment', 'en_a.pf_fragment'), 'utf8')).toBe('page a');
    expect(existsSync(join(bundle, 'fragment', 'en_b.pf_fragment'))).toBe(false);
    expect(existsSync(join(bundle, 'fragment', 'en_c.pf_fragment'))).toBe(false);
  });

  it('checks a bundle left in place (an index run over a site it indexed before) the same way', async () => {
    const { bundle, keep } = project(BUNDLE);
    await pruneBundle(bundle, metadata(['en_a', 'en_b'], ['en_x'], [['topic', 'en_f']]), 'pagefind.en_1.pf_meta', keep);
    writeFileSync(join(bundle, 'index', 'en_y.pf_index'), 'not recorded');
    expect(await restoreBundle(bundle, keep)).toBe(7);
    expect(existsSync(join(bundle, 'index', 'en_x.pf_index'))).toBe(true);
    expect(existsSync(join(bundle, 'index', 'en_y.pf_index'))).toBe(false);
  });

  it('is not kept without a record, or when another Pagefind wrote it', async () => {
    const first = project(BUNDLE);
    setAsideBundle(first.bundle, first.keep);
    expect(await restoreBundle(first.bundle, first.keep)).toBe(0);
    expect(existsSync(first.bundle)).toBe(false);
    expect(existsSync(first.keep.aside)).toBe(false);

    const second = project(BUNDLE);
    await pruneBundle(second.bundle, metadata(['en_a', 'en_b'], ['en_x'], [['topic', 'en_f']]), 'pagefind.en_1.pf_meta', second.keep);
    setAsideBundle(second.bundle, second.keep);
    expect(await restoreBundle(second.bundle, { ...second.keep, pagefind: 'pagefind 2' })).toBe(0);
    expect(existsSync(second.bundle)).toBe(false);

    // one left in the site with no record goes at once, before anything lists the site
    const third = project(BUNDLE);
    expect(await restoreBundle(third.bundle, third.keep)).toBe(0);
    expect(existsSync(third.bundle)).toBe(false);
  });

  it('refuses filters in a layout it does not know rather than deleting them', () => {
    expect(filterHashes(metadata([], [], [['topic', 'en_f'], ['venue', 'en_g']]))).toEqual(['en_f', 'en_g']);
    expect(filterHashes({ ...metadata([], [], []), rest: [] })).toEqual([]);
    expect(() => filterHashes({ ...metadata([], [], []), rest: [[['topic', 'en_f', 3]]] })).toThrow(/layout this build does not read/);
  });
});
