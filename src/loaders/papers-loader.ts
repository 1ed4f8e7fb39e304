import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refusalMessage } from '../integrations/untrusted-mdx.ts';
import type { UntrustedProblem } from '../check/untrusted-mdx.ts';
import { renderEntry } from './render-entry.ts';

/**
 * Source files whose code decides how an entry renders. Their text is part of every
 * entry's digest, so a change to the renderer re-renders the catalog instead of serving
 * HTML cached by the previous code. Paths relative to the project root; a folder means
 * its .ts files.
 */
export const RENDERER_SOURCES = ['src/loaders', 'src/plugins', 'src/check', 'package-lock.json'];

/** The text of every renderer source, in a fixed order ('' for what does not exist). */
export function rendererFingerprint(root: string): string {
  const parts: string[] = [];
  for (const path of RENDERER_SOURCES) {
    const full = join(root, path);
    let names: string[];
    try {
      names = readdirSync(full).filter((name) => name.endsWith('.ts')).sort().map((name) => join(full, name));
    } catch {
      names = [full];
    }
    for (const name of names) {
      try {
        parts.push(`${relative(root, name)}\n${readFileSync(name, 'utf8')}`);
      } catch {
        parts.push(`${relative(root, name)}\n`);
      }
    }
  }
  return parts.join('\n\0\n');
}

export interface PaperLoaderOptions {
  /** Folder of the entries, relative to the project root, e.g. `content/papers`. */
  base: string;
}

/**
 * Loads `<base>/<slug>.mdx` entries into a content collection with their HTML already
 * rendered (`render(entry)` returns it), instead of compiling every entry into a
 * JavaScript module as @astrojs/mdx does: entries hold text, Markdown and math only
 * (anything else is refused here, before it renders), so there is no code to compile,
 * and a catalog of tens of thousands of entries builds in seconds.
 *
 * Each entry's digest covers its file and the renderer's code; Astro keeps the data
 * store between builds, so an unchanged entry is neither parsed nor rendered again.
 */
export function paperLoader({ base }: PaperLoaderOptions): Loader {
  return {
    name: 'paper-atlas:papers',
    load: async (context: LoaderContext) => {
      const { config, store, logger, watcher, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const fingerprint = String(generateDigest(rendererFingerprint(root)));
      const started = performance.now();

      /** Syncs one entry; returns its problems ([] when it is in the store). */
      async function sync(file: string): Promise<UntrustedProblem[]> {
        const id = basename(file, '.mdx');
        const text = await readFile(file, 'utf8');
        const digest = String(generateDigest(`${fingerprint}\n${text}`));
        const existing = store.get(id);
        if (existing?.digest === digest && existing.rendered) return [];
        const filePath = relative(root, file).split(sep).join('/');
        const rendered = renderEntry(text, filePath);
        if (rendered.problems) return rendered.problems;
        const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
        const data = await context.parseData({ id, data: parsed.frontmatter, filePath: file });
        store.set({ id, data, body: parsed.content.trim(), filePath, digest, rendered: { html: rendered.html } });
        return [];
      }

      const files = (await readdir(dir).catch(() => [] as string[]))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => join(dir, name));
      const before = new Set(store.keys());
      let rendered = 0;
      const problems: UntrustedProblem[] = [];
      for (const file of files) {
        const id = basename(file, '.mdx');
        const had = store.get(id)?.digest;
        problems.push(...(await sync(file)));
        before.delete(id);
        if (store.get(id)?.digest !== had) rendered += 1;
      }
      if (problems.length > 0) throw new Error(refusalMessage(problems));
      for (const id of before) store.delete(id);
      logger.info(
        `${files.length} entries loaded, ${rendered} rendered, ${files.length - rendered} unchanged since the last build (${Math.round(performance.now() - started)} ms); ` +
          'none holds code, markup or unsafe links',
      );

      if (!watcher) return;
      // astro dev: an entry edited, added or removed is synced on its own
      watcher.add(dir);
      const inDir = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
      const resync = async (path: string) => {
        if (!inDir(path)) return;
        const found = await sync(path);
        if (found.length > 0) logger.error(refusalMessage(found));
        else logger.info(`Reloaded ${relative(root, path)}`);
      };
      watcher.on('change', (path) => void resync(path));
      watcher.on('add', (path) => void resync(path));
      watcher.on('unlink', (path) => {
        if (inDir(path)) store.delete(basename(path, '.mdx'));
      });
    },
  };
}
