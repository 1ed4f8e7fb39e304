import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The import rules of .dependency-cruiser.mjs, run as `npm run lint` runs them: the real
 * tree passes, and a scratch copy of src/ with one planted import fails with exactly the
 * rule that import breaks.
 */
const ROOT = resolve('.');
const CONFIG = join(ROOT, '.dependency-cruiser.mjs');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: { name: string; severity: string };
  from: string;
  to: string;
}

function cruise(cwd: string, targets: string[]): { errors: number; violations: Violation[] } {
  const run = spawnSync(DEPCRUISE, [...targets, '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.stdout.trim() === '') throw new Error(`depcruise printed nothing (exit ${run.status}): ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { error: number; violations: Violation[] } };
  return { errors: result.summary.error, violations: result.summary.violations };
}

const scratches: string[] = [];
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

/** A copy of src/ (with tsconfig.json and node_modules linked in) holding one extra file. */
function plant(file: string, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
  scratches.push(dir);
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), source);
  return dir;
}

describe('the import rules', () => {
  it('pass on the real tree: src/, the commands and the Astro config', () => {
    const { errors, violations } = cruise(ROOT, ['src', 'scripts', 'astro.config.mjs']);
    expect(violations).toEqual([]);
    expect(errors).toBe(0);
  });

  it.each([
    {
      what: 'a folder cycle (catalog imports graph/build, which imports catalog)',
      file: 'src/catalog/planted.ts',
      source: "import { buildScene } from '../graph/build/scene.ts';\nexport const planted = buildScene;\n",
      rule: 'no-folder-cycle',
    },
    {
      what: 'browser code importing build code',
      file: 'src/search/browser/planted.ts',
      source: "import { indexFields } from '../build/index-fields.ts';\nexport const planted = indexFields;\n",
      rule: 'browser-imports-build-code',
    },
    {
      what: 'browser code importing a Node built-in',
      file: 'src/graph/browser/planted.ts',
      source: "import { readFileSync } from 'node:fs';\nexport const planted = readFileSync;\n",
      rule: 'browser-imports-node',
    },
    {
      what: 'src/content/ importing a feature',
      file: 'src/content/planted.ts',
      source: "import { STATUS_FILE } from '../offline/files.ts';\nexport const planted = STATUS_FILE;\n",
      rule: 'lower-imports-feature',
      // every feature reads src/content/, so the same import also closes a folder cycle
      also: ['no-folder-cycle'],
    },
    {
      what: 'a feature importing an integration',
      // a feature paperAtlas() does not import: in offline/ or search/ the same import also closes a folder cycle
      file: 'src/graph/build/planted.ts',
      source: "import { markStage } from '../../integrations/stage-log.ts';\nexport const planted = markStage;\n",
      rule: 'feature-imports-higher',
    },
    {
      what: 'a module outside every known home',
      file: 'src/widgets/planted.ts',
      source: "import { plural } from '../shared/plural.ts';\nexport const planted = plural;\n",
      rule: 'unknown-home',
    },
  ] as { what: string; file: string; source: string; rule: string; also?: string[] }[])('fail on $what', ({ file, source, rule, also = [] }) => {
    const { errors, violations } = cruise(plant(file, source), ['src']);
    expect(errors).toBeGreaterThan(0);
    expect([...new Set(violations.map((v) => v.rule.name))].sort()).toEqual([rule, ...also].sort());
    // module rules name the planted file; folder rules (the cycle) name its folder
    expect(violations.some((v) => [file, dirname(file)].includes(v.from) || v.to === file)).toBe(true);
  });
});
