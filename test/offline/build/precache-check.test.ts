import { describe, expect, it } from 'vitest';
import { missingOffline, mustBeOffline, precachedUrls } from '../../../src/offline/build/precache-check.ts';

// What Workbox's generateSW writes, minified.
const sw = 'define(["./workbox-1"],(function(e){"use strict";e.precacheAndRoute([{url:"404.html",revision:"a1"},{url:"index.html",revision:"b2"},{url:"papers/x/index.html",revision:"c3"},{url:"pagefind/pagefind.js",revision:"d4"}],{ignoreURLParametersMatching:[/^q$/]})}));';

// The same, unminified (the offline integration's mode: 'development').
const readable = `define(['./workbox-1'], (function (workbox) { 'use strict';
  workbox.precacheAndRoute([{
    "url": "404.html",
    "revision": "a1"
  }, {
    "url": "papers/x/index.html",
    "revision": "c3"
  }], {});
}));`;

describe('precachedUrls', () => {
  it('reads the URLs of the precache manifest', () => {
    expect([...precachedUrls(sw)]).toEqual(['404.html', 'index.html', 'papers/x/index.html', 'pagefind/pagefind.js']);
  });
  it('reads them from a service worker that was not minified', () => {
    expect([...precachedUrls(readable)]).toEqual(['404.html', 'papers/x/index.html']);
  });
});

describe('mustBeOffline', () => {
  it('asks for every page and every search file', () => {
    expect(mustBeOffline(['index.html', 'papers/x/index.html', 'pagefind/index/en_1.pf_index', '_astro/a.css', 'sitemap.xml'])).toEqual([
      'index.html',
      'papers/x/index.html',
      'pagefind/index/en_1.pf_index',
    ]);
  });
});

describe('missingOffline', () => {
  it('finds nothing missing when all is precached', () => {
    expect(missingOffline(sw, [], ['index.html', 'pagefind/pagefind.js'])).toEqual([]);
  });
  it('finds nothing missing when the rest is listed for saving', () => {
    expect(missingOffline(sw, ['papers/y/index.html'], ['index.html', 'papers/y/index.html'])).toEqual([]);
  });
  it('names the search files a listing made before Pagefind would miss', () => {
    expect(missingOffline(sw, ['papers/z/index.html'], ['index.html', 'pagefind/pagefind-entry.json', 'papers/y/index.html'])).toEqual([
      'pagefind/pagefind-entry.json',
      'papers/y/index.html',
    ]);
  });
});
