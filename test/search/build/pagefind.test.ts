import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNK_BUDGET, chunkSizeWarning, indexSite, writeIndex } from '../../../src/search/build/pagefind.ts';

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

describe('indexSite', () => {
  const HEAD = '<!doctype html><html lang="en"><head><title>t</title></head><body>';
  it('counts every page that opts in, even where the attribute crosses the 64 KB blocks it reads pages in', async () => {
    const dir = site('blocks', { a: '<main data-pagefind-body><p>Diffusion models</p></main>', b: '<nav>a list</nav>' });
    // the attribute starts 5 bytes before the end of the first 64 KB block
    const before = `${HEAD}<div>`;
    const pad = 64 * 1024 - 5 - before.length - '</div><main '.length;
    mkdirSync(join(dir, 'long'), { recursive: true });
    const text = `${before}${'x'.repeat(pad)}</div><main data-pagefind-body><p>Low-rank adaptation</p></main></body></html>`;
    expect(text.indexOf('data-pagefind-body')).toBe(64 * 1024 - 5);
    writeFileSync(join(dir, 'long', 'index.html'), text);
    const info: string[] = [];
    await indexSite(dir, { info: (m) => info.push(m), warn: (m) => info.push(m) });
    // 2 pages opted in and Pagefind indexed 2: had the count missed one, indexSite would throw
    expect(info.join('\n')).toMatch(/^indexed 2 of 3 pages in \d+ ms/);
  });

  it('fails, naming both counts, when Pagefind indexed fewer pages than opted in', async () => {
    // an opted-in page inside data-pagefind-ignore: Pagefind skips it, the count does not
    const dir = site('hidden', { a: '<main data-pagefind-body><p>Diffusion</p></main>', b: '<div data-pagefind-ignore="all"><main data-pagefind-body><p>Hidden</p></main></div>' });
    await expect(indexSite(dir, { info: () => undefined, warn: () => undefined })).rejects.toThrow(/Pagefind indexed 1 pages, but 2 pages in .* hold data-pagefind-body/);
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
