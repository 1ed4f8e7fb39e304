import type { AstroIntegration } from 'astro';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import paperAtlas, { buildSteps } from '../../src/integrations/paper-atlas.ts';
import { STAGE_LOG_ENV } from '../../src/integrations/stage-log.ts';

interface Update {
  vite?: { plugins?: Plugin[] };
  integrations?: AstroIntegration[];
}

async function setUp(): Promise<Update> {
  let update: Update = {};
  const hook = paperAtlas().hooks['astro:config:setup'] as unknown as (p: { config: { root: URL; cacheDir: URL }; updateConfig: (u: Update) => void; logger: { warn: (m: string) => void } }) => Promise<void>;
  const warnings: string[] = [];
  await hook({ config: { root: pathToFileURL('/project/'), cacheDir: pathToFileURL('/project/node_modules/.astro/') }, updateConfig: (u) => (update = u), logger: { warn: (m) => warnings.push(m) } });
  // Astro's content store was found and its saves made to wait for each other
  expect(warnings).toEqual([]);
  return update;
}

describe('paperAtlas()', () => {
  it('adds the untrusted-MDX guard as a Vite plugin that runs before all others, and the data store as one JSON string in a build', async () => {
    const plugins = (await setUp()).vite?.plugins ?? [];
    expect(plugins.map((p) => [p.name, p.enforce, p.apply])).toEqual([
      ['paper-atlas:mdx-module-guard', 'pre', undefined],
      ['paper-atlas:data-store-module', undefined, 'build'],
    ]);
  });

  it('splices in the build steps in the order their build:done hooks must run: pages, then search, then the service worker', async () => {
    const names = ((await setUp()).integrations ?? []).map((i) => i.name);
    expect(names).toEqual(buildSteps().map((i) => i.name));
    const at = (name: string) => names.indexOf(name);
    for (const name of ['paper-atlas:clear-output', 'paper-atlas:katex-assets', '@astrojs/sitemap', 'paper-atlas:release-heap', 'paper-atlas:pagefind']) expect(at(name), name).toBeGreaterThanOrEqual(0);
    // everything that writes into dist/ comes before the search index; the index before the offline step that precaches it
    expect(at('paper-atlas:katex-assets')).toBeLessThan(at('paper-atlas:pagefind'));
    expect(at('@astrojs/sitemap')).toBeLessThan(at('paper-atlas:pagefind'));
    expect(at('paper-atlas:release-heap')).toBe(at('paper-atlas:pagefind') - 1);
    expect(names.at(-1)).toBe('paper-atlas:offline');
  });

  it('marks the heap release as a stage for the benchmark, and leaves no Pagefind stage inside Astro when the index is made apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-atlas-stages-'));
    const log = join(dir, 'stages.jsonl');
    const logger = { info: () => undefined, warn: () => undefined };
    process.env[STAGE_LOG_ENV] = log;
    try {
      for (const apart of [false, true]) {
        const release = buildSteps(apart).find((i) => i.name === 'paper-atlas:release-heap')!;
        await release.hooks['astro:build:done']!({ logger } as never);
      }
      const apartPagefind = buildSteps(true).find((i) => i.name === 'paper-atlas:pagefind')!;
      await apartPagefind.hooks['astro:build:done']!({ dir: new URL('file:///nonexistent-paper-atlas-site/'), logger } as never);
      const stages = readFileSync(log, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { stage: string }).stage);
      expect(stages).toEqual(['release heap', 'release heap']);
    } finally {
      delete process.env[STAGE_LOG_ENV];
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the search index and the precache to finish-site.ts when the build runs them apart', async () => {
    const infos: string[] = [];
    const logger = { info: (m: string) => infos.push(m), warn: (m: string) => infos.push(m) };
    const pagefindStep = buildSteps(true).find((i) => i.name === 'paper-atlas:pagefind')!;
    // nothing is indexed: the folder does not even exist
    await pagefindStep.hooks['astro:build:done']!({ dir: new URL('file:///nonexistent-paper-atlas-site/'), logger } as never);
    expect(infos).toEqual([expect.stringContaining('once Astro has exited')]);
  });
});

