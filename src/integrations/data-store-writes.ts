import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Astro 5's content store (astro/dist/content/mutable-data-store.js) saves itself on a
 * 500 ms debounce and once more when the sync ends, and drops a save asked for while
 * another is writing: `#writeFileAtomic` marks the file pending and, when the first
 * write ends, writes the first write's text again. A sync whose loader runs for seconds
 * (rendering a whole catalog on two threads) lets the debounced save of the sync's start
 * begin inside it and starve there; the final save then finds it writing and is lost,
 * so `data-store.json`, which the build bundles, keeps the entries of the build before:
 * a 10,000-paper build after a renderer change showed an edited title's old text, and
 * an earlier one bundled an empty collection. Saves made one after another lose
 * nothing: each `writeToDisk` here waits for the one before it, then writes the store
 * as it is by then. A test pins the behaviour to the installed Astro.
 */
export async function serializeDataStoreWrites(): Promise<boolean> {
  const file = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/mutable-data-store.js');
  // an Astro that moved the module: the build goes on, with the caller's warning
  if (!existsSync(file)) return false;
  const { MutableDataStore } = (await importModule(pathToFileURL(file).href)) as { MutableDataStore?: { prototype: StoreWrites } };
  const prototype = MutableDataStore?.prototype;
  if (!prototype || typeof prototype.writeToDisk !== 'function') return false;
  if (prototype[SERIALIZED]) return true;
  const write = prototype.writeToDisk;
  prototype[UNSERIALIZED] = write;
  const chains = new WeakMap<object, Promise<void>>();
  prototype.writeToDisk = function (this: object): Promise<void> {
    const next = (chains.get(this) ?? Promise.resolve()).then(() => write.call(this));
    // a failed save still fails its caller; the next one waits only for it to end
    chains.set(this, next.catch(() => undefined));
    return next;
  };
  prototype[SERIALIZED] = true;
  return true;
}

/**
 * Node's own `import()`: astro.config.mjs and what it imports run in Vite's module runner,
 * which rewrites `import()` to itself and has closed by the time Astro runs the hooks.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Node's own import, else (where code runs in a VM context, as under vitest, which has none) the module's. */
async function importModule(url: string): Promise<unknown> {
  try {
    return await nativeImport(url);
  } catch {
    return import(/* @vite-ignore */ url);
  }
}

const SERIALIZED = Symbol.for('paper-atlas.data-store-writes-serialized');
/** Astro's own `writeToDisk`, kept for the test that shows what it loses. */
export const UNSERIALIZED = Symbol.for('paper-atlas.data-store-writes-unserialized');

interface StoreWrites {
  writeToDisk: (this: object) => Promise<void>;
  [SERIALIZED]?: boolean;
  [UNSERIALIZED]?: (this: object) => Promise<void>;
}
