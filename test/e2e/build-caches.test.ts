import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryCacheFile, readEntryCache } from '../../src/render/entry-cache.ts';
import { evidenceCacheFile, readEvidence, taggingKey } from '../../src/topics/evidence-cache.ts';
import { parseEntry } from '../../src/content/entry-file.ts';
import { readLayers } from '../../src/topics/layers.ts';
import { catalogPaths } from '../../src/content/paths.ts';
import { fixtureSite } from './support/fixture-catalog.ts';

/**
 * What `npm run build` leaves in .cache/ for the next build (see README, Scale): every
 * paper's rendered text, and ingest's tag evidence under the very key the site computes,
 * so the build reuses it instead of tagging the catalog again. Read from the fixture
 * catalog's build.
 */
const ROOT = fixtureSite().dir;
const PAPERS = join(ROOT, 'content', 'papers');
const entries = readdirSync(PAPERS)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ id: name.replace(/\.mdx$/, ''), text: readFileSync(join(PAPERS, name), 'utf8') }));

describe('the build caches', () => {
  it('hold the rendered text of every paper and of nothing else', () => {
    const cache = readEntryCache(entryCacheFile(ROOT));
    expect([...cache.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
    for (const [id, text] of cache) {
      expect(text.html.length, id).toBeGreaterThan(0);
      expect(text.abstract.length, id).toBeGreaterThan(0);
    }
  });

  it('hold tag evidence that the site finds under the key it computes for this catalog', () => {
    const cache = readEntryCache(entryCacheFile(ROOT));
    // as src/catalog/load.ts reads the catalog: schema-trimmed titles, the loader's abstracts
    const papers = entries.map(({ id, text }) => {
      const { title } = parseEntry(text, id).data as { title: string };
      return { id, title: String(title).trim(), abstract: cache.get(id)!.abstract };
    });
    const { curated, induced } = readLayers(catalogPaths(ROOT));
    const key = taggingKey(papers, { curated, induced: induced ?? [] });
    const evidence = readEvidence(evidenceCacheFile(ROOT), key);
    expect(evidence, 'ingest wrote evidence under another key: the build tags the whole catalog again').toBeDefined();
    expect([...evidence!.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
  });
});
