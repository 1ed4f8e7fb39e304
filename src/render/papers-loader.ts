import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblem, type ContentProblem } from '../content/content-error.ts';
import { parseEntry, type EntryFile } from '../content/entry-file.ts';
import { projectFrontmatterCache } from '../content/read-entries.ts';
import { refusalMessage, type UntrustedProblem } from '../content/mdx-policy.ts';
import { unescapeMdxText } from '../content/mdx-escape.ts';
import { entryCacheFile, readEntryCache, writeEntryCache } from './entry-cache.ts';
import { runOnThread } from '../content/on-thread.ts';
import { catalogOrder } from '../content/catalog-order.ts';
import type { PaperFrontmatter } from '../content/paper-schema.ts';
import { offerRelatedPapers, similarityInput } from '../content/similar-ahead.ts';
import { renderEntry, renderShare, type RenderedEntry } from './render-entry.ts';

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

/**
 * A sync with this many entries to render shares them with a second thread: starting one
 * costs about half a second, which fewer entries (under a second of work on one thread) do not repay.
 */
export const THREAD_AT = 2000;

/** The module the second thread loads (`renderShare`). */
const RENDER_ENTRY_MODULE = fileURLToPath(new URL('render-entry.ts', import.meta.url));

/** An entry's file as the loader read it. */
interface Read {
  id: string;
  /** Absolute path. */
  file: string;
  /** Relative to the project root, with forward slashes. */
  filePath: string;
  text: string;
  digest: string;
  /** The entry cache holds this text's HTML. */
  cached: boolean;
  /** The store holds this text too: nothing to do. */
  unchanged: boolean;
}

/** Its frontmatter, or why it cannot be read. */
type Parsed = { read: Read; entry: EntryFile; unreadable?: never } | { read: Read; entry?: never; unreadable: ContentProblem[] };

