import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastingTmpdir, LASTING_TMPDIR_ENV } from '../../scripts/lib/lasting-tmpdir.ts';
import setup from './temp-root.ts';

describe('the test run temporary folder', () => {
  const outer = { tmp: process.env['TMPDIR'], lasting: process.env[LASTING_TMPDIR_ENV] };
  afterEach(() => {
    if (outer.tmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = outer.tmp;
    if (outer.lasting === undefined) delete process.env[LASTING_TMPDIR_ENV];
    else process.env[LASTING_TMPDIR_ENV] = outer.lasting;
  });

  it('gives scratch folders a folder of their own and removes it with its contents', () => {
    const parent = tmpdir();
    const teardown = setup();
    const root = tmpdir();
    expect(root).not.toBe(parent);
    expect(dirname(root)).toBe(parent);
    const scratch = mkdtempSync(join(tmpdir(), 'scratch-'));
    writeFileSync(join(scratch, 'entry.mdx'), 'x');
    expect(dirname(scratch)).toBe(root);
    teardown();
    expect(existsSync(root)).toBe(false);
    expect(tmpdir()).toBe(parent);
  });

  it('keeps the folder for what outlives a run (built fixture catalogs) outside it', () => {
    delete process.env[LASTING_TMPDIR_ENV];
    const machine = tmpdir();
    const teardown = setup();
    expect(tmpdir()).not.toBe(machine);
    expect(lastingTmpdir()).toBe(machine);
    teardown();
    expect(process.env[LASTING_TMPDIR_ENV]).toBeUndefined();
  });
});
