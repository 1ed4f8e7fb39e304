import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNK_BUDGET, chunkSizeWarning, writeIndex } from '../../../src/search/build/pagefind.ts';

// Pagefind itself, over a site of three pages written here.
const root = mkdtempSync(join(tmpdir(), 'pagefind-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}

describe('writeIndex', () => {
  it('indexes the site into the bundle with Pagefind and returns the pages it read', async () => {
    const dir = site('three', {
      '': '<main data-pagefind-body><h1>Low-rank adaptation</h1><p>Adapters for μP.</p></main>',
      a: '<main data-pagefind-body><p>Diffusion models</p></main>',
      b: '<nav>a list, not indexed</nav>',
    });
    expect(await writeIndex(dir, join(dir, 'pagefind'))).toBe(3);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']!.page_count).toBe(2);
  });

  it('fails with Pagefind\'s own words when it cannot build an index', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    await expect(writeIndex(empty, join(empty, 'pagefind'))).rejects.toThrow(/Pagefind failed to index .*empty \(exit status 1\):[\s\S]*not able to build an index/);
  });
});

describe('chunkSizeWarning', () => {
  it('accepts small chunks beside a few that one common word fills', () => {
    // at 10,000 papers: median 2 KB, one word's postings 94 KB
    expect(chunkSizeWarning([1900, 2000, 2000, 2100, 2200, 6000, 96_000])).toBeUndefined();
  });

  it('warns when the typical chunk is Pagefind\'s default size, as when it ignores the chunk size', () => {
    expect(chunkSizeWarning([24_000, 25_000, 26_000, 2000])).toMatch(/median index chunk is 24\.4 KB \(budget 4 KB\).*PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE/);
    expect(chunkSizeWarning([CHUNK_BUDGET])).toBeUndefined();
    expect(chunkSizeWarning([])).toBeUndefined();
  });
});
