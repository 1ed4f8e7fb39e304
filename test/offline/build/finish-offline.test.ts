import { describe, expect, it } from 'vitest';
import { PRECACHE_PLACEHOLDER, injectPrecache } from '../../../src/offline/build/finish-offline.ts';
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
