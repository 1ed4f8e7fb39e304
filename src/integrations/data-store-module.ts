import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The module id under which Astro 5 serves its content data store to the build, and the
 * file in `cacheDir` it reads it from (astro/dist/content/consts.js:
 * RESOLVED_DATA_STORE_VIRTUAL_ID, DATA_STORE_FILE). A test pins both to the installed
 * Astro, so an upgrade that renames them fails there, not silently here.
 */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
export const DATA_STORE_FILE = 'data-store.json';

/** The data store as a module that reads the store's file `file` and parses it when the module runs. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * Astro bundles its whole content data store (every entry's frontmatter: 5.9 MB at
 * 10,000 papers) into the site's server build as one array literal of about a million
 * elements, which Rollup parses and tree-shakes node by node: in a CPU profile of the
 * 10,000-paper build, Rollup took 2.5 s and the collector 1.4 s of Vite's 5.3 s, most of
 * it in that array. This plugin replaces that module with one that reads the same file
 * (`data-store.json` in `cacheDir`, which Astro's own module is `dataToEsm` of) and
 * parses it with `JSON.parse` when the module runs, in the same `astro build` that
 * wrote it: the same value, and nothing of the store for Rollup to parse, copy and write
 * into a chunk, or for Node to parse again as code when the pages are rendered. Handed
 * over as one string literal instead (stop 30), Vite's bundle went from 5.3 to 3.2 s;
 * read from the file, the 10,000-paper scratch project's "static entrypoints" step took
 * 3.77–4.15 s against 4.31–4.74 s as one string (three builds each, one after the other).
 * It replaces the code Astro's own plugin loaded (a `transform`, since Astro's `load`
 * answers first), in `astro build` only; `astro dev` keeps Astro's module and its
 * reloading.
 */
export function dataStoreModulePlugin(cacheDir: URL): Plugin {
  const file = fileURLToPath(new URL(DATA_STORE_FILE, cacheDir));
  return {
    name: 'paper-atlas:data-store-module',
    apply: 'build',
    transform(_code, id) {
      // no file: Astro's module is its empty Map, left as it is
      if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return undefined;
      return { code: dataStoreModule(file), map: { mappings: '' } };
    },
  };
}
