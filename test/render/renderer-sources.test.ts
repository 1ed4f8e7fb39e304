import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERER_ENTRY, rendererFingerprint, rendererSources } from '../../src/render/papers-loader.ts';

const ROOT = resolve('.');

/** The project modules dependency-cruiser (which resolves imports as TypeScript does) finds reachable from the loader. */
function reachableByDepcruise(): string[] {
  const run = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'depcruise'),
    [RENDERER_ENTRY, '--config', join(ROOT, '.dependency-cruiser.mjs'), '--include-only', '^src/', '--output-type', 'json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.stdout.trim() === '') throw new Error(`depcruise printed nothing (exit ${run.status}): ${run.stderr}`);
  return (JSON.parse(run.stdout) as { modules: { source: string }[] }).modules.map((m) => m.source).sort();
}

describe('rendererSources on this project', () => {
  const sources = rendererSources(ROOT);

  it('holds every module the loader reaches, as dependency-cruiser resolves them: none that shapes the HTML is left out', () => {
    const reachable = reachableByDepcruise();
    expect(reachable.length).toBeGreaterThan(10);
    expect(reachable.filter((path) => !sources.includes(path))).toEqual([]);
  });

  it('holds the modules a hand-kept list once missed, and no command’s code', () => {
    expect(sources).toEqual(expect.arrayContaining(['src/render/papers-loader.ts', 'src/render/render-entry.ts', 'src/render/mdx-options.ts', 'src/content/find-urls.ts', 'src/content/mdx-escape.ts', 'src/content/mdx-policy.ts']));
    // editing a check's report format must not re-render the catalog
    expect(sources.filter((path) => /^src\/(check|ingest|contribute|pages|search|graph|topics)\//.test(path))).toEqual([]);
  });
});

describe('rendererFingerprint', () => {
  const root = mkdtempSync(join(tmpdir(), 'renderer-sources-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  // every form of relative import, each to its own module
  write(
    RENDERER_ENTRY,
    [
      "import {\n  one,\n  two,\n} from './plugins/multi-line.ts';",
      "import type { Shape } from '../content/types-only.ts';",
      "import './side-effect.ts';",
      "export { escape } from '../content/re-exported.ts';",
      "const later = () => import('../shared/dynamic.ts');",
      "import { render } from 'some-package';",
    ].join('\n'),
  );
  const leaves = ['src/render/plugins/multi-line.ts', 'src/content/types-only.ts', 'src/render/side-effect.ts', 'src/content/re-exported.ts', 'src/shared/dynamic.ts'];
  for (const leaf of leaves) write(leaf, 'export {};\n');
  write('src/content/deep.ts', 'export const deep = 1;\n');
  write('src/render/plugins/multi-line.ts', "import { deep } from '../../content/deep.ts';\nexport const one = deep;\n");
  write('src/check/report.ts', 'export const report = 1;\n');
  write('package-lock.json', '{}\n');

  it('follows every form of relative import, to the end', () => {
    expect(rendererSources(root)).toEqual([...leaves, 'src/content/deep.ts', RENDERER_ENTRY].sort());
  });

  it.each([...leaves, 'src/content/deep.ts', 'package-lock.json'])('changes when %s changes', (path) => {
    const before = rendererFingerprint(root);
    appendFileSync(join(root, path), '// edited\n');
    expect(rendererFingerprint(root)).not.toBe(before);
  });

  it('stays the same when a module off the rendering path changes', () => {
    const before = rendererFingerprint(root);
    write('src/check/report.ts', 'export const report = 2;\n');
    expect(rendererFingerprint(root)).toBe(before);
  });
});
