import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LASTING_TMPDIR_ENV } from '../../scripts/lib/lasting-tmpdir.ts';

/**
 * Vitest global setup. Tests make their scratch folders with `mkdtemp(tmpdir())`, and most
 * never remove them: a run left about a hundred folders in /tmp. The run's tests get a
 * temporary folder of their own (TMPDIR, which `os.tmpdir()` reads and the workers inherit),
 * removed with everything in it when the run ends, passed or failed. What is kept across
 * runs on purpose (built fixture catalogs) goes to the machine's folder, `lastingTmpdir()`.
 */
export default function setup(): () => void {
  const before = process.env['TMPDIR'];
  const lasting = process.env[LASTING_TMPDIR_ENV];
  const root = mkdtempSync(join(tmpdir(), 'paper-atlas-tests-'));
  process.env[LASTING_TMPDIR_ENV] ??= tmpdir();
  process.env['TMPDIR'] = root;
  return () => {
    if (lasting === undefined) delete process.env[LASTING_TMPDIR_ENV];
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(root, { recursive: true, force: true });
  };
}
