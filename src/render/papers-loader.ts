import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblem, type ContentProblem } from '../content/content-error.ts';
import { parseEntry, type EntryFile } from '../content/entry-file.ts';
import { refusalMessage, type UntrustedProblem } from '../content/mdx-policy.ts';
import { unescapeMdxText } from '../content/mdx-escape.ts';
import { entryCacheFile, readEntryCache, writeEntryCache } from './entry-cache.ts';
import { renderEntry } from './render-entry.ts';

/** The module whose imports, followed to the end, are all the code that shapes an entry's HTML. */
export const RENDERER_ENTRY = 'src/render/papers-loader.ts';

/**
 * `import … from './x.ts'`, `export … from '../y.ts'`, `import './z.ts'` and
 * `import('./w.ts')`: every way a module of ours names another by a relative path.
 * Package imports are covered by package-lock.json instead.
 */
const RELATIVE_IMPORT = /\b(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/**
 * The renderer's sources, derived rather than listed: `entry` and every module of the
 * project it imports, directly or through others (paths relative to `root`, sorted).
 * A module added to the rendering path is covered the moment something on it imports it.
 */
export function rendererSources(root: string, entry = RENDERER_ENTRY): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      return; // not in this project (a test's scratch tree may lack it)
    }
    seen.add(path);
    for (const match of text.matchAll(RELATIVE_IMPORT)) visit(posix.join(posix.dirname(path), match[1] ?? match[2]!));
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * The text of every renderer source and of package-lock.json (the versions of the
 * packages they import). It is part of every entry's digest, so a change to the renderer
 * re-renders the catalog instead of serving HTML cached by the previous code.
 */
export function rendererFingerprint(root: string): string {
  return [...rendererSources(root), 'package-lock.json']
    .map((path) => {
      let text = '';
      try {
        text = readFileSync(join(root, path), 'utf8');
      } catch {
        // a missing file counts as empty
      }
      return `${path}\n${text}`;
    })
    .join('\n\0\n');
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
        // read synchronously: entries are synced one after another, and awaiting each small
        // read left the main thread idle a third of the sync (4.4 of 13.5 s at 10,000 papers)
        const text = readFileSync(file, 'utf8');
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
