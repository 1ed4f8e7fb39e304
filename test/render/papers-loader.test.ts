import type { LoaderContext } from 'astro/loaders';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogOrder } from '../../src/content/catalog-order.ts';
import type { PaperFrontmatter } from '../../src/content/paper-schema.ts';
import { relatedPapersOf, similarityInput, startRelatedPapers } from '../../src/content/similar-ahead.ts';
import { entryCacheFile, entryText, readEntryCache } from '../../src/render/entry-cache.ts';
import { paperLoader } from '../../src/render/papers-loader.ts';
import { similarPapers } from '../../src/shared/similar-papers.ts';

import { inline } from '../support/similar-papers-counter.ts';

// Related papers computed on this thread are counted; the loader's thread loads the real module.
vi.mock('../../src/shared/similar-papers.ts', async (original) => (await import('../support/similar-papers-counter.ts')).countingSimilarPapers(original));

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  digest?: string | number;
  rendered?: { html: string };
}

/**
 * The part of Astro's loader context the paper loader uses: an in-memory store that
 * survives between loads (as Astro's data store survives between builds), and digests.
 */
function astroContext(root: string, store: Map<string, Stored>, log: string[]): LoaderContext {
  let digests = 0;
  return {
    collection: 'papers',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: (m: string) => log.push(m), warn: (m: string) => log.push(m), error: (m: string) => log.push(m) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => {
      digests += 1;
      let h = 0;
      for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      return `${h}`;
    },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => (store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      values: () => [...store.values()],
      clear: () => store.clear(),
      delete: (id: string) => void store.delete(id),
      has: (id: string) => store.has(id),
    },
    get digests() {
      return digests;
    },
  } as unknown as LoaderContext;
}

