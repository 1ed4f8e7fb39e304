import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../src/ingest/parse-seed.ts';
import { titleKey } from '../../../src/content/title-key.ts';
import { benchFileName, paperLines, seedFiles, sentences, syntheticCatalog } from '../../../scripts/lib/synthetic-catalog.ts';

const SEED_FILE = '000_3e2e2a5540f5c922.txt';
const seed = parseSeed(readFileSync(new URL(`../../../seeds/${SEED_FILE}`, import.meta.url), 'utf8'), SEED_FILE);
const catalog = syntheticCatalog(seed, 2500);
const quantile = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;

describe('syntheticCatalog', () => {
  it('is deterministic: the same count gives the same bytes', () => {
    expect(seedFiles(syntheticCatalog(seed, 1200))).toEqual(seedFiles(syntheticCatalog(seed, 1200)));
  });

  it('makes as many papers as asked, and a longer catalog starts with the shorter one', () => {
    expect(syntheticCatalog(seed, 0)).toEqual([]);
    expect(catalog).toHaveLength(2500);
    expect(syntheticCatalog(seed, 2501).slice(0, 2500)).toEqual(catalog);
  });

  it('changes with the seed', () => {
    expect(syntheticCatalog(seed, 5, 1)).not.toEqual(syntheticCatalog(seed, 5, 2));
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => syntheticCatalog(seed, -1)).toThrow(RangeError);
    expect(() => syntheticCatalog(seed, 1.5)).toThrow(RangeError);
  });

  it('gives titles unique under the duplicate-title rule, and none of the seed titles', () => {
    const keys = new Set(catalog.map((p) => titleKey(p.title)));
    expect(keys.size).toBe(catalog.length);
    const seedKeys = new Set(seed.map((p) => titleKey(p.title)));
    expect(catalog.filter((p) => seedKeys.has(titleKey(p.title))).length).toBeLessThan(catalog.length / 100);
  });

  it('keeps abstract lengths in the seed range, with a median near the seed median', () => {
    const seedLengths = seed.map((p) => p.abstract.length);
    const lengths = catalog.map((p) => p.abstract.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(Math.min(...seedLengths));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(Math.max(...seedLengths));
    expect(quantile(lengths, 0.5)).toBeGreaterThan(quantile(seedLengths, 0.5) * 0.9);
    expect(quantile(lengths, 0.5)).toBeLessThan(quantile(seedLengths, 0.5) * 1.1);
  });

  it('keeps title lengths realistic', () => {
    const lengths = catalog.map((p) => p.title.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(150);
    expect(quantile(lengths, 0.5)).toBeGreaterThan(40);
    expect(quantile(lengths, 0.5)).toBeLessThan(110);
  });

  it('carries the characters the seed holds: math, braces, angle brackets, URLs, μ and °', () => {
    const abstracts = catalog.map((p) => p.abstract);
    const share = (re: RegExp) => abstracts.filter((a) => re.test(a)).length / abstracts.length;
    expect(share(/https?:\/\//)).toBeGreaterThan(0.1);
    expect(share(/[{}]/)).toBeGreaterThan(0.02);
    expect(share(/\^|\\\(/)).toBeGreaterThan(0.02);
    expect(share(/[<>]/)).toBeGreaterThan(0.005);
    // The seed writes μ and ° only in titles, and $…$ math only there too.
    expect(catalog.filter((p) => /[^\p{ASCII}]/u.test(p.title)).length).toBeGreaterThan(10);
    expect(catalog.filter((p) => /\$[^$]+\$/.test(p.title)).length).toBeGreaterThan(10);
  });

  it('builds abstracts from several seed sentences, not whole seed abstracts', () => {
    const seedAbstracts = new Set(seed.map((p) => p.abstract));
    expect(catalog.filter((p) => seedAbstracts.has(p.abstract)).length).toBe(0);
    expect(quantile(catalog.map((p) => sentences(p.abstract).length), 0.5)).toBeGreaterThanOrEqual(5);
  });
});

describe('seedFiles', () => {
  const files = seedFiles(catalog);

  it('splits the catalog into files of at most 1,000 papers, named in order', () => {
    expect(files.map((f) => f.name)).toEqual(['bench-000.txt', 'bench-001.txt', 'bench-002.txt']);
    expect(seedFiles(catalog, 1000).map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(benchFileName(12)).toBe('bench-012.txt');
  });

  it('writes the seed format: boilerplate, then title and abstract lines', () => {
    const lines = files[0]!.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Get trending papers in your email inbox once a day!',
      'Get trending papers in your email inbox!',
      `Subscribe${catalog[0]!.title}`,
    ]);
    expect(lines[3]).toBe(catalog[0]!.abstract);
    expect(files[0]!.text.endsWith('\n')).toBe(true);
  });

  it('parses back with the project seed parser into the same papers, in order', () => {
    const parsed = files.flatMap((f) => parseSeed(f.text, f.name));
    expect(parsed.map(({ title, abstract }) => ({ title, abstract }))).toEqual(catalog);
    expect(parseSeed(files[2]!.text, 'x').map((p) => p.position)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });

  it('lets one more paper be appended to the last file', () => {
    const [extra] = syntheticCatalog(seed, 2501).slice(2500);
    const parsed = parseSeed(files[2]!.text + paperLines(extra!), 'bench-002.txt');
    expect(parsed.at(-1)).toMatchObject(extra!);
    expect(parsed).toHaveLength(501);
  });
});
