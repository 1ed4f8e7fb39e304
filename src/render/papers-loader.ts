import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblem, type ContentProblem } from '../content/content-error.ts';
import { parseEntry, type EntryFile } from '../content/entry-file.ts';
import { refusalMessage, type UntrustedProblem } from '../content/mdx-policy.ts';
import { unescapeMdxText } from '../content/mdx-escape.ts';
import { entryCacheFile, readEntryCache, writeEntryCache } from './entry-cache.ts';
import { renderEntry } from './render-entry.ts';

/**
 * Source files whose code decides how an entry renders. Their text is part of every
 * entry's digest, so a change to the renderer re-renders the catalog instead of serving
 * HTML cached by the previous code. Paths relative to the project root; a folder means
 * its .ts files. The loader and its plugins, and the content rules they apply (the MDX
 * policy and syntax, MDX escapes, which URLs become links).
 */
export const RENDERER_SOURCES = ['src/render', 'src/render/plugins', 'src/content', 'package-lock.json'];

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

/** The error a build stops with when entries' frontmatter cannot be read (the same words npm run check prints). */
function unreadableMessage(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [`${files} content file(s) cannot be read; nothing was rendered. Run \`npm run check\` for every problem.`, ...problems.map((p) => `- ${formatProblem(p)}`)].join('\n');
}

export interface PaperLoaderOptions {
  /** Folder of the entries, relative to the project root, e.g. `content/papers`. */
  base: string;
}

/**
 * Loads `<base>/<slug>.mdx` entries into a content collection, rendering each body to
 * HTML once instead of compiling every entry into a JavaScript module as @astrojs/mdx
 * does: entries hold text, Markdown and math only (anything else is refused here,
 * before it renders), so there is no code to compile, and a catalog of tens of
 * thousands of entries builds in seconds.
 *
 * Astro's store gets each entry's frontmatter; its abstract and HTML go to the entry
 * cache (src/render/entry-cache.ts), which pages read with `entryText(id)`. Each
 * entry's digest covers its file and the renderer's code, and both the store and the
 * cache persist between builds, so an unchanged entry is neither parsed nor rendered again.
 */
export function paperLoader({ base }: PaperLoaderOptions): Loader {
  return {
    name: 'paper-atlas:papers',
    load: async (context: LoaderContext) => {
      const { config, store, logger, watcher, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const cacheFile = entryCacheFile(root);
      const cache = readEntryCache(cacheFile);
      const fingerprint = String(generateDigest(rendererFingerprint(root)));
      const started = performance.now();

      /** Syncs one entry: returns whether it was rendered, or its problems (unreadable frontmatter, or untrusted content). */
      async function sync(file: string): Promise<{ rendered: boolean; problems: UntrustedProblem[]; unreadable?: ContentProblem[] }> {
        const id = basename(file, '.mdx');
        const text = await readFile(file, 'utf8');
        const digest = String(generateDigest(`${fingerprint}\n${text}`));
        const cached = cache.get(id)?.digest === digest;
        if (cached && store.get(id)?.digest === digest) return { rendered: false, problems: [] };
        const filePath = relative(root, file).split(sep).join('/');
        // the reader npm run check uses: both see the same fields in the same file
        let entry: EntryFile;
        try {
          entry = parseEntry(text, filePath);
        } catch (error) {
          if (error instanceof ContentError) return { rendered: false, problems: [], unreadable: error.problems };
          throw error;
        }
        // Astro empties its store when its configuration changes; the HTML of this very
        // text, checked and rendered by this very code, is still in the cache
        if (!cached) {
          const rendered = renderEntry(text, filePath);
          if (rendered.problems) return { rendered: false, problems: rendered.problems };
          cache.set(id, { digest, abstract: unescapeMdxText(entry.body.trim()), html: rendered.html });
        }
        const data = await context.parseData({ id, data: entry.data, filePath: file });
        store.set({ id, data, filePath, digest });
        return { rendered: !cached, problems: [] };
      }

      const files = (await readdir(dir).catch(() => [] as string[]))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => join(dir, name));
      const gone = new Set([...store.keys(), ...cache.keys()]);
      let rendered = 0;
      const problems: UntrustedProblem[] = [];
      const unreadable: ContentProblem[] = [];
      for (const file of files) {
        const result = await sync(file);
        gone.delete(basename(file, '.mdx'));
        if (result.rendered) rendered += 1;
        problems.push(...result.problems);
        unreadable.push(...(result.unreadable ?? []));
      }
      if (unreadable.length > 0) throw new Error(unreadableMessage(unreadable));
      if (problems.length > 0) throw new Error(refusalMessage(problems));
      for (const id of gone) {
        store.delete(id);
        cache.delete(id);
      }
      if (rendered > 0 || gone.size > 0) writeEntryCache(cacheFile, cache);
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
        const result = await sync(path);
        if (result.unreadable) {
          logger.error(unreadableMessage(result.unreadable));
          return;
        }
        if (result.problems.length > 0) {
          logger.error(refusalMessage(result.problems));
          return;
        }
        writeEntryCache(cacheFile, cache);
        logger.info(`Reloaded ${relative(root, path)}`);
      };
      watcher.on('change', (path) => void resync(path));
      watcher.on('add', (path) => void resync(path));
      watcher.on('unlink', (path) => {
        if (!inDir(path)) return;
        const id = basename(path, '.mdx');
        store.delete(id);
        cache.delete(id);
        writeEntryCache(cacheFile, cache);
      });
    },
  };
}