export interface PaperLoaderOptions {
  /** Folder of the entries, relative to the project root, e.g. `content/papers`. */
  base: string;
  /** Entries to render from which a sync shares them with a second thread (`THREAD_AT`; tests lower it). */
  threadAt?: number;
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
export function paperLoader({ base, threadAt = THREAD_AT }: PaperLoaderOptions): Loader {
  return {
    name: 'paper-atlas:papers',
    load: async (context: LoaderContext) => {
      const { config, store, logger, watcher, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const cacheFile = entryCacheFile(root);
      const cache = readEntryCache(cacheFile);
      // what the sync parses, ingest's next run need not parse again
      const frontmatter = projectFrontmatterCache(root);
      const fingerprint = String(generateDigest(rendererFingerprint(root)));
      const started = performance.now();

      /** An entry's file, read and digested; `unchanged` when store and cache already hold this very text. */
      function readOne(file: string): Read {
        const id = basename(file, '.mdx');
        // read synchronously: entries are synced one after another, and awaiting each small
        // read left the main thread idle a third of the sync (4.4 of 13.5 s at 10,000 papers)
        const text = readFileSync(file, 'utf8');
        const digest = String(generateDigest(`${fingerprint}\n${text}`));
        const cached = cache.get(id)?.digest === digest;
        const filePath = relative(root, file).split(sep).join('/');
        return { id, file, filePath, text, digest, cached, unchanged: cached && store.get(id)?.digest === digest };
      }

      /** Its frontmatter, read as `npm run check` reads it: both see the same fields in the same file. */
      function parseOne(read: Read): Parsed {
        try {
          return { read, entry: parseEntry(read.text, read.filePath, frontmatter) };
        } catch (error) {
          if (error instanceof ContentError) return { read, unreadable: error.problems };
          throw error;
        }
      }

      /**
       * Validated (Astro's schema, only once the policy has passed the entry: its refusal
       * comes first) and into the store and the cache, given its HTML (undefined when the
       * cache holds it: Astro empties its store when its configuration changes, and the
       * HTML of this very text, checked and rendered by this very code, is still in the cache).
       */
      async function finishOne(read: Read, entry: EntryFile, rendered: { html: string } | undefined): Promise<void> {
        const data = await context.parseData({ id: read.id, data: entry.data, filePath: read.file });
        if (rendered) cache.set(read.id, { digest: read.digest, abstract: unescapeMdxText(entry.body.trim()), html: rendered.html });
        store.set({ id: read.id, data, filePath: read.filePath, digest: read.digest });
      }

      /**
       * Syncs `paths`: reads each, renders what the cache lacks (on two threads when there is
       * much of it), and stores them, or, when any cannot be read or the policy refuses any,
       * stores none and gives the problems.
       */
      async function syncFiles(paths: readonly string[]): Promise<{ rendered: number; onThread: number; problems: UntrustedProblem[]; unreadable: ContentProblem[] }> {
        const changed = paths.map(readOne).filter((read) => !read.unchanged);
        // Many entries to render (a cold build): a thread starts rendering them while this one
        // reads their frontmatter, then both render what is left, chunk by chunk. Astro's schema
        // checks the entries after that: an entry the policy refuses is refused before anything
        // else is said of it.
        const uncached = changed.filter((read) => !read.cached);
        const toRender = uncached.map(({ text, filePath }) => ({ text, file: filePath }));
        const shared = new SharedArrayBuffer(4);
        const onThread =
          toRender.length >= threadAt
            ? runOnThread<[number, RenderedEntry][]>(RENDER_ENTRY_MODULE, 'renderShare', [toRender, shared]).catch((error: unknown) => {
                logger.warn(`rendering on a second thread failed, so this one renders its share: ${String(error)}`);
                return [];
              })
            : Promise.resolve([]);
        const parsed = changed.map(parseOne);
        const here = renderShare(toRender, shared);
        const there = await onThread;
        const renderedAt = new Map([...here, ...there]);
        const renderedBy = new Map(uncached.map((read, i) => [read.id, renderedAt.get(i)]));
        const problems: UntrustedProblem[] = [];
        const unreadable: ContentProblem[] = [];
        const good: { read: Read; entry: EntryFile; rendered: { html: string } | undefined }[] = [];
        for (const { read, entry, unreadable: why } of parsed) {
          if (!entry) {
            unreadable.push(...why);
            continue;
          }
          const rendered = read.cached ? undefined : (renderedBy.get(read.id) ?? renderEntry(read.text, read.filePath));
          if (rendered?.problems) problems.push(...rendered.problems);
          else good.push({ read, entry, rendered });
        }
        if (unreadable.length > 0 || problems.length > 0) return { rendered: 0, onThread: 0, problems, unreadable };
        for (const { read, entry, rendered } of good) await finishOne(read, entry, rendered);
        return { rendered: good.filter((g) => g.rendered !== undefined).length, onThread: there.length, problems, unreadable };
      }

      const files = (await readdir(dir).catch(() => [] as string[]))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => join(dir, name));
      const gone = new Set([...store.keys(), ...cache.keys()]);
      for (const file of files) gone.delete(basename(file, '.mdx'));
      const { rendered, onThread, problems, unreadable } = await syncFiles(files);
      if (unreadable.length > 0) throw new Error(unreadableMessage(unreadable));
      if (problems.length > 0) throw new Error(refusalMessage(problems));
      for (const id of gone) {
        store.delete(id);
        cache.delete(id);
      }
      if (rendered > 0 || gone.size > 0) writeEntryCache(cacheFile, cache);
      frontmatter.save(false);
      // The whole catalog is known from here on, and Vite bundles the site on one core before
      // any page asks for related papers: a large catalog offers it, to compute them meanwhile on the other.
      if (files.length >= threadAt) {
        offerRelatedPapers(() =>
          store
            .values()
            .map((e) => ({ id: e.id, data: e.data as PaperFrontmatter }))
            .sort(catalogOrder)
            .map((e) => similarityInput(e.id, e.data, cache.get(e.id)?.abstract ?? '')),
        );
      }
      logger.info(
        `${files.length} entries loaded, ${rendered} rendered${onThread > 0 ? ` (${onThread} on a second thread)` : ''}, ${files.length - rendered} unchanged since the last build (${Math.round(performance.now() - started)} ms); ` +
          'none holds code, markup or unsafe links',
      );

      if (!watcher) return;
      // astro dev: an entry edited, added or removed is synced on its own
      watcher.add(dir);
      const inDir = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
      const resync = async (path: string) => {
        if (!inDir(path)) return;
        const result = await syncFiles([path]);
        if (result.unreadable.length > 0) {
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
