import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCaches, linkNodeModules, prepareScratch } from '../../../scripts/lib/scratch-project.ts';

let work: string;
const write = (path: string, text = 'x') => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'scratch-project-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('linkNodeModules', () => {
  beforeEach(() => {
    for (const name of ['astro/package.json', '@astrojs/mdx/package.json', '.bin/astro', '.astro/data-store.json', '.vite/deps.json']) write(join(work, 'real', name));
  });

  it('makes a real directory with one link per package, never to the caches', () => {
    linkNodeModules(join(work, 'real'), join(work, 'scratch'));
    expect(lstatSync(join(work, 'scratch')).isDirectory()).toBe(true);
    expect(readdirSync(join(work, 'scratch')).sort()).toEqual(['.bin', '@astrojs', 'astro']);
    expect(readlinkSync(join(work, 'scratch', 'astro'))).toBe(join(work, 'real', 'astro'));
  });

  it('replaces a linked node_modules, keeps the scratch caches and drops links to removed packages', () => {
    symlinkSync(join(work, 'real'), join(work, 'scratch'));
    linkNodeModules(join(work, 'real'), join(work, 'scratch'));
    write(join(work, 'scratch', '.astro', 'data-store.json'), 'scratch');
    rmSync(join(work, 'real', 'astro'), { recursive: true });
    linkNodeModules(join(work, 'real'), join(work, 'scratch'));
    expect(readdirSync(join(work, 'scratch')).sort()).toEqual(['.astro', '.bin', '@astrojs']);
    expect(readFileSync(join(work, 'scratch', '.astro', 'data-store.json'), 'utf8')).toBe('scratch');
    expect(readFileSync(join(work, 'real', '.astro', 'data-store.json'), 'utf8')).toBe('x');
  });
});

describe('prepareScratch', () => {
  const root = () => join(work, 'project');
  const scratch = () => join(work, 'scratch');
  beforeEach(() => {
    for (const name of ['src/a.ts', 'public/favicon.svg', 'scripts/ingest.ts', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules/astro/index.js'])
      write(join(root(), name));
    write(join(root(), 'content/topics.yaml'), 'topics');
    write(join(root(), 'content/papers/real-paper.mdx'), 'real');
    write(join(root(), 'seeds/000_real.txt'), 'real seeds');
  });

  it('copies the code and vocabulary, with an empty content/papers and only the given seeds', () => {
    prepareScratch(root(), scratch(), [{ name: 'bench-000.txt', text: 'synthetic' }]);
    expect(readFileSync(join(scratch(), 'content/topics.yaml'), 'utf8')).toBe('topics');
    expect(readdirSync(join(scratch(), 'content/papers'))).toEqual([]);
    expect(readdirSync(join(scratch(), 'seeds'))).toEqual(['bench-000.txt']);
    for (const name of ['src/a.ts', 'public/favicon.svg', 'scripts/ingest.ts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) expect(existsSync(join(scratch(), name))).toBe(true);
    expect(lstatSync(join(scratch(), 'node_modules/astro')).isSymbolicLink()).toBe(true);
  });

  it('starts over on a second run and never touches the real content', () => {
    prepareScratch(root(), scratch(), [{ name: 'bench-000.txt', text: 'one' }, { name: 'bench-001.txt', text: 'two' }]);
    write(join(scratch(), 'content/papers/old.mdx'));
    write(join(scratch(), 'src/stale.ts'));
    prepareScratch(root(), scratch(), [{ name: 'bench-000.txt', text: 'three' }]);
    expect(readdirSync(join(scratch(), 'content/papers'))).toEqual([]);
    expect(readdirSync(join(scratch(), 'seeds'))).toEqual(['bench-000.txt']);
    expect(existsSync(join(scratch(), 'src/stale.ts'))).toBe(false);
    expect(readdirSync(join(root(), 'content/papers'))).toEqual(['real-paper.mdx']);
    expect(readdirSync(join(root(), 'seeds'))).toEqual(['000_real.txt']);
  });
});

describe('clearCaches', () => {
  it('removes the content layer store, generated types and output', () => {
    for (const name of ['node_modules/.astro/data-store.json', '.astro/types.d.ts', 'dist/index.html', 'src/a.ts']) write(join(work, name));
    clearCaches(work);
    expect(existsSync(join(work, 'node_modules/.astro'))).toBe(false);
    expect(existsSync(join(work, '.astro'))).toBe(false);
    expect(existsSync(join(work, 'dist'))).toBe(false);
    expect(existsSync(join(work, 'src/a.ts'))).toBe(true);
  });
});
