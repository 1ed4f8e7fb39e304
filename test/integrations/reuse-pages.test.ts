import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import reusePages, { codeFingerprint, previousName } from '../../src/integrations/reuse-pages.ts';
import { PAGE_REUSE_ENV, pagesToRender, paperPageFile, readPlan } from '../../src/render/page-reuse.ts';

type Hooks = Record<string, (params: unknown) => unknown>;
const logged: string[] = [];
const logger = { info: (line: string) => logged.push(line) };

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'reuse-pages-'));
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'src', 'pages', 'index.astro'), 'home');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  return root;
}

/** One build of `root`: the hooks in Astro's order, with the paper route's decision for `pages` (id → inputs) between them. */
function build(root: string, pages: Record<string, unknown>): { rendered: string[]; kept: string[] } {
  const kept: string[] = [];
  const hooks = reusePages(kept).hooks as Hooks;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`), site: 'https://example.org', base: '/atlas/' } });
  hooks['astro:build:start']!({});
  const rendered = pagesToRender(Object.entries(pages).map(([id, inputs]) => ({ id, inputs, path: id })), readPlan());
  for (const id of rendered) {
    mkdirSync(join(root, 'dist', 'papers', id), { recursive: true });
    writeFileSync(paperPageFile(join(root, 'dist'), id), JSON.stringify(pages[id]));
  }
  hooks['astro:build:done']!({ logger });
  return { rendered, kept };
}

afterEach(() => {
  delete process.env[PAGE_REUSE_ENV];
});

describe('reusePages', () => {
  it('keeps the pages whose inputs did not change, moved back into the output with their URLs listed', () => {
    const root = project();
    expect(build(root, { a: 1, b: 2 }).rendered).toEqual(['a', 'b']);
    const second = build(root, { a: 1, b: 3, c: 4 });
    expect(second.rendered).toEqual(['b', 'c']);
    expect(second.kept).toEqual(['https://example.org/atlas/papers/a/']);
    for (const [id, bytes] of [['a', '1'], ['b', '3'], ['c', '4']]) expect(readFileSync(paperPageFile(join(root, 'dist'), id!), 'utf8')).toBe(bytes);
    expect(existsSync(previousName(join(root, 'dist')))).toBe(false);
    expect(logged.at(-1)).toBe('1 of 3 paper pages kept from the last build (unchanged content and code), 2 rendered');
    expect(process.env[PAGE_REUSE_ENV]).toBeUndefined();
  });

  it('renders every page again once the code changed', () => {
    const root = project();
    build(root, { a: 1 });
    writeFileSync(join(root, 'src', 'pages', 'index.astro'), 'home, changed');
    expect(build(root, { a: 1 })).toEqual({ rendered: ['a'], kept: [] });
  });

  it('keeps nothing when the last output is gone', () => {
    const root = project();
    build(root, { a: 1 });
    rmSync(join(root, 'dist'), { recursive: true });
    expect(build(root, { a: 1 }).rendered).toEqual(['a']);
  });
});

describe('codeFingerprint', () => {
  it('changes with any file under src/, the lock file, the site, the base or the Node version', () => {
    const root = project();
    const first = codeFingerprint(root, 'https://example.org', '/');
    expect(codeFingerprint(root, 'https://example.org', '/')).toBe(first);
    expect(codeFingerprint(root, 'https://example.org', '/atlas/')).not.toBe(first);
    expect(codeFingerprint(root, 'https://example.com', '/')).not.toBe(first);
    expect(codeFingerprint(root, 'https://example.org', '/', process.version)).toBe(first);
    expect(codeFingerprint(root, 'https://example.org', '/', 'v24.22.3-not-this-one')).not.toBe(first);
    mkdirSync(join(root, 'src', 'styles'));
    writeFileSync(join(root, 'src', 'styles', 'a.css'), 'p {}');
    const withStyle = codeFingerprint(root, 'https://example.org', '/');
    expect(withStyle).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{"v":2}');
    expect(codeFingerprint(root, 'https://example.org', '/')).not.toBe(withStyle);
  });
});
