import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTRY_READER, parseEntry } from '../../src/content/entry-file.ts';
import { FrontmatterCache, frontmatterCacheFile } from '../../src/content/frontmatter-cache.ts';
import { readEntries } from '../../src/content/read-entries.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontmatter-cache-'));
  dirs.push(dir);
  return dir;
}

const entry = (title: string, extra = '') => `---\ntitle: "${title}"\ntags: [lora]\nadded: 2024-05-01\n${extra}---\n\nAn abstract with {braces} and μ.\n`;

describe('FrontmatterCache', () => {
  it('gives what parsing gives, as a fresh object each time, across runs', () => {
    const file = frontmatterCacheFile(project());
    const text = entry('Low-rank adaptation', 'keywords: [a, "b: c"]\n');
    const first = new FrontmatterCache(file, ENTRY_READER);
    const parsed = parseEntry(text, 'content/papers/a.mdx', first);
    first.save(true);

    const next = new FrontmatterCache(file, ENTRY_READER);
    const again = parseEntry(text, 'content/papers/a.mdx', next);
    expect(again).toEqual(parsed);
    expect(again).toEqual(parseEntry(text, 'content/papers/a.mdx'));
    const twice = parseEntry(text, 'content/papers/a.mdx', next);
    expect(twice.data).not.toBe(again.data);
    (again.data['tags'] as string[]).push('changed');
    expect(twice.data['tags']).toEqual(['lora']);
  });

  it('answers for the exact YAML text only, and still refuses what parsing refuses', () => {
    const cache = new FrontmatterCache(undefined, ENTRY_READER);
    parseEntry(entry('One'), 'a.mdx', cache);
    expect(cache.get('title: "One"\ntags: [lora]\nadded: 2024-05-01 ')).toBeUndefined();
    expect(() => parseEntry('---\ntitle: &a One\nalias: *a\n---\n\nx\n', 'b.mdx', cache)).toThrow(/anchor/);
    expect(() => parseEntry('---\ntitle: &a One\nalias: *a\n---\n\nx\n', 'b.mdx', cache)).toThrow(/anchor/);
  });

  it('keeps nothing JSON cannot hold exactly', () => {
    const cache = new FrontmatterCache(undefined, ENTRY_READER);
    const text = entry('Infinite', 'year: .inf\n');
    const parsed = parseEntry(text, 'a.mdx', cache);
    expect(parsed.data['year']).toBe(Infinity);
    expect(cache.get(parsed.frontmatter)).toBeUndefined();
  });

  it("ignores a file another reader wrote, and one that is not the cache's", () => {
    const file = frontmatterCacheFile(project());
    const text = entry('One');
    const first = new FrontmatterCache(file, 'another reader');
    const { frontmatter } = parseEntry(text, 'a.mdx', first);
    first.save(true);
    expect(new FrontmatterCache(file, ENTRY_READER).get(frontmatter)).toBeUndefined();
    expect(new FrontmatterCache(file, 'another reader').get(frontmatter)).toEqual({ title: 'One', tags: ['lora'], added: '2024-05-01' });
    writeFileSync(file, '{"version": 1, "entries": [1, 2');
    expect(new FrontmatterCache(file, 'another reader').get(frontmatter)).toBeUndefined();
  });

  it('is saved holding the catalog readEntries read, and written only when that changed', () => {
    const root = project();
    const papers = join(root, 'papers');
    const file = frontmatterCacheFile(root);
    mkdirSync(papers);
    writeFileSync(join(papers, 'a.mdx'), entry('A'));
    writeFileSync(join(papers, 'b.mdx'), entry('B'));
    const read = () => readEntries(papers, 'papers', undefined, new FrontmatterCache(file, ENTRY_READER));
    const plain = readEntries(papers, 'papers');
    expect(read()).toEqual(plain);
    const saved = readFileSync(file, 'utf8');
    expect(Object.keys(JSON.parse(saved).entries)).toHaveLength(2);
    expect(read()).toEqual(plain);
    expect(readFileSync(file, 'utf8')).toBe(saved);

    rmSync(join(papers, 'b.mdx'));
    writeFileSync(join(papers, 'a.mdx'), entry('A, edited'));
    const edited = read();
    expect(edited.map((e) => e.data.title)).toEqual(['A, edited']);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries)).toHaveLength(1);
  });
});
