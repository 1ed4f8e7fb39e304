import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { closeChunkRanges, closeIndexChunkRanges, justBelow } from '../../../src/search/build/chunk-ranges.ts';
import { encodeCbor } from '../../../src/search/build/cbor.ts';
import { readMetadata } from '../../../src/search/build/pagefind-metadata.ts';

/** Pagefind compares words byte by byte in UTF-8. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const HIGHEST = '\u{10FFFF}';

describe('justBelow', () => {
  it.each([
    ['adapte', `adaptd${HIGHEST}`],
    ['b', `a${HIGHEST}`],
    ['aμ', `aλ${HIGHEST}`],
    ['a\u{E000}', `a\u{D7FF}${HIGHEST}`],
    ['x\0', 'x'],
  ])('%j → %j', (word, below) => {
    expect(justBelow(word)).toBe(below);
    expect(byteOrder(justBelow(word), word)).toBe(-1);
  });

  it('sorts after every typed word that sorts before the word', () => {
    for (const earlier of ['adaptd', 'adaptdzzz', 'adaptation', 'adapt', 'adaptdμ']) expect(byteOrder(earlier, justBelow('adapte'))).toBe(-1);
  });

  it('has nothing below the empty word', () => {
    expect(() => justBelow('')).toThrow('No string sorts below the empty word');
  });
});

describe('closeChunkRanges', () => {
  // as Pagefind 1.6 writes them: each `to` a prefix of the chunk's last word, gaps between chunks
  const chunks = [
    { from: '987', to: 'a', hash: 'en_1' },
    { from: 'a1', to: 'ad', hash: 'en_2' },
    { from: 'adama', to: 'adapt', hash: 'en_3' },
    { from: 'adapte', to: 'lowra', hash: 'en_4' },
  ];

  it('runs each range up to just below the next one, from the empty word to the highest code point', () => {
    expect(closeChunkRanges(chunks)).toEqual([
      { from: '', to: justBelow('a1'), hash: 'en_1' },
      { from: 'a1', to: justBelow('adama'), hash: 'en_2' },
      { from: 'adama', to: justBelow('adapte'), hash: 'en_3' },
      { from: 'adapte', to: HIGHEST, hash: 'en_4' },
    ]);
  });

  it('puts every word in exactly one range, a word between two chunks in the earlier', () => {
    const closed = closeChunkRanges(chunks);
    const holding = (word: string) => closed.filter((c) => byteOrder(word, c.from) >= 0 && byteOrder(word, c.to) <= 0).map((c) => c.hash);
    expect(holding('a')).toEqual(['en_1']);
    expect(holding('adaptation')).toEqual(['en_3']);
    expect(holding('adapt')).toEqual(['en_3']);
    expect(holding('adapte')).toEqual(['en_4']);
    expect(holding('lowrank')).toEqual(['en_4']);
    expect(holding('0')).toEqual(['en_1']);
    expect(holding('zzt0123456789')).toEqual(['en_4']);
  });

  it('leaves an empty list empty', () => {
    expect(closeChunkRanges([])).toEqual([]);
  });
});

describe('closeIndexChunkRanges', () => {
  it('rewrites the metadata of the bundle with closed ranges, keeping pages, filters and sorts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-atlas-chunk-ranges-'));
    const metadata = encodeCbor(['1.6.0', [['en_aaaaaaa', 120]], [['00', 'a', 'en_1'], ['a1', 'zz', 'en_2']], [['topic', 'en_f']], []]);
    writeFileSync(join(dir, 'pagefind.en_0123456789.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), metadata])));
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_0123456789', wasm: 'en', page_count: 1 } } }));
    const { file: name, metadata: written } = await closeIndexChunkRanges(dir);
    expect(readdirSync(dir).filter((n) => n.endsWith('.pf_meta'))).toEqual([name]);
    expect(await readMetadata(dir)).toEqual({
      version: '1.6.0',
      pages: [{ hash: 'en_aaaaaaa', words: 120 }],
      chunks: [
        { from: '', to: justBelow('a1'), hash: 'en_1' },
        { from: 'a1', to: HIGHEST, hash: 'en_2' },
      ],
      rest: [[['topic', 'en_f']], []],
    });
    // what it returns is what it wrote
    expect(written).toEqual(await readMetadata(dir));
    // closed ranges stay as they are
    expect((await closeIndexChunkRanges(dir)).file).toBe(name);
  });
});
