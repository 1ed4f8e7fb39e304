import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeCbor, type CborValue } from '../../../src/search/build/cbor.ts';
import { readMetadata, writeMetadata } from '../../../src/search/build/pagefind-metadata.ts';

const SIGNATURE = 'pagefind_dcd';
const LAYOUT: CborValue = ['1.6.0', [['en_aaaaaaa', 120], ['en_bbbbbbb', 80]], [['00', 'a', 'en_1'], ['a1', 'zz', 'en_2']], [['topic', 'en_f']], []];

/** A bundle as Pagefind writes one: the entry file and a metadata file named in it. */
function bundle(value: CborValue = LAYOUT, languages: Record<string, unknown> = { en: { hash: 'en_0123456789', wasm: 'en', page_count: 2 } }): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-atlas-metadata-'));
  writeFileSync(join(dir, 'pagefind.en_0123456789.pf_meta'), gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)])));
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages, include_characters: ['_', '‿'] }));
  return dir;
}
const metaFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.pf_meta'));

describe('readMetadata', () => {
  it('reads the version, the pages with their word counts, the chunks and the rest', async () => {
    expect(await readMetadata(bundle())).toEqual({
      version: '1.6.0',
      pages: [
        { hash: 'en_aaaaaaa', words: 120 },
        { hash: 'en_bbbbbbb', words: 80 },
      ],
      chunks: [
        { from: '00', to: 'a', hash: 'en_1' },
        { from: 'a1', to: 'zz', hash: 'en_2' },
      ],
      rest: [[['topic', 'en_f']], []],
    });
  });

  it.each<[string, () => string, RegExp]>([
    ['a file without the signature', () => {
      const dir = bundle();
      writeFileSync(join(dir, 'pagefind.en_0123456789.pf_meta'), gzipSync(Buffer.from('something else')));
      return dir;
    }, /not in the layout this build reads \(no signature\)\. Hint: a Pagefind upgrade/],
    ['chunks that are not three strings', () => bundle(['1.6.0', [], [['a', 'b']]]), /\(an index chunk\)/],
    ['a page without its word count', () => bundle(['1.6.0', [['en_a']], []]), /\(a page\)/],
    ['two languages', () => bundle(LAYOUT, { en: { hash: 'en_0123456789' }, de: { hash: 'de_0123456789' } }), /lists 2 languages, but the catalog indexes one/],
  ])('refuses %s', async (_, make, message) => {
    await expect(readMetadata(make())).rejects.toThrow(message);
  });
});

describe('writeMetadata', () => {
  it('writes what it read byte for byte as Pagefind laid it out, under a name from its content hash', async () => {
    const dir = bundle();
    const name = await writeMetadata(dir, await readMetadata(dir));
    expect(name).toMatch(/^pagefind\.en_[0-9a-f]{10}\.pf_meta$/);
    expect(metaFiles(dir)).toEqual([name]);
    expect(gunzipSync(readFileSync(join(dir, name)))).toEqual(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(LAYOUT)]));
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(entry).toEqual({ version: '1.6.0', languages: { en: { hash: name.slice('pagefind.'.length, -'.pf_meta'.length), wasm: 'en', page_count: 2 } }, include_characters: ['_', '‿'] });
  });

  it('gives the same metadata the same name in every build, and other metadata another', async () => {
    const [a, b, c] = [bundle(), bundle(), bundle()];
    const metadata = await readMetadata(a);
    const name = await writeMetadata(a, metadata);
    expect(await writeMetadata(b, metadata)).toBe(name);
    expect(await writeMetadata(c, { ...metadata, pages: metadata.pages.slice(1) })).not.toBe(name);
  });

  it('keeps the file when it is written again unchanged', async () => {
    const dir = bundle();
    const name = await writeMetadata(dir, await readMetadata(dir));
    expect(await writeMetadata(dir, await readMetadata(dir))).toBe(name);
    expect(metaFiles(dir)).toEqual([name]);
  });
});
