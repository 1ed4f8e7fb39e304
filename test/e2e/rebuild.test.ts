import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixtureCopy, prepareFixtureCopy } from './support/fixture-catalog.ts';

/**
 * A rebuild reuses what the last build kept (rendered entries, tag evidence, Astro's data
 * store, the paper pages whose inputs did not change, the search bundle's hashed files), and must make exactly what a cold build makes: the fixture catalog is built,
 * one paper is added to its seed, it is rebuilt with the caches kept, and then built
 * again with every cache and the output deleted. The two `dist/` trees are compared
 * file by file, byte for byte.
 */
const dir = mkdtempSync(join(tmpdir(), 'paper-atlas-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, by path, with its bytes. */
function tree(root: string, path = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(join(root, path)).sort()) {
    const rel = path === '' ? name : `${path}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) for (const [k, v] of tree(root, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(root, rel)));
  }
  return out;
}

const NEW_PAPER = [
  'Sparse Mixture Routing for Cheap Convolutional Inference',
  'We route each image through a sparse mixture of convolutional experts, so that inference stays cheap while capacity grows; on ImageNet the routed network matches a dense one at a third of its cost.',
].join('\n');

describe('a rebuild after adding one paper', () => {
  it('writes the same dist/, byte for byte, as a cold build of the same catalog', { timeout: 900_000 }, () => {
    prepareFixtureCopy(dir);
    buildFixtureCopy(dir);
    const seed = join(dir, 'seeds', readdirSync(join(dir, 'seeds')).sort()[0]!);
    appendFileSync(seed, `${readFileSync(seed, 'utf8').endsWith('\n') ? '' : '\n'}${NEW_PAPER}\n`);
    const rebuildLog = buildFixtureCopy(dir);
    expect(rebuildLog).toMatch(/1 created/);
    // most paper pages are kept from the first build; the new one, its neighbours and the pages whose counts or related papers it changed are rendered
    const [, kept, total] = /(\d+) of (\d+) paper pages kept from the last build/.exec(rebuildLog)!.map(Number);
    expect(kept).toBeGreaterThan(total! / 2);
    expect(kept).toBeLessThan(total!);
    // the search bundle too: Pagefind wrote only the files that changed, and those the new index does not name were deleted
    const [, inPlace, deleted] = /(\d+) files of the last build's bundle in place, (\d+) of them not named by this index and deleted/.exec(rebuildLog)!.map(Number);
    expect(inPlace).toBeGreaterThan(deleted!);
    expect(deleted).toBeGreaterThan(0);
    const rebuilt = tree(join(dir, 'dist'));

    for (const path of ['dist', '.cache', join('node_modules', '.astro')]) rmSync(join(dir, path), { recursive: true, force: true });
    buildFixtureCopy(dir);
    const cold = tree(join(dir, 'dist'));

    expect([...rebuilt.keys()]).toEqual([...cold.keys()]);
    const differing = [...cold].filter(([path, bytes]) => !bytes.equals(rebuilt.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect([...cold.keys()].some((path) => path.startsWith('papers/sparse-mixture-routing-for-cheap-convolutional'))).toBe(true);
  });
});
