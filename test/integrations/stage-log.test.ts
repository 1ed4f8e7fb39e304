import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markStage, STAGE_LOG_ENV } from '../../src/integrations/stage-log.ts';

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
