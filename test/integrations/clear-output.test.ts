import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import clearOutput, { leftoverTrash, trashName } from '../../src/integrations/clear-output.ts';

type Hooks = Record<string, (params: unknown) => unknown>;

/** Runs the integration's two hooks the way `astro build` does, for an output folder `outDir`. */
function run(outDir: string): { vite: unknown } {
  const hooks = clearOutput().hooks as Hooks;
  let vite: unknown;
  hooks['astro:config:setup']!({ config: { outDir: pathToFileURL(`${outDir}/`) }, updateConfig: (c: { vite: unknown }) => (vite = c.vite) });
  hooks['astro:build:start']!({});
  return { vite };
}

const waitFor = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  return done();
};

describe('clearOutput', () => {
  it('leaves an empty output folder at once, and deletes the old one in the background', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'clear-output-'));
    const outDir = join(parent, 'dist');
    mkdirSync(join(outDir, 'papers', 'a'), { recursive: true });
    writeFileSync(join(outDir, 'papers', 'a', 'index.html'), 'old');
    mkdirSync(`${outDir}.trash-1`); // left behind by a build that was cut short
    const { vite } = run(outDir);
    expect(vite).toEqual({ build: { emptyOutDir: false } });
    expect(existsSync(outDir)).toBe(false);
    expect(await waitFor(() => readdirSync(parent).length === 0)).toBe(true);
  });

  it('lets Astro empty a folder holding .git (a deploy checkout), which it spares', () => {
    const parent = mkdtempSync(join(tmpdir(), 'clear-output-'));
    const outDir = join(parent, 'dist');
    mkdirSync(join(outDir, '.git'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'old');
    const { vite } = run(outDir);
    expect(vite).toBeUndefined();
    expect(readdirSync(outDir).sort()).toEqual(['.git', 'index.html']);
  });

  it('names trash folders after the output folder, and finds only those', () => {
    expect(trashName('/site/dist', 42)).toBe('/site/dist.trash-42');
    const parent = mkdtempSync(join(tmpdir(), 'clear-output-'));
    mkdirSync(join(parent, 'dist.trash-7'));
    mkdirSync(join(parent, 'distant'));
    expect(leftoverTrash(join(parent, 'dist'))).toEqual([join(parent, 'dist.trash-7')]);
  });
});
