import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeDataStoreWrites, UNSERIALIZED } from '../../src/integrations/data-store-writes.ts';

interface Store {
  set(collection: string, key: string, value: unknown): void;
  writeToDisk(): Promise<void>;
  waitUntilSaveComplete(): Promise<void>;
}
interface StoreClass {
  fromFile(file: URL): Promise<Store>;
  prototype: Store & { [UNSERIALIZED]?: Store['writeToDisk'] };
}
const file = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/mutable-data-store.js');
const { MutableDataStore } = (await import(pathToFileURL(file).href)) as { MutableDataStore: StoreClass };

const dir = mkdtempSync(join(tmpdir(), 'data-store-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A save starts (as the debounced one does inside a long sync), an entry is set, the sync's final save runs: what reaches the file? */
async function raced(name: string): Promise<string> {
  const path = join(dir, `${name}.json`);
  const store = await MutableDataStore.fromFile(pathToFileURL(path));
  store.set('papers', 'first', { id: 'first', data: { title: 'First' } });
  const early = store.writeToDisk();
  store.set('papers', 'second', { id: 'second', data: { title: 'Second' } });
  await store.waitUntilSaveComplete();
  await early;
  return readFileSync(path, 'utf8');
}

describe('serializeDataStoreWrites', () => {
  it("finds Astro's store, whose own saves lose an entry set while another save writes", async () => {
    const patched = MutableDataStore.prototype.writeToDisk;
    const own = MutableDataStore.prototype[UNSERIALIZED];
    if (own) MutableDataStore.prototype.writeToDisk = own; // patched by an earlier file in this process
    try {
      const text = await raced('unserialized');
      expect(text).toContain('First');
      expect(text).not.toContain('Second');
    } finally {
      MutableDataStore.prototype.writeToDisk = patched;
    }
  });

  it('makes each save wait for the one before it, so the last holds every entry', async () => {
    expect(await serializeDataStoreWrites()).toBe(true);
    expect(await serializeDataStoreWrites()).toBe(true); // once only
    const text = await raced('serialized');
    expect(text).toContain('First');
    expect(text).toContain('Second');
  });
});
