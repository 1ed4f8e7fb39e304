import { describe, expect, it } from 'vitest';
import { groupOf, splitPrecache, type SiteFile } from '../../../src/offline/build/split-precache.ts';

const file = (path: string, bytes: number): SiteFile => ({ path, bytes });
const paths = (files: readonly SiteFile[]) => files.map((f) => f.path);

describe('groupOf', () => {
  it.each([
    ['_astro/Base.abc123.css', 'shell'],
    ['_astro/bootstrap.def456.js', 'shell'],
    ['katex/fonts/KaTeX_Main-Regular.woff2', 'shell'],
    ['icons/icon-192.png', 'shell'],
    ['favicon.svg', 'shell'],
    ['manifest.webmanifest', 'shell'],
    ['404.html', 'shell'],
    ['search/index.html', 'shell'],
    ['search/topics.json', 'shell'],
    ['offline/index.html', 'shell'],
    ['offline/status.json', 'shell'],
    ['pagefind/pagefind.js', 'shell'],
    ['pagefind/pagefind-entry.json', 'shell'],
    ['pagefind/wasm.en.pagefind', 'shell'],
    ['pagefind/pagefind.en_105b1fc65c.pf_meta', 'shell'],
    ['index.html', 'home'],
    ['topics/index.html', 'topics'],
    ['topics/gans/index.html', 'topics'],
    ['topics/gans/page/2/index.html', 'topics'],
    ['graph/index.html', 'topics'],
    ['pagefind/index/en_1a2b.pf_index', 'search-index'],
    ['pagefind/filter/en_3c4d.pf_filter', 'search-index'],
    ['pagefind/fragment/en_5e6f.pf_fragment', 'search-fragments'],
    ['papers/phnns/index.html', 'papers'],
    ['papers/page/2/index.html', 'other'],
    ['robots.txt', 'other'],
  ])('%s is %s', (path, group) => {
    expect(groupOf(path)).toBe(group);
  });
});

describe('splitPrecache', () => {
  const site = [
    file('papers/b/index.html', 300),
    file('papers/a/index.html', 300),
    file('pagefind/fragment/en_1.pf_fragment', 50),
    file('pagefind/index/en_1.pf_index', 200),
    file('topics/x/index.html', 100),
    file('index.html', 100),
    file('_astro/app.css', 1000),
    file('search/index.html', 80),
    file('papers/page/2/index.html', 90),
  ];

  it('takes the whole site when it fits, in group order', () => {
    const split = splitPrecache(site, 10_000);
    expect(split.complete).toBe(true);
    expect(split.later).toEqual([]);
    expect(paths(split.precache)).toEqual([
      '_astro/app.css',
      'search/index.html',
      'index.html',
      'topics/x/index.html',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_1.pf_fragment',
      'papers/a/index.html',
      'papers/b/index.html',
      'papers/page/2/index.html',
    ]);
    expect(split.shellBytes).toBe(1080);
    expect(split.budgetBytes).toBe(1140);
  });

  it('always takes the shell, even over the budget, and nothing else at a budget of 0', () => {
    const split = splitPrecache(site, 0);
    expect(paths(split.precache)).toEqual(['_astro/app.css', 'search/index.html']);
    expect(split.budgetBytes).toBe(0);
    expect(split.complete).toBe(false);
    expect(split.later).toHaveLength(7);
  });

  it('fills the budget in order: home, topics, search index, then papers', () => {
    const split = splitPrecache(site, 450);
    expect(paths(split.precache).slice(2)).toEqual(['index.html', 'topics/x/index.html', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment']);
    expect(split.budgetBytes).toBe(450);
    expect(paths(split.later)).toEqual(['papers/a/index.html', 'papers/b/index.html', 'papers/page/2/index.html']);
  });

  it('skips a file too large for what is left and takes smaller ones after it', () => {
    const split = splitPrecache(site, 740);
    // 450 taken before the papers leaves 290: both 300-byte papers are skipped, the 90-byte list page goes in
    expect(paths(split.later)).toEqual(['papers/a/index.html', 'papers/b/index.html']);
    expect(split.budgetBytes).toBe(540);
  });

  it('never goes over the budget and loses no file', () => {
    for (const budget of [0, 1, 99, 100, 101, 449, 450, 451, 750, 1140, 5000]) {
      const split = splitPrecache(site, budget);
      expect(split.budgetBytes).toBeLessThanOrEqual(budget);
      expect([...paths(split.precache), ...paths(split.later)].sort()).toEqual(paths(site).sort());
    }
  });

  it('refuses a budget that is not a number of bytes', () => {
    expect(() => splitPrecache(site, Number.NaN)).toThrow(/budget must be a number of bytes ≥ 0, got NaN/);
    expect(() => splitPrecache(site, -1)).toThrow(/got -1/);
  });
});