const entry = (title: string, body: string) => `---\ntitle: ${title}\nadded: 2026-11-26\ntags: [a, b]\n---\n\n${body}\n`;

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'paper-loader-'));
  dir = join(root, 'content', 'papers');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, 'src', 'render', 'plugins'), { recursive: true });
  // the loader's module graph in miniature: the fingerprint follows its imports
  writeFileSync(join(root, 'src', 'render', 'papers-loader.ts'), "import './plugins/plugin.ts';\n");
  writeFileSync(join(root, 'src', 'render', 'plugins', 'plugin.ts'), 'export {};\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('paperLoader', () => {
  it('stores each entry’s data in Astro’s store, and its abstract and HTML in the entry cache', async () => {
    writeFileSync(join(dir, 'one.mdx'), entry('One', 'Math $x^2$ and \\{braces\\}.'));
    const store = new Map<string, Stored>();
    await paperLoader({ base: 'content/papers' }).load(astroContext(root, store, []));
    const one = store.get('one')!;
    expect(one.data).toMatchObject({ title: 'One', tags: ['a', 'b'] });
    // nothing heavy in the store: Astro bundles all of it into one module on every build
    expect(one.body).toBeUndefined();
    expect(one.rendered).toBeUndefined();
    const text = entryText('one', root);
    expect(text.digest).toBe(one.digest);
    expect(text.abstract).toBe('Math $x^2$ and {braces}.');
    expect(text.html).toMatch(/^<p>Math <span class="katex"><math .*<\/math><\/span> and \{braces\}\.<\/p>$/s);
    expect(() => entryText('two', root)).toThrow(/^No rendered text for the paper "two" in .*entries\.json\. Expected the paper loader/);
  });

  it('renders again only what changed since the last load, and forgets removed entries', async () => {
    writeFileSync(join(dir, 'one.mdx'), entry('One', 'First.'));
    writeFileSync(join(dir, 'two.mdx'), entry('Two', 'Second.'));
    const store = new Map<string, Stored>();
    const log: string[] = [];
    const load = () => paperLoader({ base: 'content/papers' }).load(astroContext(root, store, log));
    await load();
    expect(log.at(-1)).toMatch(/^2 entries loaded, 2 rendered, 0 unchanged/);

    await load();
    expect(log.at(-1)).toMatch(/^2 entries loaded, 0 rendered, 2 unchanged/);

    writeFileSync(join(dir, 'two.mdx'), entry('Two', 'Second, edited.'));
    writeFileSync(join(dir, 'three.mdx'), entry('Three', 'Third.'));
    rmSync(join(dir, 'one.mdx'));
    await load();
    expect(log.at(-1)).toMatch(/^2 entries loaded, 2 rendered, 0 unchanged/);
    expect([...store.keys()].sort()).toEqual(['three', 'two']);
    const cache = readEntryCache(entryCacheFile(root));
    expect([...cache.keys()].sort()).toEqual(['three', 'two']);
    expect(cache.get('two')?.html).toBe('<p>Second, edited.</p>');
  });

  it('renders an entry again when the entry cache has lost it', async () => {
    writeFileSync(join(dir, 'one.mdx'), entry('One', 'First.'));
    const store = new Map<string, Stored>();
    const log: string[] = [];
    const load = () => paperLoader({ base: 'content/papers' }).load(astroContext(root, store, log));
    await load();
    rmSync(join(root, '.cache'), { recursive: true });
    await load();
    expect(log.at(-1)).toMatch(/^1 entries loaded, 1 rendered, 0 unchanged/);
    expect(entryText('one', root).html).toBe('<p>First.</p>');
  });

  it('fills an emptied store from the entry cache without rendering again', async () => {
    writeFileSync(join(dir, 'one.mdx'), entry('One', 'First.'));
    const store = new Map<string, Stored>();
    const log: string[] = [];
    const load = () => paperLoader({ base: 'content/papers' }).load(astroContext(root, store, log));
    await load();
    store.clear(); // as Astro does when its configuration changed
    await load();
    expect(log.at(-1)).toMatch(/^1 entries loaded, 0 rendered, 1 unchanged/);
    expect(store.get('one')?.data).toMatchObject({ title: 'One' });
  });

  it('renders everything again when the renderer’s code changes', async () => {
    writeFileSync(join(dir, 'one.mdx'), entry('One', 'First.'));
    const store = new Map<string, Stored>();
    const log: string[] = [];
    const load = () => paperLoader({ base: 'content/papers' }).load(astroContext(root, store, log));
    await load();
    writeFileSync(join(root, 'src', 'render', 'plugins', 'plugin.ts'), 'export const changed = true;\n');
    await load();
    expect(log.at(-1)).toMatch(/^1 entries loaded, 1 rendered, 0 unchanged/);
  });

  it('refuses entries holding code, naming every file and line, and stores none of them', async () => {
    writeFileSync(join(dir, 'good.mdx'), entry('Good', 'Fine.'));
    writeFileSync(join(dir, 'bad.mdx'), entry('Bad', 'Text {process.exit(1)}'));
    writeFileSync(join(dir, 'worse.mdx'), entry('Worse', '<img src="x" onerror="alert(1)" />'));
    const store = new Map<string, Stored>();
    const failure = paperLoader({ base: 'content/papers' }).load(astroContext(root, store, []));
    await expect(failure).rejects.toThrow(/^Refused: 2 content file\(s\) hold code/);
    await expect(failure).rejects.toThrow(/content\/papers\/bad\.mdx, line 7: expected text, Markdown and math, no code, found an expression "\{process\.exit\(1\)\}"/);
    await expect(failure).rejects.toThrow(/content\/papers\/worse\.mdx, line 7: .*<img>/);
    expect(store.has('bad')).toBe(false);
    expect(store.has('worse')).toBe(false);
  });

  it('renders the same entries, problems and all, when a second thread shares a large sync', async () => {
    const bodies = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? `Math $x_${i}$ and \\<angles\\>.` : `Plain ${i}, see https://example.org/${i}.`));
    bodies.forEach((body, i) => writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.mdx`), entry(`Paper ${i}`, body)));
    const load = async (threadAt: number) => {
      rmSync(join(root, '.cache'), { recursive: true, force: true });
      const store = new Map<string, Stored>();
      const log: string[] = [];
      await paperLoader({ base: 'content/papers', threadAt }).load(astroContext(root, store, log));
      return { store, log, cache: readEntryCache(entryCacheFile(root)) };
    };
    const alone = await load(Number.POSITIVE_INFINITY);
    expect(alone.log.at(-1)).toMatch(/^400 entries loaded, 400 rendered, 0 unchanged/);
    const shared = await load(1);
    // how the work split depends on when the thread started; what it rendered does not
    expect(shared.log.at(-1)).toMatch(/^400 entries loaded, 400 rendered( \(\d+ on a second thread\))?, 0 unchanged/);
    expect([...shared.cache]).toEqual([...alone.cache]);
    expect([...shared.store]).toEqual([...alone.store]);
    // A large sync also offers the catalog, as the pages read it, for related papers on a thread once the build starts.
    startRelatedPapers();
    const pages = [...shared.store.values()]
      .map((e) => ({ id: e.id, data: e.data as PaperFrontmatter }))
      .sort(catalogOrder)
      .map((e) => similarityInput(e.id, e.data, shared.cache.get(e.id)!.abstract));
    inline.calls = 0;
    expect([...(await relatedPapersOf(pages))]).toEqual([...similarPapers(pages)]);
    expect(inline.calls).toBe(1);

    writeFileSync(join(dir, 'p007.mdx'), entry('Bad', 'Text {process.exit(1)}'));
    await expect(load(1)).rejects.toThrow(/^Refused: 1 content file\(s\) hold code[\s\S]*content\/papers\/p007\.mdx, line 7: expected text/);
  });
});
