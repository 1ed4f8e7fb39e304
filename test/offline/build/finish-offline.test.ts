import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRECACHE_PLACEHOLDER, injectPrecache, listOutside, listTheRest } from '../../../src/offline/build/finish-offline.ts';
import { listForOffline } from '../../../src/offline/build/offline-plan.ts';
import { sitePaths } from '../../../src/offline/build/site-listing.ts';
import { precachedUrls } from '../../../src/offline/build/precache-check.ts';

const placeholder = JSON.stringify({ revision: null, url: PRECACHE_PLACEHOLDER });
/** The shape Workbox writes a bundled service worker in: the manifest as a JSON array argument. */
const bundled = (entries: string) => `(function(){const x=1;pe([${entries}],{directoryIndex:"index.html"})})();`;

describe('injectPrecache', () => {
  const manifest = [
    { url: 'index.html', revision: 'abc', size: 10 },
    { url: 'pagefind/pagefind.js', revision: null, size: 20 },
  ];

  it('puts the planned entries where the placeholder was, as Workbox writes entries, and keeps the entries Workbox added itself', () => {
    const own = '{"revision":"m1","url":"manifest.webmanifest"}';
    const out = injectPrecache(bundled(`${placeholder},${own}`), manifest);
    expect(out).toBe(bundled(`{"revision":"abc","url":"index.html"},{"revision":null,"url":"pagefind/pagefind.js"},${own}`));
    expect([...precachedUrls(out)]).toEqual(['index.html', 'pagefind/pagefind.js', 'manifest.webmanifest']);
    expect(out).not.toContain(PRECACHE_PLACEHOLDER);
  });

  it('refuses a service worker without the placeholder, naming what it found and how to build', () => {
    expect(() => injectPrecache(bundled('{"revision":"a","url":"index.html"}'), manifest)).toThrow(/found the placeholder 0 times.*npm run build/);
  });

  it('refuses a placeholder found twice, and an empty plan', () => {
    expect(() => injectPrecache(bundled(`${placeholder},${placeholder}`), manifest)).toThrow(/found the placeholder 2 times/);
    expect(() => injectPrecache(bundled(placeholder), [])).toThrow(/and 0 files/);
  });
});

describe('listOutside and listTheRest', () => {
  const root = mkdtempSync(join(tmpdir(), 'begin-listing-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
    writeFileSync(join(root, 'dist', path), text);
  };

  it('lists the site but the folder written meanwhile, then that folder, as one listing of the whole', async () => {
    write('index.html', 'home');
    write('papers/a/index.html', 'a');
    write('rss.xml', 'feed');
    const site = join(root, 'dist');
    const outside = listOutside(site, await sitePaths(site, { skip: 'pagefind' }));
    // the search bundle, written while the rest is listed
    write('pagefind/pagefind.js', 'js');
    write('pagefind/index/en_1.pf_index', 'i');
    const { listing: joined } = await listTheRest(site, await outside, 'pagefind');
    const whole = await listForOffline(site, new Map());
    expect(joined).toEqual(whole);
    expect(joined.all).toEqual(['index.html', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind.js', 'papers/a/index.html', 'rss.xml']);
    expect(joined.files.map((f) => f.path)).toEqual(['index.html', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind.js', 'papers/a/index.html']);
  });
});
