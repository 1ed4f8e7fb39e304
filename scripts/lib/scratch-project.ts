/**
 * A throwaway copy of the project for `npm run bench`: the same code and vocabulary, its
 * own seeds, content/papers, caches and dist/, so a benchmark never touches the real
 * catalog or the build cache other work relies on.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogPaths, CONTENT_DIR } from '../../src/content/paths.ts';

/** What the pipeline reads besides content/ and seeds/. */
export const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Caches inside node_modules: Astro keeps its content layer in `node_modules/.astro` and
 * Vite its own in `.vite`/`.vite-temp`. Linked, the scratch build would share (and
 * clobber) the real project's; left out, each project gets its own.
 */
export const UNSHARED_MODULES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** What a cold build must not find: the content layer's store, Astro's generated types, the last output. */
export const CACHES = ['node_modules/.astro', 'node_modules/.vite', '.astro', '.cache', 'dist'];

export function defaultScratchDir(papers: number): string {
  return join(tmpdir(), `paper-atlas-bench-${papers}`);
}

/**
 * Makes `to` a real directory holding one symlink per entry of `from`, caches excepted.
 * A symlink at `to` itself (an older layout) is replaced; links to entries gone from
 * `from` are removed; anything else already in `to` (the caches) is kept.
 */
export function linkNodeModules(from: string, to: string): void {
  if (existsSync(to) && lstatSync(to).isSymbolicLink()) rmSync(to);
  mkdirSync(to, { recursive: true });
  const wanted = new Set(readdirSync(from).filter((name) => !UNSHARED_MODULES.has(name)));
  for (const name of readdirSync(to)) {
    const link = join(to, name);
    if (lstatSync(link).isSymbolicLink() && (!wanted.has(name) || readlinkSync(link) !== join(from, name))) rmSync(link);
  }
  for (const name of wanted) if (!existsSync(join(to, name))) symlinkSync(join(from, name), join(to, name));
}

/**
 * Fills `dir` with a fresh copy of the project at `root` (code, vocabulary, linked
 * node_modules), an empty content/papers/ and the given seed files as seeds/.
 */
export function prepareScratch(root: string, dir: string, seeds: readonly { name: string; text: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    rmSync(join(dir, name), { recursive: true, force: true });
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  const from = catalogPaths(root);
  const to = catalogPaths(dir);
  rmSync(join(dir, CONTENT_DIR), { recursive: true, force: true });
  mkdirSync(to.papers, { recursive: true });
  for (const name of readdirSync(join(root, CONTENT_DIR))) {
    if (join(root, CONTENT_DIR, name) !== from.papers) cpSync(join(root, CONTENT_DIR, name), join(dir, CONTENT_DIR, name), { recursive: true });
  }
  rmSync(to.seeds, { recursive: true, force: true });
  mkdirSync(to.seeds);
  for (const seed of seeds) writeFileSync(join(to.seeds, seed.name), seed.text);
  linkNodeModules(join(root, 'node_modules'), join(dir, 'node_modules'));
}

/** Removes every cache a build reads, so the next build is cold. */
export function clearCaches(dir: string): void {
  for (const path of CACHES) rmSync(join(dir, path), { recursive: true, force: true });
}
