import { existsSync, readFileSync } from 'node:fs';
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

/** The data store as a module that holds one string, parsed when the module runs. */
export function dataStoreModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
}

/**
 * Astro bundles its whole content data store (every entry's frontmatter: 5.9 MB at
 * 10,000 papers) into the site's server build as one array literal of about a million
 * elements, which Rollup parses and tree-shakes node by node: in a CPU profile of the
 * 10,000-paper build, Rollup took 2.5 s and the collector 1.4 s of Vite's 5.3 s, most of
 * it in that array. This plugin hands Rollup the same data as one string literal that
 * the module parses with `JSON.parse` when it runs: the same value (the file is JSON,
 * and Astro's module is `dataToEsm` of that JSON), one node to parse, and V8 reads JSON
 * faster than the same data written as code; the bundle took 3.2 s. It replaces the code
 * Astro's own plugin loaded (a `transform`, since Astro's `load` answers first; the file
 * is read a second time, since the code Astro hands on cannot be turned back into JSON
 * cheaply: at 10,000 papers reading it took 26–29 ms and quoting it as a string
 * 15–33 ms), in `astro build` only; `astro dev` keeps Astro's module and its reloading.
 */
export function dataStoreModulePlugin(cacheDir: URL): Plugin {
  const file = fileURLToPath(new URL(DATA_STORE_FILE, cacheDir));
  return {
    name: 'paper-atlas:data-store-module',
    apply: 'build',
    transform(_code, id) {
      // no file: Astro's module is its empty Map, left as it is
      if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return undefined;
      return { code: dataStoreModule(readFileSync(file, 'utf8')), map: { mappings: '' } };
    },
  };
}
