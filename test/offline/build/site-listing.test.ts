import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRevisions, writeRevisions } from '../../../src/offline/build/revision-cache.ts';
import { listSite, sitePaths } from '../../../src/offline/build/site-listing.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-listing-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

describe('listSite with the last listing', () => {
  it('keeps the revision of a file of the same size and time unread, and hashes one that changed', () => {
    const dir = site({ 'a.html': 'aaaa', 'b.html': 'bbbb', 'c.html': 'cccc' });
    const time = (path: string) => statSync(join(dir, path)).mtimeMs;
    // a stale hash a real read would never give: it shows the file was not read
    const known = new Map([
      ['a.html', { bytes: 4, mtimeMs: time('a.html'), revision: 'from-the-last-build' }],
      ['b.html', { bytes: 5, mtimeMs: time('b.html'), revision: 'size-differs' }],
      ['c.html', { bytes: 4, mtimeMs: time('c.html') - 1000, revision: 'time-differs' }],
    ]);
    return listSite(dir, known).then((files) => {
      expect(files.map((f) => [f.path, f.revision])).toEqual([
        ['a.html', 'from-the-last-build'],
        ['b.html', md5('bbbb')],
        ['c.html', md5('cccc')],
      ]);
    });
  });

  it('round-trips through the cache file, and a file written again is hashed again', async () => {
    const dir = site({ 'index.html': 'home', 'p.html': 'page' });
    const cache = join(dir, 'cache', 'revisions.json');
    writeRevisions(cache, await listSite(dir));
    expect([...readRevisions(cache).keys()]).toEqual(['index.html', 'p.html']);
    writeFileSync(join(dir, 'p.html'), 'PAGE');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'p.html'), later, later);
    const files = await listSite(dir, readRevisions(cache));
    expect(files.find((f) => f.path === 'p.html')!.revision).toBe(md5('PAGE'));
    expect(files.find((f) => f.path === 'index.html')!.revision).toBe(md5('home'));
  });

  it('ignores a cache of another version or shape', () => {
    const dir = site({});
    const file = join(dir, 'revisions.json');
    writeFileSync(file, JSON.stringify({ version: 0, files: { 'a.html': [1, 2, 'x'] } }));
    expect(readRevisions(file).size).toBe(0);
    writeFileSync(file, JSON.stringify({ version: 1, files: { 'a.html': [1, 2, 'x'], 'b.html': ['1', 2, 'y'], 'c.html': [1, 2] } }));
    expect([...readRevisions(file).keys()]).toEqual(['a.html']);
    writeFileSync(file, 'not json');
    expect(readRevisions(file).size).toBe(0);
  });
});

describe('sitePaths', () => {
  it('walks the whole site, one top folder of it, or all but one, as sorted paths with /', async () => {
    const dir = site({ 'index.html': 'home' });
    for (const folder of ['pagefind/index', 'papers/a']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'js');
    writeFileSync(join(dir, 'pagefind', 'index', 'en_1.pf_index'), 'i');
    writeFileSync(join(dir, 'papers', 'a', 'index.html'), 'a');
    expect(await sitePaths(dir)).toEqual(['index.html', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind.js', 'papers/a/index.html']);
    expect(await sitePaths(dir, { only: 'pagefind' })).toEqual(['pagefind/index/en_1.pf_index', 'pagefind/pagefind.js']);
    expect(await sitePaths(dir, { skip: 'pagefind' })).toEqual(['index.html', 'papers/a/index.html']);
    expect(await sitePaths(dir, { only: 'not-written-yet' })).toEqual([]);
  });
});
