import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'eval-tags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval:tags', () => {
  it('reports a corpus whose list cannot be read, with the parser\'s message, measures the rest and exits 1', () => {
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'seed.txt'), 'A title\nIts abstract, one line.\nA title with no abstract\n');
    writeFileSync(join(dir, 'broken', 'gold.json'), '{"labels": {}}');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-tags.ts', '--corpora', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toContain('| seed, induced | 55 |');
    expect(result.stdout).toMatch(/not measured, the corpus could not be read: broken: .*seed\.txt, line 3: expected an abstract line after this title/);
    expect(result.status).toBe(1);
  });
});
