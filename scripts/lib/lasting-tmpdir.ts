import { tmpdir } from 'node:os';

/** How a test run (test/support/temp-root.ts) passes on the machine's temporary folder while `os.tmpdir()` is the run's own. */
export const LASTING_TMPDIR_ENV = 'PAPER_ATLAS_LASTING_TMPDIR';

/**
 * The temporary folder for what outlives one run on purpose: built fixture catalogs, reused
 * by the next run while their key holds. The machine's, also inside a test run, whose own
 * temporary folder is removed when it ends.
 */
export function lastingTmpdir(): string {
  return process.env[LASTING_TMPDIR_ENV] || tmpdir();
}
