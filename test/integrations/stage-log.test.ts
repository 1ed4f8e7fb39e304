import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { markStage, STAGE_LOG_ENV, timedBuildDone } from '../../src/integrations/stage-log.ts';

afterEach(() => {
  delete process.env[STAGE_LOG_ENV];
});

describe('markStage', () => {
  it('appends one JSON line per stage to the file the benchmark names', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stage-log-')), 'marks.jsonl');
    process.env[STAGE_LOG_ENV] = file;
    markStage('pagefind', 1000, 2500);
    markStage('service worker', 2500, 3000);
    expect(readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { stage: 'pagefind', start: 1000, end: 2500 },
      { stage: 'service worker', start: 2500, end: 3000 },
    ]);
  });

  it('writes nothing without the variable', () => {
    expect(() => markStage('pagefind', 1, 2)).not.toThrow();
  });
});

describe('timedBuildDone', () => {
  const step = (work: () => Promise<void>): AstroIntegration => ({ name: 'step', hooks: { 'astro:build:done': work } });
  const run = (integration: AstroIntegration) =>
    integration.hooks['astro:build:done']!({} as Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0]);

  it('marks the hook as the named stage once it has finished, from its start to its end', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stage-log-')), 'marks.jsonl');
    process.env[STAGE_LOG_ENV] = file;
    const before = Date.now();
    await run(timedBuildDone('pagefind', step(() => new Promise((done) => setTimeout(done, 30)))));
    const [mark] = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { stage: string; start: number; end: number });
    expect(mark!.stage).toBe('pagefind');
    expect(mark!.start).toBeGreaterThanOrEqual(before);
    expect(mark!.end - mark!.start).toBeGreaterThanOrEqual(25);
  });

  it('marks nothing when the step fails, and passes the failure on', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stage-log-')), 'marks.jsonl');
    process.env[STAGE_LOG_ENV] = file;
    await expect(run(timedBuildDone('pagefind', step(() => Promise.reject(new Error('index failed')))))).rejects.toThrow('index failed');
    expect(() => readFileSync(file, 'utf8')).toThrow();
  });

  it('leaves an integration without the hook as it is', () => {
    const plain: AstroIntegration = { name: 'plain', hooks: {} };
    expect(timedBuildDone('x', plain)).toBe(plain);
  });
});
