import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin, TransformResult } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_STORE_FILE, DATA_STORE_MODULE_ID, dataStoreModule, dataStoreModulePlugin } from '../../src/integrations/data-store-module.ts';
import { PROJECT } from '../check/support/temp-project.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A cache folder holding `json` as the data store, as `astro build` leaves it. */
function cacheDirWith(json: string | undefined): URL {
  const dir = mkdtempSync(join(tmpdir(), 'paper-atlas-data-store-'));
  dirs.push(dir);
  if (json !== undefined) writeFileSync(join(dir, DATA_STORE_FILE), json);
  return pathToFileURL(`${dir}/`);
}

function transform(plugin: Plugin, id: string): TransformResult | undefined {
  const hook = plugin.transform as (code: string, id: string) => TransformResult | undefined;
  return hook.call({}, 'export default [/* Astro’s module */]', id);
}

/** The value a module's default export takes when it runs. */
async function defaultExport(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return module.default;
}

// devalue's flat form, as Astro writes it: strings with quotes, backslashes, line and
// paragraph separators, non-ASCII and a closing script tag must come through unchanged
const STORE = [
  ['Map', 1, 2],
  'papers',
  ['Map', 3, 4],
  'a-paper',
  { id: 3, data: 5 },
  { title: 6, tags: 7 },
  'Quotes " and \\ backslashes, \u2028 and \u2029, μ and °, </script> and ${template}',
  [8],
  'learning-theory',
];

describe('the data store read from its file when the build runs', () => {
  it('runs to the same value as the JSON Astro wrote', async () => {
    const json = JSON.stringify(STORE);
    const file = fileURLToPath(new URL(DATA_STORE_FILE, cacheDirWith(json)));
    expect(await defaultExport(dataStoreModule(file))).toEqual(JSON.parse(json));
  });

  it('carries none of the store in the bundle, only where the file is', () => {
    const code = dataStoreModule('/project/node_modules/.astro/data-store.json');
    expect(code.length).toBeLessThan(200);
    expect(code).toContain('"/project/node_modules/.astro/data-store.json"');
  });

  it('replaces the data store module in a build with the file in the cache folder', async () => {
    const json = JSON.stringify(STORE);
    const plugin = dataStoreModulePlugin(cacheDirWith(json));
    expect(plugin.apply).toBe('build');
    const result = transform(plugin, DATA_STORE_MODULE_ID);
    expect(result).toBeTypeOf('object');
    const code = (result as { code: string }).code;
    expect(await defaultExport(code)).toEqual(STORE);
  });

  it('leaves every other module, and a build without a data store, to Astro', () => {
    const plugin = dataStoreModulePlugin(cacheDirWith(JSON.stringify(STORE)));
    expect(transform(plugin, '\0astro:content')).toBeUndefined();
    expect(transform(plugin, 'astro:data-layer-content')).toBeUndefined();
    expect(transform(dataStoreModulePlugin(cacheDirWith(undefined)), DATA_STORE_MODULE_ID)).toBeUndefined();
  });

  it('names the module id and file the installed Astro uses', () => {
    // not exported by the package: read from its source, so an upgrade that renames them fails here
    const consts = readFileSync(join(PROJECT, 'node_modules/astro/dist/content/consts.js'), 'utf8');
    expect(consts).toContain(`DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE_ID.slice(1)}"`);
    expect(consts).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    expect(consts).toContain(`DATA_STORE_FILE = "${DATA_STORE_FILE}"`);
    // and that the build reads it from cacheDir, the folder the plugin is given
    const layer = readFileSync(join(PROJECT, 'node_modules/astro/dist/content/content-layer.js'), 'utf8');
    expect(layer).toMatch(/new URL\(DATA_STORE_FILE, isDev \? settings\.dotAstroDir : settings\.config\.cacheDir\)/);
  });
});
