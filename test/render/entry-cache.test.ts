import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryCacheFile, entryText, readEntryCache, writeEntryCache } from '../../src/render/entry-cache.ts';

const text = (html: string) => ({ digest: 'd', abstract: html, html: `<p>${html}</p>` });

describe('the entry cache', () => {
  it('reads back what was written, and nothing from a file of another version or a broken one', () => {
    const file = entryCacheFile(mkdtempSync(join(tmpdir(), 'entry-cache-')));
    expect(readEntryCache(file).size).toBe(0);
    writeEntryCache(file, new Map([['a', text('A')]]));
    expect(readEntryCache(file)).toEqual(new Map([['a', text('A')]]));
    writeFileSync(file, JSON.stringify({ version: 0, entries: { a: text('A') } }));
    expect(readEntryCache(file).size).toBe(0);
    writeFileSync(file, '{ broken');
    expect(readEntryCache(file).size).toBe(0);
  });

  it('gives pages the text written last, an entry edited or added since their last read included', () => {
    const root = mkdtempSync(join(tmpdir(), 'entry-cache-'));
    const file = entryCacheFile(root);
    writeEntryCache(file, new Map([['a', text('A')]]));
    expect(entryText('a', root).html).toBe('<p>A</p>');
    writeEntryCache(file, new Map([['a', text('A, edited')], ['b', text('B')]]));
    expect(entryText('a', root).html).toBe('<p>A, edited</p>');
    expect(entryText('b', root).html).toBe('<p>B</p>');
    expect(() => entryText('c', root)).toThrow(/^No rendered text for the paper "c"/);
  });
});
