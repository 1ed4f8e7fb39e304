import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Deletes `dirs` in a process of their own that outlives this one; synchronously where that is not possible. */
export function deleteInBackground(dirs: readonly string[]): void {
  if (dirs.length === 0) return;
  if (process.platform !== 'win32') {
    try {
      spawn('rm', ['-rf', '--', ...dirs], { detached: true, stdio: 'ignore' }).unref();
      return;
    } catch {
      // no rm: delete here
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
