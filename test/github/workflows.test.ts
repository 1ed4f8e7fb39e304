import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
interface Step { run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string }
interface Job { steps: Step[]; container?: string; strategy?: { matrix: Record<string, unknown[]> }; needs?: string; environment?: unknown }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }
const workflow = (name: string) => YAML.parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');
  const job = ci.jobs['test']!;

  it('runs on pull requests and pushes to main, with read-only permissions', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('tests on Node 20, 22 and 24, in Debian, with Debian’s Chromium', () => {
    expect(job.strategy?.matrix['node']).toEqual([20, 22, 24]);
    expect(job.container).toBe('node:${{ matrix.node }}-bookworm');
    expect(runs(job).some((r) => /apt-get install .*\bchromium\b/.test(r))).toBe(true);
  });

  it('runs exactly the install and test commands of .ci/run, one step each', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const testScript = pkg.scripts['test']!.split('&&').map((c) => c.trim().replace(/^vitest\b/, 'npx vitest'));
    const ciRun = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ciRun).toMatch(/^npm ci --no-audit --no-fund$/m);
    expect(ciRun).toMatch(/^npm test$/m);
    expect(runs(job).filter((r) => r.startsWith('npm') || r.startsWith('npx'))).toEqual(['npm ci --no-audit --no-fund', ...testScript]);
  });
});

describe('.github/workflows/deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs['build']!;

  it('publishes main once CI passed, with the rights Pages needs', () => {
    expect(deploy.on['workflow_run']).toEqual({ workflows: ['CI'], types: ['completed'], branches: ['main'] });
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs['deploy']!.needs).toBe('build');
    expect(deploy.jobs['deploy']!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('builds with site and base from the Pages configuration and uploads dist/', () => {
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const buildStep = build.steps.find((s) => s.run === 'npm run build');
    expect(buildStep?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: "${{ steps.pages.outputs.base_path || '/' }}" });
    expect(runs(build)).toEqual(['npm ci --no-audit --no-fund', 'npm run check', 'npm run build']);
    expect(build.steps.at(-1)).toEqual({ uses: 'actions/upload-pages-artifact@v3', with: { path: 'dist' } });
  });

  it('matches the variables astro.config.mjs reads', () => {
    const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
    expect(config).toContain('process.env.SITE_URL');
    expect(config).toContain('process.env.BASE_PATH');
  });
});
